import { app, BrowserWindow } from 'electron';
import path from 'node:path';
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
  void app.whenReady().then(start);
}

function start(): void {
  const store = openPreferencesStore();
  const handlers = createApiHandlers({
    dataDir: path.join(app.getPath('userData'), 'library'),
    preferencesStore: store,
  });
  hardenAllWebContents(devServerUrl);
  serveRendererOverAppScheme(path.join(__dirname, '../renderer'));
  registerApiHandlers(handlers, devServerUrl);
  installApplicationMenu(process.platform === 'darwin');

  const openWindow = (): BrowserWindow =>
    createMainWindow({
      preloadPath: path.join(__dirname, '../preload/index.cjs'),
      entryUrl: devServerUrl ?? APP_ENTRY_URL,
      store,
    });
  openWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
