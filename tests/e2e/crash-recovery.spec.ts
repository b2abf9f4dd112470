import { chromium, test, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers } from '../../src/main/handlers';
import { readJournalledNotes } from '../../src/main/journal/notes-journal';
import { chromiumExecutable, QUIET_CHROMIUM_ARGS } from '../support/chromium';
import { installMainBridge } from '../support/main-bridge';
import { testPorts } from '../support/temp-data-folder';
import { expect } from './fixtures';
import { createBoard } from './helpers/board';
import { addAgendaItems, notesField, planMeeting } from './helpers/meeting';

/**
 * A crash of the whole app, as near as a test can make one: the browser that runs the renderer is
 * killed outright (SIGKILL, no unload, no flush) while the main-process handlers run on here, in
 * this Node process. A new browser on the same profile and data folder is the app started again.
 */
interface RunningBrowser {
  process: ChildProcess;
  browser: Browser;
  page: Page;
}

async function startBrowser(profile: string, dataFolder: string): Promise<RunningBrowser> {
  const executable = chromiumExecutable() ?? chromium.executablePath();
  const child = spawn(
    executable,
    [
      ...QUIET_CHROMIUM_ARGS,
      '--headless=new',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    // Its own process group, so that the kill takes the renderer and every other child with it.
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (found?.[1]) resolve(found[1]);
    });
    child.once('exit', () => reject(new Error(`Chromium exited: ${output}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0] ?? (await browser.newContext());
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width: 1280, height: 720 });
  await installMainBridge(page, createHandlers(testPorts(dataFolder)));
  return { process: child, browser, page };
}

async function killOutright({ process: child }: RunningBrowser): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
  await exited;
}

test('every character typed before the app is killed is there when it starts again', async ({
  baseURL,
}) => {
  test.setTimeout(180_000);
  const profile = await mkdtemp(join(tmpdir(), 'minute-book-profile-'));
  const dataFolder = await mkdtemp(join(tmpdir(), 'minute-book-test-'));
  const running: RunningBrowser[] = [];
  try {
    const first = await startBrowser(profile, dataFolder);
    running.push(first);
    const { page } = first;
    await page.goto(baseURL ?? '/');
    await createBoard(page, 'Community Board');
    await planMeeting(page, { date: '2021-06-21' });
    await addAgendaItems(page, ['Terms of Reference']);
    await page.getByRole('button', { name: 'Start meeting' }).click();
    const notes = notesField(page, 1);
    await notes.fill('The Terms of Reference were discussed. ');
    await notes.press('End');
    await page.waitForTimeout(600);
    // The last characters are typed well within the 200 ms the database write waits, and the
    // app is killed the moment the last key has been handled.
    const typed = 'The Terms of Reference were discussed. Members sit for one year.';
    await page.keyboard.type('Members sit for one year.');
    await killOutright(first);
    running.pop();

    const second = await startBrowser(profile, dataFolder);
    running.push(second);
    await second.page.goto(baseURL ?? '/');
    // The app reopens where it was; if it did not get to remember that, the secretary goes there.
    const meeting = second.page.getByRole('heading', { level: 1, name: /21 June 2021/ });
    const meetingsTab = second.page.getByRole('tab', { name: 'Meetings' });
    await expect(meeting.or(meetingsTab).first()).toBeVisible({ timeout: 30_000 });
    if (!(await meeting.isVisible())) {
      await meetingsTab.click();
      await second.page.getByRole('button', { name: '21 June 2021' }).click();
    }
    await second.page.getByRole('tab', { name: 'Minutes' }).click();
    await expect(notesField(second.page, 1)).toHaveValue(typed);
    // Restored notes reach the database, and the journal then lets them go.
    await expect.poll(() => readJournalledNotes(dataFolder).length).toBe(0);
  } finally {
    for (const each of running) await killOutright(each);
    await rm(profile, { recursive: true, force: true, maxRetries: 5 });
    await rm(dataFolder, { recursive: true, force: true });
  }
});
