import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { installedElectronBinary } from '../support/electron-binary';
import { makeTempDataFolder } from '../support/temp-data-folder';

const binary = installedElectronBinary();

test.describe('the packaged shell', () => {
  test.skip(
    binary === null,
    'No Electron binary on this machine: the renderer and main handlers are tested without it.',
  );

  test('opens the app in a hardened window', async () => {
    expect(existsSync('out/main/index.js'), 'run npm run build first').toBe(true);
    const { folder, remove } = await makeTempDataFolder();
    const app = await electron.launch({
      executablePath: binary ?? undefined,
      args: ['.', '--no-sandbox'],
      env: { ...process.env, MINUTE_BOOK_DATA_DIR: folder },
    });
    try {
      const appWindow = await app.firstWindow();
      await expect(
        appWindow.getByRole('heading', { name: 'Welcome to Minute Book' }),
      ).toBeVisible();
      await expect(appWindow.getByRole('contentinfo')).toContainText(folder);
      expect(
        await appWindow.evaluate(() => typeof (globalThis as { require?: unknown }).require),
      ).toBe('undefined');
      expect(
        await appWindow.evaluate(() => typeof (globalThis as { process?: unknown }).process),
      ).toBe('undefined');
      const opened = await appWindow.evaluate(() => window.open('https://example.org/') === null);
      expect(opened).toBe(true);
    } finally {
      await app.close();
      await remove();
    }
  });
});
