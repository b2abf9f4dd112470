import { approvedByLaterMeetings, type MeetingFile } from '../../../../shared/model';
import { boardKey } from './duplicates';
import type { ImportEntry } from './import-entry';

/**
 * Marks the files whose minutes a later file of the same board approved ("The minutes of the
 * meeting held on 14 March 2024 were approved as an accurate record") as historic records.
 */
export function markApprovedByLaterFiles(entries: readonly ImportEntry[]): ImportEntry[] {
  const byBoard = new Map<string, { entry: ImportEntry; meeting: MeetingFile }[]>();
  for (const entry of entries) {
    if (!entry.meeting) continue;
    const key = boardKey(entry.board);
    byBoard.set(key, [...(byBoard.get(key) ?? []), { entry, meeting: entry.meeting }]);
  }
  const approved = new Set<number>();
  for (const group of byBoard.values()) {
    for (const at of approvedByLaterMeetings(group.map(({ meeting }) => meeting))) {
      const entry = group[at]?.entry;
      if (entry) approved.add(entry.index);
    }
  }
  return entries.map((entry) =>
    approved.has(entry.index) && !entry.historic ? { ...entry, historic: true } : entry,
  );
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
