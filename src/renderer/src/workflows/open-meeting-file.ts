import { fromMeetingFile, type Board, type Meeting } from '@shared/model';
import { newId, nowStamp } from '../db/ids';
import { saveMeetingFromFile } from '../db/meetings-repository';
import { listMembers } from '../db/members-repository';
import type { WorkflowContext } from './context';

export type OpenMeetingFileOutcome =
  | { status: 'cancelled' }
  | {
      status: 'opened';
      fileName: string;
      meeting: Meeting;
      /** The board the file was written for, when it is not this one. */
      writtenFor: string | null;
      /** People not in this board's register, kept as guests. */
      guests: string[];
    };

/**
 * Opens a meeting file (docs/meeting-file.md) the secretary chooses as a new meeting of `board`:
 * its people matched to the board's register, stored whole or not at all.
 */
export async function openMeetingFile(
  context: WorkflowContext,
  board: Board,
): Promise<OpenMeetingFileOutcome> {
  const result = await context.callMain('openMeetingFile', {});
  if (result.status === 'cancelled') return { status: 'cancelled' };
  const members = await listMembers(context.db, board.id);
  const records = fromMeetingFile(result.meeting, board.id, members, newId, nowStamp());
  await context.track(saveMeetingFromFile(context.db, records));
  return {
    status: 'opened',
    fileName: result.fileName,
    meeting: records.meeting,
    writtenFor: result.meeting.board.trim() !== board.name.trim() ? result.meeting.board : null,
    guests: records.unmatched,
  };
}
