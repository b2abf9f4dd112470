import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_TABLES } from '@shared/backup';
import { ARCHIVE_VERSION } from '@main/backup/archive-format';
import { decodeArchive } from '@main/backup/decode-archive';
import { encodeArchive } from '@main/backup/encode-archive';
import { sampleArchive } from '../../support/archive';
import { defined } from '../../support/defined';

const WRITER = {
  writtenBy: 'Minute Book 0.1.0',
  origin: 'manual',
  createdAt: '2026-11-24T09:00:00.000Z',
} as const;

const linesOf = (bytes: Buffer) => gunzipSync(bytes).toString('utf8').split('\n').slice(0, -1);
const fromLines = (lines: string[]) => gzipSync(`${lines.join('\n')}\n`);

describe('the backup file', () => {
  it('gives back every record of every table exactly', async () => {
    const archive = sampleArchive();
    const { header, tables } = await decodeArchive(await encodeArchive(archive, WRITER));
    expect(tables).toEqual(archive);
    expect(header).toEqual({ format: 'minute-book.archive', version: ARCHIVE_VERSION, ...WRITER });
  });

  it('keeps fields of a record that this version does not know of', async () => {
    const archive = sampleArchive();
    const meeting = {
      ...defined(archive.meetings[0], 'a meeting'),
      addedByALaterVersion: { note: 'kept' },
    };
    archive.meetings[0] = meeting;
    const { tables } = await decodeArchive(await encodeArchive(archive, WRITER));
    expect(tables.meetings[0]).toEqual(meeting);
  });

  it('is a header line, one line per record in table order, and a closing line', async () => {
    const lines = linesOf(await encodeArchive(sampleArchive(), WRITER));
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(parsed[0]).toMatchObject({ format: 'minute-book.archive', version: ARCHIVE_VERSION });
    const tables = parsed.slice(1, -1).map((line) => line['table']);
    const order = tables.map((table) => ARCHIVE_TABLES.indexOf(table as never));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(parsed.at(-1)).toMatchObject({ end: true, counts: { boards: 1, meetings: 2 } });
  });

  it('restores an empty archive', async () => {
    const empty = { ...sampleArchive() };
    for (const table of ARCHIVE_TABLES) (empty[table] as unknown[]) = [];
    expect((await decodeArchive(await encodeArchive(empty, WRITER))).tables).toEqual(empty);
  });
});

describe('a file that cannot be restored says why', () => {
  const encoded = () => encodeArchive(sampleArchive(), WRITER);

  it('cut short while compressed', async () => {
    const bytes = await encoded();
    await expect(decodeArchive(bytes.subarray(0, bytes.length - 40))).rejects.toThrow(
      /backup is incomplete.*Nothing has been changed/,
    );
  });

  it('cut short at a line, then compressed again', async () => {
    const lines = linesOf(await encoded());
    await expect(decodeArchive(fromLines(lines.slice(0, -3)))).rejects.toThrow(/incomplete/);
  });

  it('cut in the middle of a line', async () => {
    const text = gunzipSync(await encoded()).toString('utf8');
    await expect(decodeArchive(gzipSync(text.slice(0, text.length - 30)))).rejects.toThrow(
      /incomplete/,
    );
  });

  it('with damaged compressed bytes', async () => {
    const bytes = Buffer.from(await encoded());
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = defined(bytes[middle], 'a byte') ^ 0xff;
    await expect(decodeArchive(bytes)).rejects.toThrow(/backup is (damaged|incomplete)/);
  });

  it('edited after it was written', async () => {
    const lines = linesOf(await encoded());
    const edited = lines.map((line) => line.replace('The Terms of Reference', 'No Terms'));
    await expect(decodeArchive(fromLines(edited))).rejects.toThrow(
      /damaged: its contents were changed after it was written/,
    );
  });

  it('with a record missing a field', async () => {
    const lines = linesOf(await encoded());
    const index = lines.findIndex((line) => line.includes('"table":"meetings"'));
    const record = JSON.parse(defined(lines[index], 'a meeting line')) as {
      record: Record<string, unknown>;
    };
    delete record.record['date'];
    lines[index] = JSON.stringify(record);
    await expect(decodeArchive(fromLines(lines))).rejects.toThrow(/a meeting: its “date” is wrong/);
  });

  it('from a newer version of Minute Book', async () => {
    const lines = linesOf(await encoded());
    const newer = ARCHIVE_VERSION + 1;
    lines[0] = defined(lines[0], 'a header').replace(
      `"version":${ARCHIVE_VERSION}`,
      `"version":${newer}`,
    );
    await expect(decodeArchive(fromLines(lines))).rejects.toThrow(
      `made by a newer version of Minute Book (backup format ${newer}; this version reads format ${ARCHIVE_VERSION})`,
    );
  });

  it.each([
    [
      'a Word document',
      Buffer.from('PK\u0003\u0004 word/document.xml'),
      /not a Minute Book backup\. It looks like a Word document/,
    ],
    [
      'a meeting file',
      Buffer.from('{"format":"minute-book.meeting","version":1}'),
      /not a Minute Book backup\. It is a single meeting file/,
    ],
    ['an empty file', Buffer.alloc(0), /not a Minute Book backup\. It is empty/],
    ['compressed text of another kind', gzipSync('hello\n'), /not a Minute Book backup/],
  ])('that is %s', async (_kind, bytes, message) => {
    await expect(decodeArchive(bytes)).rejects.toThrow(message);
  });

  it('whose records point at a meeting it does not hold', async () => {
    const archive = sampleArchive();
    archive.decisions[0] = { ...defined(archive.decisions[0], 'a decision'), meetingId: 'gone' };
    await expect(decodeArchive(await encodeArchive(archive, WRITER))).rejects.toThrow(
      /damaged: a decision \(id decision-1\) belongs to a missing meeting/,
    );
  });
});
