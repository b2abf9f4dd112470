import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { BRIDGE_GLOBAL, IPC_METHODS } from '../../src/shared/ipc/methods';
import { writeBackupFile } from '../../src/main/backup/backup-file';
import { sampleArchive } from '../support/archive';
import { openDocx } from '../support/docx-reader';
import { installedElectronBinary } from '../support/electron-binary';
import { makeTempDataFolder } from '../support/temp-data-folder';
import { createBoard } from './helpers/board';
import { addAgendaItems, notesField, openItem, planMeeting, waitForSaved } from './helpers/meeting';

// The real Electron shell: main process, preload and the renderer served from app://. This
// machine has no Electron binary, so it runs in the release workflow (.github/workflows/release.yml)
// and wherever `npx install-electron` has run; docs/packaging.md says what else needs the binary.

const binary = installedElectronBinary();

function launch(dataFolder: string, files: string[] = []): Promise<ElectronApplication> {
  return electron.launch({
    executablePath: binary ?? undefined,
    args: ['.', '--no-sandbox', ...files],
    env: { ...process.env, MINUTE_BOOK_DATA_DIR: dataFolder, ELECTRON_RENDERER_URL: '' },
  });
}

test.describe('the packaged shell', () => {
  test.skip(
    binary === null,
    'No Electron binary on this machine: the renderer and main handlers are tested without it.',
  );

  test('opens the app in a hardened window', async () => {
    expect(existsSync('out/main/index.js'), 'run npm run build first').toBe(true);
    const { folder, remove } = await makeTempDataFolder();
    const app = await launch(folder);
    try {
      const appWindow = await app.firstWindow();
      await expect(
        appWindow.getByRole('heading', { name: 'Welcome to Minute Book' }),
      ).toBeVisible();
      expect(appWindow.url()).toBe('app://minute-book/index.html');
      await expect(appWindow.getByRole('contentinfo')).toContainText(folder);
      expect(
        await appWindow.evaluate(() => typeof (globalThis as { require?: unknown }).require),
      ).toBe('undefined');
      expect(
        await appWindow.evaluate(() => typeof (globalThis as { process?: unknown }).process),
      ).toBe('undefined');
      const opened = await appWindow.evaluate(() => window.open('https://example.org/') === null);
      expect(opened).toBe(true);

      // The preload's bridge: one function per contract method, and nothing else.
      const bridge = await appWindow.evaluate(
        (name) =>
          Object.entries((globalThis as Record<string, unknown>)[name] ?? {}).map(
            ([key, value]) => [key, typeof value],
          ),
        BRIDGE_GLOBAL,
      );
      expect(bridge.map(([key]) => key).sort()).toEqual([...IPC_METHODS].sort());
      expect(new Set(bridge.map(([, type]) => type))).toEqual(new Set(['function']));

      // The app:// handler refuses paths outside the renderer folder.
      const outside = await appWindow.evaluate(() =>
        fetch('app://minute-book/..%2f..%2fpackage.json').then((response) => response.status),
      );
      expect(outside).toBe(403);
    } finally {
      await app.close();
      await remove();
    }
  });

  test('a meeting is minuted, exported to Word and found by search, and is there after a restart', async () => {
    test.setTimeout(240_000);
    const { folder, remove } = await makeTempDataFolder();
    let app = await launch(folder);
    try {
      let appWindow = await app.firstWindow();
      await createBoard(appWindow, 'Quality Committee');
      await planMeeting(appWindow, { date: '2021-06-21' });
      await addAgendaItems(appWindow, ['Maternity services']);
      await appWindow.getByRole('tab', { name: 'Minutes' }).click();
      await openItem(appWindow, 1, 'Maternity services');
      await notesField(appWindow, 1).fill(
        'The estates team presented the refurbishment of the maternity wing.',
      );
      await waitForSaved(appWindow);

      // Export through the main process, with the save dialog answered in the main process.
      const target = join(folder, 'minutes.docx');
      await app.evaluate(({ dialog }, filePath) => {
        dialog.showSaveDialog = (() =>
          Promise.resolve({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
      }, target);
      await appWindow.getByRole('tab', { name: 'Word and files' }).click();
      await appWindow.getByRole('button', { name: 'Export to Word…' }).click();
      await expect(appWindow.getByText(/^Saved minutes\.docx/)).toBeVisible();
      const bytes = await readFile(target);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      await expect(
        appWindow
          .getByRole('table', { name: 'Documents exported from this meeting' })
          .getByRole('row', { name: /minutes\.docx/ }),
      ).toContainText(sha256);
      const docx = await openDocx(bytes);
      expect(docx.paragraphs[0]?.text).toBe('Quality Committee');
      expect(docx.paragraphs.map((paragraph) => paragraph.text)).toEqual(
        expect.arrayContaining([
          expect.stringContaining('Maternity services'),
          expect.stringContaining('refurbishment of the maternity wing'),
        ]),
      );

      // Search runs in the module worker, loaded from app:// like the page.
      await appWindow.keyboard.press('Control+k');
      const searchBox = appWindow
        .getByRole('search', { name: 'Archive' })
        .getByRole('searchbox', { name: 'Search the minutes' });
      await expect(searchBox).toBeFocused();
      await searchBox.pressSequentially('maternty ');
      const results = appWindow.getByRole('list', { name: 'Search results' }).getByRole('listitem');
      await expect(results).toHaveCount(1);
      await expect(results.first()).toContainText('Quality Committee · 21 June 2021 · Item 1');

      // The data lives in the chosen folder, under the app:// origin, and survives a restart.
      await app.close();
      const indexedDb = await readdir(join(folder, 'IndexedDB'));
      expect(indexedDb.some((entry) => entry.startsWith('app_minute-book_'))).toBe(true);
      app = await launch(folder);
      appWindow = await app.firstWindow();
      await expect(appWindow.getByText('Quality Committee').first()).toBeVisible();
    } finally {
      await app.close();
      await remove();
    }
  });

  test('a backup double-clicked in the file manager opens the restore confirmation', async () => {
    const { folder, remove } = await makeTempDataFolder();
    const backup = join(folder, 'handover.minutebook');
    await writeBackupFile(backup, sampleArchive(), {
      writtenBy: 'Minute Book test',
      origin: 'manual',
      createdAt: new Date().toISOString(),
    });
    // The system starts the app with the file's path, as Windows and Linux do on a double click.
    const app = await launch(join(folder, 'data'), [backup]);
    try {
      const appWindow = await app.firstWindow();
      await expect(
        appWindow.getByRole('dialog', { name: 'Restore handover.minutebook?' }),
      ).toContainText('Your archive is empty: everything in the backup will be restored.');
    } finally {
      await app.close();
      await remove();
    }
  });
});
