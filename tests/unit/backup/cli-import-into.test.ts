import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBackupFile } from '@main/backup/backup-file';
import { EXAMPLE_MINUTES_PATH } from '../../support/example-minutes-path';
import { cli } from '../../support/run-cli';
import { makeTempDataFolder } from '../../support/temp-data-folder';
import { numberedParagraphsDocx } from '../import/docx-fixtures';

describe('npm run cli -- import … --into <backup>', () => {
  let folder: string;
  let remove: () => Promise<void>;
  beforeEach(async () => {
    ({ folder, remove } = await makeTempDataFolder());
  });
  afterEach(() => remove());

  it('creates the backup with the meeting, its board and its people, marked imported', async () => {
    const run = await cli(['import', EXAMPLE_MINUTES_PATH, '--into', 'archive.minutebook'], folder);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('added 1 meeting(s).');
    const { header, tables } = await readBackupFile(join(folder, 'archive.minutebook'));
    expect(header.origin).toBe('command-line');
    expect(tables.boards.map((board) => board.name)).toEqual(['NHS Python Community Board']);
    expect(tables.meetings).toEqual([
      expect.objectContaining({
        date: '2021-06-21',
        source: expect.objectContaining({
          kind: 'imported',
          fileName: expect.stringMatching(/\.md$/),
        }),
      }),
    ]);
    expect(tables.agendaItems.length).toBe(5);
    // The new board's register is made from the minutes: Alex Cheung chaired, so is its Chair.
    const chair = tables.members.find((member) => member.fullName === 'Alex Cheung');
    expect(chair?.role).toBe('Chair');
    expect(tables.members).toHaveLength(10);
    expect(tables.attendance.find((record) => record.memberId === chair?.id)?.status).toBe(
      'present',
    );
  });

  it('keeps everyone as a guest with --everyone-as-guests', async () => {
    const run = await cli(
      ['import', EXAMPLE_MINUTES_PATH, '--into', 'archive.minutebook', '--everyone-as-guests'],
      folder,
    );
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const { tables } = await readBackupFile(join(folder, 'archive.minutebook'));
    expect(tables.members).toEqual([]);
    expect(tables.attendance.some((record) => record.guestName.includes('Cheung'))).toBe(true);
  });

  it('keeps minutes a later file approved as the approved record, with owners and due dates', async () => {
    const corpus = join(__dirname, '../../fixtures/import-corpus');
    const run = await cli(
      [
        'import',
        join(corpus, 'qc-2024-03-14.md'),
        join(corpus, 'quality-committee-2024-04-11.docx'),
        '--into',
        'archive.minutebook',
      ],
      folder,
    );
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const { tables } = await readBackupFile(join(folder, 'archive.minutebook'));
    const byDate = new Map(tables.meetings.map((meeting) => [meeting.date, meeting]));
    expect(byDate.get('2024-03-14')).toMatchObject({
      status: 'approved',
      visibility: 'private',
      source: expect.objectContaining({
        historic: true,
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      }),
    });
    expect(byDate.get('2024-04-11')?.status).toBe('draft');
    // Its approval, at the later meeting and from its file, as the app's sign-off shows it.
    expect(tables.approvals).toEqual([
      expect.objectContaining({
        meetingId: byDate.get('2024-03-14')?.id,
        approvedOn: '2024-04-11',
        approvingMeetingId: byDate.get('2024-04-11')?.id,
        version: 1,
      }),
    ]);
    expect(tables.auditTrail).toEqual([
      expect.objectContaining({
        meetingId: byDate.get('2024-03-14')?.id,
        event: 'approved',
        detail: expect.stringMatching(
          /^Approved at the meeting of 11 April 2024, as the minutes of that meeting in quality-committee-2024-04-11\.docx record; imported from qc-2024-03-14\.md \(SHA-256 [0-9a-f]{64}\)$/,
        ),
      }),
    ]);
    const owner = tables.members.find((member) => member.fullName === 'Chiamaka Okonkwo-Ndiaye');
    expect(
      tables.actions.find((action) => action.text.startsWith('Chiamaka Okonkwo-Ndiaye to present')),
    ).toMatchObject({ ownerMemberId: owner?.id, due: '2024-04-11' });
  });

  it('adds to an existing backup without repeating a meeting it already holds', async () => {
    await cli(['import', EXAMPLE_MINUTES_PATH, '--into', 'archive.minutebook'], folder);
    const docx = join(folder, 'september.docx');
    await writeFile(docx, await numberedParagraphsDocx());
    const run = await cli(
      ['import', EXAMPLE_MINUTES_PATH, docx, '--into', 'archive.minutebook'],
      folder,
    );
    expect(run.stdout).toContain('added 1 meeting(s), 1 already there left as they were.');
    const { tables } = await readBackupFile(join(folder, 'archive.minutebook'));
    expect(tables.meetings).toHaveLength(2);
  });

  it('imports the good files of a mixed folder, names the bad ones and exits 1', async () => {
    await copyFile(EXAMPLE_MINUTES_PATH, join(folder, 'june.md'));
    await writeFile(join(folder, 'broken.docx'), 'not a zip');
    await writeFile(join(folder, 'empty.txt'), '');
    const run = await cli(['import', '.', '--into', join(folder, 'out.minutebook')], folder);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Could not import .*broken\.docx/);
    expect(run.stderr).toMatch(/Could not import .*empty\.txt/);
    expect(run.stdout).toContain('added 1 meeting(s); 2 file(s) could not be imported.');
  });

  it('changes nothing when the backup is damaged', async () => {
    const archive = join(folder, 'archive.minutebook');
    await writeFile(archive, 'damaged');
    const run = await cli(['import', EXAMPLE_MINUTES_PATH, '--into', archive], folder);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('not a Minute Book backup');
    expect(await readFile(archive, 'utf8')).toBe('damaged');
  });

  it('writes no backup when no file could be imported', async () => {
    await writeFile(join(folder, 'empty.md'), '');
    const run = await cli(['import', 'empty.md', '--into', 'archive.minutebook'], folder);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('was not changed');
    await expect(readFile(join(folder, 'archive.minutebook'))).rejects.toThrow(/ENOENT/);
  });
});
