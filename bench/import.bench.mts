/**
 * Importing 10,000 meeting files into the app, through the same path a user takes: the built
 * renderer in Chromium, "Import past minutes" → "Choose a folder…" (the dialog answered with a
 * folder of 10,000 Markdown minutes in the house style), the real main-process handlers reading and
 * recognising the files in batches, the preview, then "Import 10,000 meetings" saving them into
 * IndexedDB. The files are recognised in worker threads, as many as the app starts on this machine
 * (see isolated-recogniser.ts). Batches of meetings reach the page over HTTP from this process
 * rather than through the DevTools protocol (see support/renderer-answers-server.ts). Timed from
 * the click on "Choose a folder…" to the preview, and from the click on "Import" to "Imported
 * 10,000 meetings."; writing the files beforehand is not timed.
 */
import { chromium, type Page } from '@playwright/test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { createHandlers } from '../src/main/handlers';
import { createIsolatedRecogniser } from '../src/main/import/isolated-recogniser';
import { makeTempDataFolder, testPorts } from '../tests/support/temp-data-folder';
import { chromiumLaunchOptions } from '../tests/support/chromium';
import { summarise, type BenchResult } from './measure';
import { generateArchive } from './support/archive-generator';
import { installMainBridge } from '../tests/support/main-bridge';
import { minutesMarkdown } from './support/minutes-markdown';
import { serveRendererWithAnswers } from './support/renderer-answers-server';

const FILES = Number(process.env['IMPORT_BENCH_FILES'] ?? 10_000);
const PORT = Number(process.env['BENCH_PORT'] ?? 4332);
const TARGET_MS = 60_000;
const count = (value: number) => value.toLocaleString('en-GB');

/** The app bundles the recognising worker with electron-vite; here tsx runs its TypeScript. */
const RECOGNISE_WORKER = resolve(import.meta.dirname, '../src/main/import/recognise-worker.ts');
const startRecogniseWorker = (options: WorkerOptions) =>
  new Worker(RECOGNISE_WORKER, { ...options, execArgv: ['--import', 'tsx'] });

/**
 * IMPORT_BENCH_PROFILE=<file.cpuprofile> records the page's CPU profile from the folder's choice to
 * the end of saving (open it in Chromium's DevTools, Performance panel), to see where the page's
 * time goes; the main process's handlers run in this process (`node --cpu-prof` profiles them).
 */
async function startPageProfile(page: Page): Promise<{ stop: () => Promise<void> } | null> {
  const target = process.env['IMPORT_BENCH_PROFILE'];
  if (!target) return null;
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 1000 });
  await session.send('Profiler.start');
  return {
    stop: async () => {
      const { profile } = await session.send('Profiler.stop');
      await writeFile(target, JSON.stringify(profile));
      console.log(`  the page's CPU profile is in ${target}`);
    },
  };
}

async function writeMinutes(folder: string): Promise<number> {
  let bytes = 0;
  let index = 0;
  for (const meeting of generateArchive(FILES)) {
    const text = minutesMarkdown(meeting);
    bytes += Buffer.byteLength(text);
    const name = `${meeting.meeting.date}-${String(++index).padStart(5, '0')}.md`;
    await writeFile(join(folder, name), text);
  }
  return bytes;
}

export async function run(): Promise<BenchResult[]> {
  const minutes = await mkdtemp(join(tmpdir(), 'minute-book-import-bench-'));
  const data = await makeTempDataFolder();
  const server = await serveRendererWithAnswers(PORT);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const recogniser = createIsolatedRecogniser(startRecogniseWorker);
  try {
    const bytes = await writeMinutes(minutes);
    console.log(`  ${count(FILES)} files, ${(bytes / FILES / 1024).toFixed(1)} KB each on average`);
    const page = await browser.newPage();
    // A failed run should say why: a crashed page or an error in it, not only a timeout.
    page.on('crash', () => console.error('  the page crashed'));
    page.on('pageerror', (error) => console.error(`  error in the page: ${error.message}`));
    await installMainBridge(
      page,
      createHandlers(
        testPorts(data.folder, {
          chooseImportSources: () => Promise.resolve([minutes]),
          recognise: recogniser.recognise,
        }),
      ),
      server.answers,
    );
    await page.goto(server.url);
    const profiler = await startPageProfile(page);
    await page.getByRole('heading', { name: 'Welcome to Minute Book' }).waitFor();
    await page.getByRole('button', { name: 'Import past minutes' }).click();

    const started = performance.now();
    await page.getByRole('button', { name: 'Choose a folder…' }).click();
    await page
      .getByRole('heading', { name: /^Check what was read from/ })
      .waitFor({ timeout: 30 * 60_000 });
    const read = performance.now() - started;
    const importButton = page.getByRole('button', { name: `Import ${count(FILES)} meetings` });
    await importButton.waitFor();

    const saving = performance.now();
    await importButton.click();
    await page
      .getByRole('heading', { name: `Imported ${count(FILES)} meetings.` })
      .waitFor({ timeout: 30 * 60_000 });
    const saved = performance.now() - saving;
    await profiler?.stop();
    console.log(
      `  read and recognised, to the preview: ${(read / 1000).toFixed(1)} s; saved into IndexedDB: ${(saved / 1000).toFixed(1)} s`,
    );
    return [
      summarise(`import ${count(FILES)} files: choose folder to preview`, 'ms', [read]),
      summarise(`import ${count(FILES)} files: Import to all saved in IndexedDB`, 'ms', [saved]),
      summarise(
        `import ${count(FILES)} files through the app, reading + preview + saving`,
        'ms',
        [read + saved],
        TARGET_MS,
      ),
    ];
  } finally {
    await recogniser.close();
    await browser.close();
    server.stop();
    await data.remove();
    await rm(minutes, { recursive: true, force: true });
  }
}
