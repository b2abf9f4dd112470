import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION } from '@main/backup/archive-format';
import { AUTOMATIC_BACKUPS_KEPT } from '@main/backup/automatic-backups';
import { ARCHIVE_TABLES } from '@shared/backup';

const docs = readFileSync(join(__dirname, '../../../docs/backup-format.md'), 'utf8');

describe('docs/backup-format.md', () => {
  it('names the format and version the app writes', () => {
    expect(docs).toContain(`# The backup file, format ${ARCHIVE_VERSION}`);
    expect(docs.replace(/\s+/g, '')).toContain(
      `"format":"${ARCHIVE_FORMAT}","version":${ARCHIVE_VERSION}`,
    );
  });

  it('lists the tables in the order they are written', () => {
    const list = docs.slice(docs.indexOf('**One line per record**'));
    const positions = ARCHIVE_TABLES.map((table) => list.indexOf(`\`${table}\``));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('says how many automatic backups are kept', () => {
    expect(docs).toContain(`last **${AUTOMATIC_BACKUPS_KEPT}**`);
  });
});
