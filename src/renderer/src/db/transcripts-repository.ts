import type { StoredTranscript, TranscriptDeletion, TranscriptDeletionReason } from '@shared/model';
import type { MinuteBookDatabase } from './database';
import { newId, nowStamp } from './ids';

/** The transcript kept with a meeting and the records of those deleted, newest deletion last. */
export async function readTranscript(
  db: MinuteBookDatabase,
  meetingId: string,
): Promise<{ stored: StoredTranscript | null; deletions: TranscriptDeletion[] }> {
  const [stored, deletions] = await db.transaction(
    'r',
    db.transcripts,
    db.transcriptDeletions,
    () =>
      Promise.all([
        db.transcripts.get(meetingId),
        db.transcriptDeletions.where('meetingId').equals(meetingId).toArray(),
      ]),
  );
  return {
    stored: stored ?? null,
    deletions: deletions.sort((a, b) => a.deletedAt.localeCompare(b.deletedAt)),
  };
}

export async function keepTranscript(
  db: MinuteBookDatabase,
  transcript: StoredTranscript,
): Promise<void> {
  await db.transcripts.put(transcript);
}

/**
 * Deletes the transcripts kept for these meetings (all meetings when `meetingIds` is null), each
 * with a record of when and by which step, in one transaction. Returns the records written.
 */
export async function deleteTranscripts(
  db: MinuteBookDatabase,
  meetingIds: readonly string[] | null,
  reason: TranscriptDeletionReason,
  step: string,
): Promise<TranscriptDeletion[]> {
  return db.transaction('rw', db.transcripts, db.transcriptDeletions, async () => {
    const kept =
      meetingIds === null
        ? await db.transcripts.toArray()
        : (await db.transcripts.bulkGet([...meetingIds])).filter(
            (each): each is StoredTranscript => each !== undefined,
          );
    const deletedAt = nowStamp();
    const records = kept.map((transcript): TranscriptDeletion => ({
      id: newId(),
      meetingId: transcript.meetingId,
      fileName: transcript.fileName,
      importedAt: transcript.importedAt,
      deletedAt,
      reason,
      step,
    }));
    await db.transcripts.bulkDelete(kept.map((transcript) => transcript.meetingId));
    await db.transcriptDeletions.bulkAdd(records);
    return records;
  });
}
