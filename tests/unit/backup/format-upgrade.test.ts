import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_VERSION } from '@main/backup/archive-format';
import { decodeArchive, tablesOfVersion } from '@main/backup/decode-archive';
import { encodeArchive } from '@main/backup/encode-archive';
import { ARCHIVE_TABLES, planMerge, type ArchiveTables } from '@shared/backup';
import { sampleArchive } from '../../support/archive';

/** A backup as format 1 wrote it: no register of interests, and counts for its own tables only. */
function formatOneFile(tables: ArchiveTables, extraLines: string[] = []): Buffer {
  const known = ARCHIVE_TABLES.filter(
    (table) => table !== 'interests' && table !== 'interestConfirmations',
  );
  const lines = [
    JSON.stringify({
      format: 'minute-book.archive',
      version: 1,
      createdAt: '2026-01-05T09:00:00.000Z',
      writtenBy: 'Minute Book 0.1.0',
      origin: 'automatic',
    }),
    ...known.flatMap((table) => tables[table].map((record) => JSON.stringify({ table, record }))),
    ...extraLines,
  ];
  const body = lines.map((line) => `${line}\n`).join('');
  const counts = Object.fromEntries(known.map((table) => [table, tables[table].length]));
  const sha256 = createHash('sha256').update(body).digest('hex');
  return gzipSync(`${body}${JSON.stringify({ end: true, counts, sha256 })}\n`);
}

const WRITER = {
  writtenBy: 'Minute Book test',
  origin: 'manual',
  createdAt: '2026-01-05T09:00:00Z',
} as const;

describe('backup format 2 (the register of interests)', () => {
  it('is the version written, with the interest tables after the tables they point at', async () => {
    expect(ARCHIVE_VERSION).toBe(2);
    const { header, tables } = await decodeArchive(await encodeArchive(sampleArchive(), WRITER));
    expect(header.version).toBe(2);
    expect(tables.interests).toEqual(sampleArchive().interests);
    expect(tables.interestConfirmations).toEqual(sampleArchive().interestConfirmations);
  });

  it('reads a format 1 file whole, with an empty register', async () => {
    const archive = sampleArchive();
    const { header, tables } = await decodeArchive(formatOneFile(archive));
    expect(header.version).toBe(1);
    expect(tables).toEqual({ ...archive, interests: [], interestConfirmations: [] });
    expect(tablesOfVersion(1)).not.toContain('interests');
  });

  it('refuses a format 1 file that claims to hold interests', async () => {
    const archive = sampleArchive();
    const line = JSON.stringify({ table: 'interests', record: archive.interests[0] });
    await expect(decodeArchive(formatOneFile(archive, [line]))).rejects.toThrow(
      /not a record Minute Book knows/,
    );
  });

  it('refuses an interest of a member the file does not hold', async () => {
    const archive = sampleArchive();
    archive.interests = archive.interests.map((interest) => ({ ...interest, memberId: 'nobody' }));
    await expect(decodeArchive(await encodeArchive(archive, WRITER))).rejects.toThrow(
      /entry in the register of interests .* missing board or member/,
    );
  });

  it('merges the register without duplicates, pointing entries at the members here', () => {
    const here = sampleArchive();
    here.interests = [];
    const incoming = sampleArchive();
    const plan = planMerge(here, incoming);
    expect(plan.add.interests).toEqual(incoming.interests);
    expect(plan.add.interestConfirmations).toEqual([]);
  });
});
