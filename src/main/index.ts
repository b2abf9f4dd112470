import {
  app,
  BrowserWindow,
  dialog,
  protocol,
  safeStorage,
  session,
  shell,
  type OpenDialogOptions as ElectronOpenOptions,
  type SaveDialogOptions as ElectronSaveOptions,
} from 'electron';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { APP_SCHEME, createAppProtocolHandler, rendererEntryUrl } from './app-protocol';
import { createIsolatedBackupReader } from './backup/isolated-backup-reader';
import startReadBackupWorker from './backup/read-backup-worker?nodeWorker';
import { createHandlers } from './handlers';
import { createIsolatedRecogniser } from './import/isolated-recogniser';
import startRecogniseWorker from './import/recognise-worker?nodeWorker';
import { createIsolatedVerifier } from './signing/isolated-verifier';
import startVerifyWorker from './signing/verify-worker?nodeWorker';
import { createIsolatedDrafter } from './teams/isolated-drafter';
import startTranscriptWorker from './teams/transcript-worker?nodeWorker';
import { createExportedFiles } from './handlers/exported-files';
import type {
  ImportSourcesOptions,
  KeyProtection,
  OpenDialogOptions,
  SaveDialogOptions,
} from './ports';
import { registerIpc } from './ipc';
import { createOpenedFiles } from './opened-files';
import { hardenSession, hardenWebContents, hardenedWebPreferences } from './security';

const rendererRoot = join(__dirname, '../renderer');
// electron-vite dev serves the renderer itself; an installed app ignores the variable.
const appUrl = rendererEntryUrl(app.isPackaged, process.env['ELECTRON_RENDERER_URL']);
const iconPath = join(__dirname, '../../resources/icon.png');

// Lets tests, and anyone who keeps the app on a USB stick, choose where the data lives.
const dataFolderOverride = process.env['MINUTE_BOOK_DATA_DIR'];
if (dataFolderOverride) app.setPath('userData', dataFolderOverride);

// Before the app is ready: app:// behaves like https (its own origin, fetch, module workers).
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
  },
]);

let mainWindow: BrowserWindow | null = null;

// A backup double-clicked in the file manager: on the command line (Windows, Linux), or an event
// that macOS may send before the app is ready. The window takes it when it starts or regains focus.
const openedFiles = createOpenedFiles();
openedFiles.addFromCommandLine(process.argv, process.cwd());
app.on('open-file', (event, path) => {
  event.preventDefault();
  openedFiles.add(path);
  mainWindow?.focus();
});
/** The folder of the last file saved or opened, where the next dialog starts; Documents at first. */
let lastDialogFolder: string | null = null;

async function chooseSavePath(options: SaveDialogOptions): Promise<string | null> {
  const settings: ElectronSaveOptions = {
    title: options.title,
    defaultPath: join(lastDialogFolder ?? app.getPath('documents'), options.defaultFileName),
    filters: options.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const result = mainWindow
    ? await dialog.showSaveDialog(mainWindow, settings)
    : await dialog.showSaveDialog(settings);
  if (result.canceled || !result.filePath) return null;
  lastDialogFolder = dirname(result.filePath);
  return result.filePath;
}

async function chooseOpenPath(options: OpenDialogOptions): Promise<string | null> {
  const settings: ElectronOpenOptions = {
    title: options.title,
    defaultPath: lastDialogFolder ?? app.getPath('documents'),
    filters: options.filters,
    properties: ['openFile'],
  };
  const result = mainWindow
    ? await dialog.showOpenDialog(mainWindow, settings)
    : await dialog.showOpenDialog(settings);
  const [path] = result.filePaths;
  if (result.canceled || path === undefined) return null;
  lastDialogFolder = dirname(path);
  return path;
}

async function chooseImportSources(options: ImportSourcesOptions): Promise<string[] | null> {
  const settings: ElectronOpenOptions = {
    title: options.title,
    defaultPath: lastDialogFolder ?? app.getPath('documents'),
    ...(options.kind === 'files'
      ? { filters: options.filters, properties: ['openFile', 'multiSelections'] }
      : { properties: ['openDirectory'] }),
  };
  const result = mainWindow
    ? await dialog.showOpenDialog(mainWindow, settings)
    : await dialog.showOpenDialog(settings);
  const [first] = result.filePaths;
  if (result.canceled || first === undefined) return null;
  lastDialogFolder = options.kind === 'folder' ? first : dirname(first);
  return result.filePaths;
}

/**
 * Signing keys are encrypted with the system key store through safeStorage's asynchronous API.
 * Where there is no real store (Linux's `basic_text`, which only obfuscates) keys are wrapped with
 * the user's passphrase instead, so this returns the `passphrase` backend.
 */
async function createKeyProtection(): Promise<KeyProtection> {
  const available = await safeStorage.isAsyncEncryptionAvailable().catch(() => false);
  const linuxBackend =
    process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : null;
  if (!available || linuxBackend === 'basic_text' || linuxBackend === 'unknown') {
    const unavailable = (): Promise<never> =>
      Promise.reject(new Error('No system key store: keys are wrapped with a passphrase.'));
    return { backend: 'passphrase', encrypt: unavailable, decrypt: unavailable };
  }
  return {
    backend: 'os',
    encrypt: (text) => safeStorage.encryptStringAsync(text),
    // shouldReEncrypt only asks for a fresher encryption of the same key; the old one still opens.
    decrypt: async (data) => (await safeStorage.decryptStringAsync(data)).result,
  };
}

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
  app.on('second-instance', (_event, argv, workingFolder) => {
    openedFiles.addFromCommandLine(argv, workingFolder);
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  void app.whenReady().then(async () => {
    hardenSession(session.defaultSession);
    session.defaultSession.protocol.handle(
      APP_SCHEME,
      createAppProtocolHandler(rendererRoot, (path) => readFile(path)),
    );
    const keyProtection = await createKeyProtection();
    const handlers = createHandlers({
      appName: app.getName(),
      appVersion: app.getVersion(),
      dataFolder: app.getPath('userData'),
      runtime: `Electron ${process.versions.electron}`,
      platform: process.platform,
      chooseSavePath,
      chooseOpenPath,
      chooseImportSources,
      keyProtection,
      exportedFiles: createExportedFiles(),
      recognise: createIsolatedRecogniser(startRecogniseWorker).recognise,
      verifySignatures: createIsolatedVerifier(startVerifyWorker).verify,
      // Only mailto: drafts built by the handler reach here; the page never supplies the address.
      openMailDraft: (url) =>
        url.startsWith('mailto:')
          ? shell.openExternal(url)
          : Promise.reject(new Error('not mailto')),
      takeOpenedFile: openedFiles.take,
      draftTranscripts: createIsolatedDrafter(startTranscriptWorker).draft,
      readBackup: createIsolatedBackupReader(startReadBackupWorker).read,
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
