import { app, BrowserWindow, session } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHandlers } from './handlers';
import { registerIpc } from './ipc';
import { hardenSession, hardenWebContents, hardenedWebPreferences } from './security';

const rendererDevUrl = process.env['ELECTRON_RENDERER_URL'];
const appUrl = rendererDevUrl ?? pathToFileURL(join(__dirname, '../renderer/index.html')).href;
const iconPath = join(__dirname, '../../resources/icon.png');

// Lets tests, and anyone who keeps the app on a USB stick, choose where the data lives.
const dataFolderOverride = process.env['MINUTE_BOOK_DATA_DIR'];
if (dataFolderOverride) app.setPath('userData', dataFolderOverride);

let mainWindow: BrowserWindow | null = null;

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Minute Book',
    icon: iconPath,
    backgroundColor: '#f6f7f9',
    webPreferences: hardenedWebPreferences(join(__dirname, '../preload/index.js')),
  });
  hardenWebContents(window.webContents, appUrl);
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    mainWindow = null;
  });
  void window.loadURL(appUrl);
  return window;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    const handlers = createHandlers({
      appName: app.getName(),
      appVersion: app.getVersion(),
      dataFolder: app.getPath('userData'),
      runtime: `Electron ${process.versions.electron}`,
      platform: process.platform,
    });
    registerIpc(handlers, () => mainWindow?.webContents ?? null, appUrl);
    mainWindow = createMainWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
