import { app, BrowserWindow, dialog } from 'electron';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { acquireDataFolderLock, DataFolderInUseError, type DataFolderLock } from '../services/data-folder-lock';
import { createApiHandlers } from '../services/api-handlers';
import { registerAppSchemeAsPrivileged, serveRendererOverAppScheme } from './app-protocol';
import { registerApiHandlers } from './ipc';
import { installApplicationMenu } from './menu';
import { APP_ENTRY_URL } from './policy/app-origin';
import { openPreferencesStore } from './preferences-store';
import { hardenAllWebContents } from './security';
import { createMainWindow } from './window';

// electron-vite sets this only while developing; a packaged app always loads its own files.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];

// Lets tests (and careful users) run against a throwaway profile.
const userDataOverride = process.env['COPYDESK_USER_DATA_DIR'];
if (userDataOverride) app.setPath('userData', userDataOverride);

registerAppSchemeAsPrivileged();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.whenReady().then(start).catch((error: unknown) => {
    dialog.showErrorBox('Copydesk could not start', error instanceof Error ? error.message : String(error));
    app.quit();
  });
}

async function start(): Promise<void> {
  const dataDir = path.join(app.getPath('userData'), 'library');
  await fsp.mkdir(dataDir, { recursive: true });
  let lock: DataFolderLock;
  try {
    // One writer per data folder: a web host running on the same library would race our saves.
    lock = await acquireDataFolderLock(dataDir);
  } catch (error) {
    if (!(error instanceof DataFolderInUseError)) throw error;
    dialog.showErrorBox('Copydesk is already using this library', error.message);
    app.quit();
    return;
  }
  app.on('will-quit', () => void lock.release());

  const preferences = await openPreferencesStore();
  const handlers = createApiHandlers({ dataDir, preferencesStore: preferences.store });
  flushLibraryBeforeQuit(handlers.services.drafts);
  hardenAllWebContents(devServerUrl);
  serveRendererOverAppScheme(path.join(__dirname, '../renderer'));
  registerApiHandlers(handlers, devServerUrl);
  installApplicationMenu(process.platform === 'darwin');

  const openWindow = (): BrowserWindow =>
    createMainWindow({
      preloadPath: path.join(__dirname, '../preload/index.cjs'),
      entryUrl: devServerUrl ?? APP_ENTRY_URL,
      store: preferences.store,
    });
  const window = openWindow();
  if (preferences.problem) {
    void dialog.showMessageBox(window, { type: 'warning', message: 'Preferences were reset', detail: preferences.problem });
  }
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

/**
 * The library index is written after a quiet moment, not on every save; quitting
 * waits for it once, so the next start does not re-read the drafts saved last.
 * The draft files themselves are already durable: this only saves start-up work.
 */
function flushLibraryBeforeQuit(drafts: { flush(): Promise<void> }): void {
  let flushed = false;
  app.on('before-quit', (event) => {
    if (flushed) return;
    event.preventDefault();
    flushed = true;
    drafts
      .flush()
      .catch((error: unknown) => console.error('Could not write the library index on quit:', error))
      .finally(() => app.quit());
  });
}

