import { beforeEach, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { CHANNEL_NAMES } from '../../../shared/api/channels';
import type { ApiResult } from '../../../shared/api/errors';
import Conf from 'conf';
import { createApiHandlers } from '../../../electron/services/api-handlers';
import { useTempDir } from '../helpers/temp-dir';

type Handler = (event: unknown, payload: unknown) => Promise<ApiResult<unknown>>;
const registered = new Map<string, Handler>();

// No Electron binary here: ipcMain is recorded, the handlers behind it are real.
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, handler: Handler) => registered.set(channel, handler) },
}));

function eventFrom(url: string, options: { subframe?: boolean } = {}): unknown {
  return { senderFrame: { url, parent: options.subframe ? { url } : null } };
}

describe('IPC handlers', () => {
  const dataDir = useTempDir({ prefix: 'copydesk-ipc-' });

  beforeEach(async () => {
    registered.clear();
    const { registerApiHandlers } = await import('../../../electron/main/ipc');
    registerApiHandlers(createApiHandlers({ dataDir: dataDir(), preferencesStore: new Conf({ cwd: dataDir(), projectName: 'copydesk' }) }), undefined);
  });

  it('registers one handler per channel of the contract', () => {
    expect([...registered.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('serves the app renderer', async () => {
    const create = registered.get('drafts.create')!;
    const created = await create(eventFrom('copydesk://app/index.html'), { meta: { headline: 'Budget vote' } });
    expect(created).toMatchObject({ ok: true, value: { meta: { headline: 'Budget vote' } } });
    expect(fs.readdirSync(path.join(dataDir(), 'drafts'))).toHaveLength(1);
  });

  it('refuses calls from other origins and from subframes, touching nothing', async () => {
    const create = registered.get('drafts.create')!;
    for (const event of [
      eventFrom('https://evil.example/'),
      eventFrom('file:///tmp/page.html'),
      eventFrom('copydesk://app/index.html', { subframe: true }),
      { senderFrame: null },
    ]) {
      const result = await create(event, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'refused' } });
    }
    expect(fs.existsSync(path.join(dataDir(), 'drafts')) ? fs.readdirSync(path.join(dataDir(), 'drafts')) : []).toHaveLength(0);
  });

  it('validates payloads before any handler runs', async () => {
    const open = registered.get('drafts.open')!;
    const result = await open(eventFrom('copydesk://app/index.html'), { id: '../../etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});
