import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBackupFile } from '@main/backup/backup-file';
import type { BoardAttendanceRecord } from '@shared/model';
import { sampleArchive } from '../../support/archive';
import { exampleBoardYear } from '../../support/board-year';
import { cli } from '../../support/run-cli';
import { makeTempDataFolder } from '../../support/temp-data-folder';

describe('npm run cli -- attendance / interests <backup>', () => {
  let folder: string;
  let remove: () => Promise<void>;
  const writer = {
    writtenBy: 'test',
    origin: 'manual',
    createdAt: '2026-11-24T09:00:00Z',
  } as const;

  beforeAll(async () => {
    ({ folder, remove } = await makeTempDataFolder());
    await writeBackupFile(join(folder, 'year.minutebook'), exampleBoardYear(), writer);
    await writeBackupFile(join(folder, 'sample.minutebook'), sampleArchive(), writer);
  });
  afterAll(() => remove());

  const term = ['--from', '2021-06-21', '--to', '2022-06-20'];

  it('prints each member’s attendance over the period, with the meeting not held', async () => {
    const run = await cli(
      ['attendance', 'year.minutebook', '--board', 'nhs python', ...term],
      folder,
    );
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain(
      'NHS Python Community Board: attendance from 21 June 2021 to 20 June 2022',
    );
    expect(run.stdout).toContain('11 meetings held; not held: 13 December 2021.');
    expect(run.stdout).toMatch(/Alex Cheung\s+Chair\s+9 of 11 meetings\s+82%\s+2\s+0/);
    expect(run.stdout).toMatch(/Arouba Zubair\s+Member\s+4 of 6 meetings\s+67%/);
    expect(run.stdout).toContain('Sam Okafor – NHS England: 16 August 2021, 21 February 2022');
  });

  it('prints the matrix of members against meetings, with its key and the meetings numbered', async () => {
    const run = await cli(
      ['attendance', 'year.minutebook', '--board', 'nhs python', ...term],
      folder,
    );
    const lines = run.stdout.split('\n');
    const matrix = lines.indexOf('Meeting by meeting:');
    expect(matrix).toBeGreaterThan(0);
    expect(lines[matrix + 1]).toMatch(/^Member\s+1\s+2\s+3 .*\s10\s+11$/);
    // Alex Cheung: apologies at the first meeting, late at the second (tests/support/board-year.ts).
    const rowOf = (name: string) => lines.slice(matrix).find((line) => line.startsWith(`${name} `));
    expect(rowOf('Alex Cheung')).toMatch(/^Alex Cheung\s+A\s+L\s+✓\s+E(\s+\S+){7}$/);
    expect(rowOf('Priya Shah')).toMatch(/^Priya Shah\s+(–\s+){6}L/);
    expect(run.stdout).toContain('Key: ✓ present; L present, arrived late;');
    expect(run.stdout).toContain('– not in office.');
    expect(run.stdout).toContain('Meetings: 1 21 June 2021, 2 27 July 2021, 3 16 August 2021,');
    expect(run.stdout).not.toContain('13 December 2021,');
  });

  it('gives the same record as JSON and as CSV', async () => {
    const json = await cli(
      ['attendance', 'year.minutebook', '--board', 'NHS Python Community Board', '--json', ...term],
      folder,
    );
    const record = JSON.parse(json.stdout) as BoardAttendanceRecord;
    expect(record.meetings).toHaveLength(11);
    expect(record.rows.find((row) => row.name === 'Priya Shah')?.totals).toMatchObject({
      eligible: 5,
      attended: 5,
    });
    const csv = await cli(
      ['attendance', 'year.minutebook', '--board', 'python', '--csv', ...term],
      folder,
    );
    expect(csv.stdout.startsWith('Member,Role,Organisation,2021-06-21,')).toBe(true);
    expect(csv.stdout).toContain('\r\nAlex Cheung,Chair,NHSE/I,Apologies,');
  });

  it('says what is wrong with the options, the board or the file', async () => {
    const noBoard = await cli(['attendance', 'year.minutebook', '--board', 'Finance'], folder);
    expect(noBoard.code).toBe(2);
    expect(noBoard.stderr).toContain(
      'No board in the backup is called “Finance”. Its boards: “NHS Python Community Board”.',
    );
    const badDate = await cli(
      ['attendance', 'year.minutebook', '--board', 'NHS', '--from', '1/6/2021'],
      folder,
    );
    expect(badDate).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--from takes a date as YYYY-MM-DD'),
    });
    const both = await cli(
      ['attendance', 'year.minutebook', '--board', 'NHS', '--csv', '--json'],
      folder,
    );
    expect(both.code).toBe(2);
    const missing = await cli(['attendance', 'nowhere.minutebook', '--board', 'NHS'], folder);
    expect(missing.code).toBe(2);
    expect(missing.stderr).not.toBe('');
  });

  it('prints the register of interests, leaving out what is not for publication when asked', async () => {
    const full = await cli(
      ['interests', 'sample.minutebook', '--board', 'NHS', '--as-of', '2021-07-01'],
      folder,
    );
    expect(full).toMatchObject({ code: 0, stderr: '' });
    expect(full.stdout).toContain('Dr Mark A. Bailey (Member) – not yet confirmed');
    expect(full.stdout).toContain(
      '  Non-financial professional interest: Employed by a trust that uses the tool (Gloucestershire Royal Hospital), declared 21 June 2021',
    );
    expect(full.stdout).toContain('(Member) – nil return 21 June 2021');
  });
});
