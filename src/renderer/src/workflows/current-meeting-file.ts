import {
  citePreviousMinutes,
  previousMeetingOf,
  toMeetingFile,
  type Board,
  type Meeting,
  type MeetingFileInput,
} from '../../../shared/model';
import {
  notesWriter,
  useActionsStore,
  useMeetingsStore,
  useMembersStore,
  useMinutesStore,
  useSignOffStore,
} from '../stores';

/** The open meeting as a meeting file, with every keystroke so far written first. */
export async function currentMeetingFile(
  board: Board,
  meeting: Meeting,
): Promise<MeetingFileInput> {
  await notesWriter.flush();
  const minutes = useMinutesStore.getState();
  if (minutes.meetingId !== meeting.id)
    throw new Error('The meeting is still opening; try again in a moment.');
  const meetings = useMeetingsStore.getState().meetingsByBoard[board.id] ?? [];
  return toMeetingFile({
    board,
    meeting,
    members: useMembersStore.getState().membersByBoard[board.id] ?? [],
    meetings,
    items: minutes.items,
    attendance: minutes.attendance,
    declarations: minutes.declarations,
    decisions: minutes.decisions,
    actions: useActionsStore.getState().actionsByBoard[board.id] ?? [],
    previousMinutes: await previousMinutesOf(meetings, meeting),
  });
}

/** The archive's record of the previous meeting's minutes, read afresh so the citation is current. */
async function previousMinutesOf(meetings: readonly Meeting[], meeting: Meeting) {
  const previous = previousMeetingOf(meetings, meeting);
  if (!previous) return undefined;
  const signOff = useSignOffStore.getState();
  await signOff.loadMeeting(previous.id);
  const record = useSignOffStore.getState().byMeeting[previous.id];
  return record && citePreviousMinutes({ previous, meetings, ...record });
}
