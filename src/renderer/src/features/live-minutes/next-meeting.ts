import { agendaForNextMeeting, isIsoDate, type IsoDate, type Meeting } from '@shared/model';
import { useMeetingsStore, useMinutesStore } from '../../stores';

/**
 * Records the date of the next meeting and plans that meeting, carrying the deferred items forward.
 * Open actions need no copying: the next meeting's matters arising lists them from the action log.
 */
export async function setNextMeetingDate(meeting: Meeting, date: IsoDate | ''): Promise<void> {
  const meetings = useMeetingsStore.getState();
  meetings.updateMeeting(meeting, { nextMeetingDate: date });
  if (!isIsoDate(date) || date <= meeting.date) return;

  const planned = (meetings.meetingsByBoard[meeting.boardId] ?? []).find(
    (each) => each.id === meeting.nextMeetingId,
  );
  if (planned && planned.status === 'planned') {
    meetings.updateMeeting(planned, { date });
    return;
  }
  const agenda = agendaForNextMeeting(useMinutesStore.getState().items);
  const next = await meetings.createMeeting(
    meeting.boardId,
    date,
    {
      title: meeting.title,
      startTime: meeting.startTime,
      endTime: meeting.endTime,
      location: meeting.location,
      visibility: meeting.visibility,
      chairMemberId: meeting.chairMemberId,
    },
    agenda,
  );
  const current = (useMeetingsStore.getState().meetingsByBoard[meeting.boardId] ?? []).find(
    (each) => each.id === meeting.id,
  );
  if (current) meetings.updateMeeting(current, { nextMeetingId: next.id });
}
