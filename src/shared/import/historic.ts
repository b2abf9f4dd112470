import { approvalsByLaterMeetings, type ApprovedIn, type MeetingFile } from '../model';
import { boardKey } from './duplicates';
import type { ImportEntry } from './import-entry';

/**
 * Marks the files whose minutes a later file of the same board approved ("The minutes of the
 * meeting held on 14 March 2024 were approved as an accurate record") as historic records, each
 * with the file that approved it.
 */
export function markApprovedByLaterFiles(entries: readonly ImportEntry[]): ImportEntry[] {
  const byBoard = new Map<string, { entry: ImportEntry; meeting: MeetingFile }[]>();
  for (const entry of entries) {
    if (!entry.meeting) continue;
    const key = boardKey(entry.board);
    const group = byBoard.get(key);
    if (group) group.push({ entry, meeting: entry.meeting });
    else byBoard.set(key, [{ entry, meeting: entry.meeting }]);
  }
  const approvedBy = new Map<number, number>();
  for (const group of byBoard.values()) {
    const approvals = approvalsByLaterMeetings(group.map(({ meeting }) => meeting));
    for (const [approved, approving] of approvals) {
      const entry = group[approved]?.entry;
      const by = group[approving]?.entry;
      if (entry && by) approvedBy.set(entry.index, by.index);
    }
  }
  return entries.map((entry) => {
    const by = approvedBy.get(entry.index);
    return by === undefined ? entry : { ...entry, historic: true, approvedBy: by };
  });
}

/** The meeting as it is saved: a historic record is approved, and says it was historic. */
export function asSaved(meeting: MeetingFile, historic: boolean): MeetingFile {
  if (!historic) return meeting;
  return {
    ...meeting,
    status: 'approved',
    source: {
      kind: 'imported',
      fileName: meeting.source?.fileName ?? '',
      ...meeting.source,
      historic: true,
    },
  };
}

/** The file that approved an entry's minutes, as the entries now stand (dates may be corrected). */
export function approvedIn(
  entry: ImportEntry,
  entriesByIndex: ReadonlyMap<number, ImportEntry>,
): ApprovedIn | undefined {
  if (!entry.historic || entry.approvedBy === undefined) return undefined;
  const by = entriesByIndex.get(entry.approvedBy);
  return by?.meeting
    ? { index: by.index, date: by.meeting.date, fileName: by.fileName }
    : undefined;
}

export { historicApproval, type ApprovedIn } from '../model';
