import { BrowserWindow, screen } from 'electron';
import type Store from 'electron-store';
import { restorableWindowState, type WindowState } from './policy/window-bounds';
import { secureWebPreferences } from './policy/window-options';

const WINDOW_STATE_KEY = 'windowState';

export function createMainWindow(options: {
  preloadPath: string;
  entryUrl: string;
  store: Store<Record<string, unknown>>;
}): BrowserWindow {
  const displays = screen.getAllDisplays().map((display) => display.workArea);
  const state = restorableWindowState(options.store.get(WINDOW_STATE_KEY), displays);
  const window = new BrowserWindow({
    ...boundsOf(state),
    minWidth: 900,
    minHeight: 560,
    show: false,
    title: 'Copydesk',
    backgroundColor: '#f7f6f2',
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  rememberBounds(window, options.store);
  void window.loadURL(options.entryUrl);
  return window;
}

function boundsOf(state: WindowState): { x?: number; y?: number; width: number; height: number } {
  return state.x === undefined || state.y === undefined
    ? { width: state.width, height: state.height }
    : { x: state.x, y: state.y, width: state.width, height: state.height };
}

function rememberBounds(window: BrowserWindow, store: Store<Record<string, unknown>>): void {
  let timer: NodeJS.Timeout | undefined;
  const save = (): void => {
    if (window.isDestroyed()) return;
    const bounds = window.getNormalBounds();
    const next: WindowState = { ...bounds, maximized: window.isMaximized() };
    store.set(WINDOW_STATE_KEY, next);
  };
  const saveSoon = (): void => {
    clearTimeout(timer);
    timer = setTimeout(save, 500);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('close', () => {
    clearTimeout(timer);
    save();
  });
}
