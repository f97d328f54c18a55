import { vi } from 'vitest';
import type { ApiResult } from '../../../shared/api/errors';

/*
 * One recorder for the `electron` module, shared by every test file that mocks it,
 * so the files can run in one worker without isolation: whichever file loads the
 * shell first, its registrations land in these maps.
 */
export type Listener = (...args: unknown[]) => unknown;
export const appListeners = new Map<string, Listener>();
export const windows: Array<{ options: Record<string, unknown>; loadedUrl?: string }> = [];
export const openExternal = vi.fn(async (_url: string) => undefined);
export const permissionHandlers: { request?: Listener; check?: Listener } = {};
export const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
export const privilegedSchemes: unknown[] = [];
export const fetched: string[] = [];
export const ipcHandlers = new Map<string, (event: unknown, payload: unknown) => Promise<ApiResult<unknown>>>();
export const exposed = new Map<string, unknown>();

/** The `electron` module as the shell sees it in these tests: every registration is recorded. */
export function electronMock() {
  class BrowserWindow {
    private record: { options: Record<string, unknown>; loadedUrl?: string };
    constructor(options: Record<string, unknown>) {
      this.record = { options };
      windows.push(this.record);
    }
    maximize(): void {}
    once(): void {}
    on(): void {}
    isDestroyed(): boolean {
      return false;
    }
    isMaximized(): boolean {
      return false;
    }
    getNormalBounds() {
      return { x: 0, y: 0, width: 1200, height: 800 };
    }
    async loadURL(url: string): Promise<void> {
      this.record.loadedUrl = url;
    }
    static getAllWindows(): unknown[] {
      return [];
    }
  }
  return {
    app: { on: (event: string, listener: Listener) => appListeners.set(event, listener), isPackaged: true },
    BrowserWindow,
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    shell: { openExternal },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => (permissionHandlers.request = handler),
        setPermissionCheckHandler: (handler: Listener) => (permissionHandlers.check = handler),
        protocol: { handle: (scheme: string, handler: (request: Request) => Promise<Response>) => protocolHandlers.set(scheme, handler) },
      },
    },
    protocol: { registerSchemesAsPrivileged: (schemes: unknown[]) => privilegedSchemes.push(...schemes) },
    net: {
      fetch: async (url: string) => {
        fetched.push(url);
        return new Response('<!doctype html><title>x</title>', { status: 200, headers: { 'content-type': 'text/html' } });
      },
    },
    ipcMain: { handle: (channel: string, handler: (event: unknown, payload: unknown) => Promise<ApiResult<unknown>>) => ipcHandlers.set(channel, handler) },
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
    ipcRenderer: { invoke: async () => ({ ok: true, value: null }), on: () => undefined, removeListener: () => undefined },
  };
}
