import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '@main/dispatch';
import { createHandlers } from '@main/handlers';
import { readMeetingFile } from '@shared/model/read-meeting-file';
import { EXAMPLE_MEETING_PATH, exampleMeeting } from '../../support/example-meeting';
import { makeTempDataFolder, testPorts } from '../../support/temp-data-folder';

describe('saving and opening meeting files', () => {
  let folder: string;
  let remove: () => Promise<void>;

  beforeEach(async () => {
    ({ folder, remove } = await makeTempDataFolder());
  });
  afterEach(() => remove());

  const saveTo = (path: string | null) =>
    createHandlers(testPorts(folder, { chooseSavePath: () => Promise.resolve(path) }));
  const openFrom = (path: string | null) =>
    createHandlers(testPorts(folder, { chooseOpenPath: () => Promise.resolve(path) }));

  it('saves the meeting as a meeting file that opens as the same meeting', async () => {
    const target = join(folder, 'meeting.json');
    await expect(
      dispatch(saveTo(target), 'saveMeetingFile', { meeting: exampleMeeting() }),
    ).resolves.toEqual({
      ok: true,
      value: { status: 'saved', path: target, fileName: 'meeting.json' },
    });
    const text = await readFile(target, 'utf8');
    expect(readMeetingFile(text)).toEqual({ ok: true, meeting: exampleMeeting() });
    await expect(dispatch(openFrom(target), 'openMeetingFile', {})).resolves.toEqual({
      ok: true,
      value: {
        status: 'opened',
        path: target,
        fileName: 'meeting.json',
        meeting: exampleMeeting(),
      },
    });
  });

  it('adds .json to a name typed without an extension', async () => {
    await expect(
      dispatch(saveTo(join(folder, 'june')), 'saveMeetingFile', { meeting: exampleMeeting() }),
    ).resolves.toMatchObject({ ok: true, value: { fileName: 'june.json' } });
  });

  it('writes nothing, and opens nothing, when the dialog is cancelled', async () => {
    await expect(
      dispatch(saveTo(null), 'saveMeetingFile', { meeting: exampleMeeting() }),
    ).resolves.toEqual({ ok: true, value: { status: 'cancelled' } });
    await expect(readdir(folder)).resolves.toEqual([]);
    await expect(dispatch(openFrom(null), 'openMeetingFile', {})).resolves.toEqual({
      ok: true,
      value: { status: 'cancelled' },
    });
  });

  it('opens the example meeting file', async () => {
    const result = await dispatch(openFrom(EXAMPLE_MEETING_PATH), 'openMeetingFile', {});
    expect(result).toMatchObject({ ok: true, value: { status: 'opened' } });
  });

  const openProblems: [string, string, RegExp][] = [
    [
      'not JSON',
      'Minutes of the meeting…',
      /is not a Minute Book meeting file: it is not valid JSON/,
    ],
    [
      'another kind of JSON',
      '{"name": "minute-book"}',
      /does not say "format": "minute-book.meeting"/,
    ],
    [
      'from a newer Minute Book',
      '{"format": "minute-book.meeting", "version": 2}',
      /version 2, written by a newer Minute Book; this one reads version 1\. Update Minute Book/,
    ],
    [
      'with bad fields',
      '{"format": "minute-book.meeting", "version": 1, "board": "B", "date": "2021-06-31"}',
      /has a problem:\n- date: Expected a date as YYYY-MM-DD/,
    ],
  ];
  for (const [what, content, message] of openProblems) {
    it(`says plainly that a file ${what} cannot be opened`, async () => {
      const path = join(folder, 'chosen.json');
      await writeFile(path, content);
      const result = await dispatch(openFrom(path), 'openMeetingFile', {});
      expect(result).toMatchObject({ ok: false, error: { code: 'user-error' } });
      expect(result.ok ? '' : result.error.message).toMatch(message);
    });
  }

  it('says plainly that a chosen file has gone', async () => {
    const path = join(folder, 'gone.json');
    await expect(dispatch(openFrom(path), 'openMeetingFile', {})).resolves.toEqual({
      ok: false,
      error: { code: 'user-error', message: `Minute Book cannot find ${path}.` },
    });
  });

  it('refuses a request to open that names a path', async () => {
    await expect(
      dispatch(openFrom(EXAMPLE_MEETING_PATH), 'openMeetingFile', { path: '/etc/passwd' }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});
