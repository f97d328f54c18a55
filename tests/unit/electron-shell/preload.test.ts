import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../../shared/api/channels';
import type { CopydeskBridge } from '../../../shared/api/bridge';

// The Electron binary cannot run here; the preload's contract with it is small
// (contextBridge.exposeInMainWorld and ipcRenderer), so it is recorded instead.
const exposed = new Map<string, unknown>();
const invoke = vi.fn(async (channel: string, request: unknown) => ({ ok: true, value: { channel, request } }));
const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer: {
    invoke,
    on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => listeners.set(channel, listener),
    removeListener: (channel: string) => listeners.delete(channel),
  },
}));

describe('preload bridge', () => {
  let bridge: CopydeskBridge;

  beforeEach(async () => {
    exposed.clear();
    vi.resetModules();
    await import('../../../electron/preload/index');
    bridge = exposed.get('copydesk') as CopydeskBridge;
  });

  it('exposes exactly one function per channel and nothing else of IPC', () => {
    expect([...exposed.keys()]).toEqual(['copydesk']);
    expect(Object.keys(bridge.api).sort()).toEqual([...CHANNEL_NAMES].sort());
    expect(Object.keys(bridge).sort()).toEqual(['api', 'onMenuCommand', 'platform']);
    for (const fn of Object.values(bridge.api)) expect(typeof fn).toBe('function');
  });

  it('sends each call on its own channel', async () => {
    await bridge.api['drafts.open']({ id: 'abc' });
    expect(invoke).toHaveBeenLastCalledWith('drafts.open', { id: 'abc' });
  });

  it('forwards only known menu commands', () => {
    const received: string[] = [];
    const unsubscribe = bridge.onMenuCommand((command) => received.push(command));
    const listener = listeners.get('menu-command');
    listener?.({}, 'save');
    listener?.({}, 'rm -rf');
    listener?.({}, { command: 'save' });
    expect(received).toEqual(['save']);
    unsubscribe();
    expect(listeners.has('menu-command')).toBe(false);
  });
});
