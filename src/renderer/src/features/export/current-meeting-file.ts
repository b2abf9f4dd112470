import {
  toMeetingFile,
  type Board,
  type Meeting,
  type MeetingFileInput,
} from '../../../../shared/model';
import {
  notesWriter,
  useActionsStore,
  useMeetingsStore,
  useMembersStore,
  useMinutesStore,
} from '../../stores';

/** The open meeting as a meeting file, with every keystroke so far written first. */
export async function currentMeetingFile(
  board: Board,
  meeting: Meeting,
): Promise<MeetingFileInput> {
  await notesWriter.flush();
  const minutes = useMinutesStore.getState();
  if (minutes.meetingId !== meeting.id)
    throw new Error('The meeting is still opening; try again in a moment.');
  return toMeetingFile({
    board,
    meeting,
    members: useMembersStore.getState().membersByBoard[board.id] ?? [],
    meetings: useMeetingsStore.getState().meetingsByBoard[board.id] ?? [],
    items: minutes.items,
    attendance: minutes.attendance,
    declarations: minutes.declarations,
    decisions: minutes.decisions,
    actions: useActionsStore.getState().actionsByBoard[board.id] ?? [],
  });
}
