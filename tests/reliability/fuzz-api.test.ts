import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { existsSync, promises as fsp } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { CHANNEL_NAMES } from '../../shared/api/channels';
import type { ApiResult } from '../../shared/api/errors';
import { API_PATH_PREFIX, TOKEN_HEADER } from '../../shared/api/bridge';
import type { Draft } from '../../shared/model/draft';
import { createApiHandlers } from '../../electron/services/api-handlers';
import { startWebHost } from '../../electron/web/server';
import type { WebHost } from '../../electron/web/server';
import { saveRequestFor } from './support/crash-content';
import { DEVICE_NAME_IDS, hostilePayload, TRAVERSAL_IDS } from './support/hostile';
import { rawRequest } from '../support/http-client';
import { MemoryStore } from './support/memory-store';
import { ipcHandlers } from './support/electron-recorder';
import { measured } from './support/records';
import { diffTrees, makeTempDir, removeDir, seedFromEnv, snapshotTree } from './support/temp';
import type { TreeEntry } from './support/temp';

/*
 * Every channel of the contract, fuzzed over both transports: the IPC handler
 * layer exactly as electron/main/ipc.ts registers it (ipcMain is recorded, the
 * handlers behind it are real), and the real HTTP web host on 127.0.0.1.
 */

vi.mock('electron', async () => (await import('./support/electron-recorder')).electronMock());

const SEED = seedFromEnv('COPYDESK_FUZZ_SEED');
const RUNS_PER_CHANNEL = Number(process.env['COPYDESK_FUZZ_RUNS'] ?? 60);
const APP_EVENT = { senderFrame: { url: 'copydesk://app/index.html', parent: null } };
/** Outcomes a hostile payload may have: refused as invalid, or a normal answer about a real draft. */
const ACCEPTABLE = new Set(['invalid-request', 'not-found', 'conflict', 'refused']);
const ID_CHANNELS = ['drafts.open', 'drafts.duplicate', 'drafts.trash', 'drafts.restore', 'drafts.deleteForever', 'history.list', 'history.snapshot', 'history.restore', 'drafts.save'] as const;
const quiet = (): void => {};

let root: string;
let dataDir: string;
let host: WebHost;
let draftId: string;
let snapshotId: string;
let sentinelBefore: Map<string, TreeEntry>;
let prototypeKeysBefore: string[];
const loggedInternalErrors: string[] = [];

function prototypeKeys(): string[] {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype].flatMap((proto) => Object.getOwnPropertyNames(proto)).sort();
}

async function viaIpc(channel: string, payload: unknown): Promise<ApiResult<unknown>> {
  return ipcHandlers.get(channel)!(APP_EVENT, payload);
}

async function viaHttp(channel: string, payload: unknown, rawBody?: string): Promise<{ status: number; result: ApiResult<unknown> }> {
  const body = rawBody ?? (payload === undefined ? '' : JSON.stringify(payload));
  const response = await rawRequest(host.port, {
    method: 'POST',
    path: `${API_PATH_PREFIX}${channel}`,
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
    body,
    reuse: true,
  });
  return { status: response.status, result: JSON.parse(response.body) as ApiResult<unknown> };
}

function validPayload(channel: string): unknown {
  switch (channel) {
    case 'drafts.create':
      return { meta: { headline: 'fuzz' }, sources: [] };
    case 'drafts.save':
      return saveRequestFor(draftId, 1);
    case 'history.snapshot':
      return { id: draftId, reason: 'manual' };
    case 'history.restore':
      return { id: draftId, snapshotId };
    case 'prefs.set':
      return { theme: 'dark', export: { siteUrl: 'https://example.org' } };
    case 'drafts.list':
    case 'drafts.listTrash':
    case 'prefs.get':
      return {};
    default:
      return { id: draftId };
  }
}

const ALLOWED_IN_DATA = [
  /^drafts$/,
  /^drafts\/[a-z0-9][a-z0-9-]{0,63}\.json$/,
  /^trash$/,
  /^trash\/[a-z0-9][a-z0-9-]{0,63}\.json$/,
  /^history$/,
  /^history\/[a-z0-9][a-z0-9-]{0,63}$/,
  /^history\/[a-z0-9][a-z0-9-]{0,63}\/[A-Za-z0-9._-]+\.json$/,
  /^quarantine$/,
  /^index\.json$/,
];

beforeAll(async () => {
  root = await makeTempDir('fuzz');
  dataDir = path.join(root, 'data');
  await fsp.mkdir(path.join(root, 'sentinel'), { recursive: true });
  await fsp.writeFile(path.join(root, 'sentinel', 'secret'), 'do not touch');
  await fsp.writeFile(path.join(root, 'sentinel', 'passwd'), 'root:x:0:0');
  await fsp.mkdir(dataDir);
  const handlers = createApiHandlers({ dataDir, preferencesStore: new MemoryStore(), log: quiet });
  const { registerApiHandlers } = await import('../../electron/main/ipc');
  registerApiHandlers(handlers, undefined);
  host = await startWebHost({
    dataDir,
    preferencesStore: new MemoryStore(),
    staticDir: path.join(root, 'sentinel'),
    log: quiet,
    logError: (message) => loggedInternalErrors.push(message),
  });
  const created = (await viaIpc('drafts.create', { meta: { headline: 'target' } })) as { ok: true; value: Draft };
  draftId = created.value.id;
  await viaIpc('drafts.save', saveRequestFor(draftId, 0));
  const snapshot = (await viaIpc('history.snapshot', { id: draftId, reason: 'manual' })) as { ok: true; value: { snapshotId: string } };
  snapshotId = snapshot.value.snapshotId;
  sentinelBefore = await outsideData();
  prototypeKeysBefore = prototypeKeys();
}, 60_000);

afterAll(async () => {
  await host?.close();
  if (root) await removeDir(root);
});

/** Everything under the temp root except the data folder's contents. */
async function outsideData(): Promise<Map<string, TreeEntry>> {
  const tree = await snapshotTree(root);
  for (const key of [...tree.keys()]) if (key === 'data' || key.startsWith(`data${path.sep}`)) tree.delete(key);
  return tree;
}

async function assertNothingEscaped(label: string): Promise<string> {
  expect(diffTrees(sentinelBefore, await outsideData()), `${label}: files outside the data folder`).toEqual([]);
  const inside = [...(await snapshotTree(dataDir)).keys()].map((p) => p.split(path.sep).join('/'));
  const unexpected = inside.filter((p) => !ALLOWED_IN_DATA.some((pattern) => pattern.test(p)));
  expect(unexpected, `${label}: unexpected files inside the data folder`).toEqual([]);
  expect(existsSync('/tmp/copydesk-evil'), `${label}: absolute path written`).toBe(false);
  expect(prototypeKeys(), `${label}: built-in prototypes changed`).toEqual(prototypeKeysBefore);
  expect(({} as Record<string, unknown>)['polluted'], `${label}: Object.prototype polluted`).toBeUndefined();
  return `${inside.length} entries in the data folder, all with safe names`;
}

describe('API fuzzing over both transports', () => {
  it('random and malformed payloads on every channel get only validation (or ordinary) errors, over IPC', async () => {
    await measured('fuzz', `IPC handler layer: ${CHANNEL_NAMES.length} channels × ${RUNS_PER_CHANNEL} hostile payloads (fast-check, seed ${SEED})`, async (note) => {
      const counts: Record<string, number> = {};
      for (const channel of CHANNEL_NAMES) {
        await fc.assert(
          fc.asyncProperty(hostilePayload(validPayload(channel)), async (payload) => {
            const result = await viaIpc(channel, payload);
            note.cases += 1;
            const outcome = result.ok ? 'ok' : result.error.code;
            counts[outcome] = (counts[outcome] ?? 0) + 1;
            if (!result.ok) expect(ACCEPTABLE.has(result.error.code), `${channel}: ${result.error.code} ${result.error.message}`).toBe(true);
          }),
          { numRuns: RUNS_PER_CHANNEL, seed: SEED, endOnFailure: true },
        );
      }
      await host.handlers.services.drafts.flush();
      const escaped = await assertNothingEscaped('IPC fuzz');
      expect(loggedInternalErrors).toEqual([]);
      note.details = `${note.cases} calls; outcomes ${JSON.stringify(counts)}; no internal/io error; nothing outside the data folder created or modified; ${escaped}; built-in prototypes unchanged`;
    });
  }, 120_000);

  it('random and malformed payloads on every channel get only validation (or ordinary) errors, over HTTP', async () => {
    await measured('fuzz', `HTTP web host: ${CHANNEL_NAMES.length} channels × ${RUNS_PER_CHANNEL} hostile payloads, plus raw malformed bodies`, async (note) => {
      const counts: Record<string, number> = {};
      for (const channel of CHANNEL_NAMES) {
        await fc.assert(
          fc.asyncProperty(hostilePayload(validPayload(channel)), async (payload) => {
            const { status, result } = await viaHttp(channel, payload);
            note.cases += 1;
            counts[String(status)] = (counts[String(status)] ?? 0) + 1;
            if (!result.ok) expect(ACCEPTABLE.has(result.error.code), `${channel}: ${status} ${result.error.code} ${result.error.message}`).toBe(true);
            expect(status).toBeLessThan(500);
          }),
          { numRuns: RUNS_PER_CHANNEL, seed: SEED + 1, endOnFailure: true },
        );
      }
      // Raw bodies that are not JSON, or not UTF-8, or JSON with traps in it.
      const rawBodies = fc.oneof(
        fc.string({ maxLength: 200 }),
        fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
        fc.constantFrom('{', '{"id":', '\ufeff{}', '{"id":"a"}{"id":"b"}', 'null', '[]', '"str"', '1e999', '{"id":"\\ud800"}', `${'['.repeat(100_000)}${']'.repeat(100_000)}`),
      );
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...CHANNEL_NAMES), rawBodies, async (channel, body) => {
          const response = await rawRequest(host.port, {
            method: 'POST',
            path: `${API_PATH_PREFIX}${channel}`,
            headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
            body,
            reuse: true,
          });
          note.cases += 1;
          counts[String(response.status)] = (counts[String(response.status)] ?? 0) + 1;
          expect(response.status, `${channel} ${String(body).slice(0, 40)}`).toBeLessThan(500);
          const parsed = JSON.parse(response.body) as ApiResult<unknown>;
          if (!parsed.ok) expect(ACCEPTABLE.has(parsed.error.code)).toBe(true);
        }),
        { numRuns: 150, seed: SEED + 2, endOnFailure: true },
      );
      await host.handlers.services.drafts.flush();
      const escaped = await assertNothingEscaped('HTTP fuzz');
      expect(loggedInternalErrors).toEqual([]);
      note.details = `${note.cases} requests; statuses ${JSON.stringify(counts)}; never 5xx; nothing outside the data folder touched; ${escaped}`;
    });
  }, 120_000);

  it('path traversal, NUL bytes and device names in every id field are refused as invalid on both transports', async () => {
    await measured('fuzz', `${TRAVERSAL_IDS.length} hostile ids × ${ID_CHANNELS.length} id-taking channels × 2 transports`, async (note) => {
      for (const channel of ID_CHANNELS) {
        for (const id of TRAVERSAL_IDS) {
          const payload = channel === 'drafts.save' ? { ...saveRequestFor(draftId, 1), id } : { ...(validPayload(channel) as object), id };
          const ipc = await viaIpc(channel, payload);
          const http = await viaHttp(channel, payload);
          note.cases += 2;
          expect(ipc, `${channel} ${JSON.stringify(id).slice(0, 40)} over IPC`).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
          expect(http.result, `${channel} ${JSON.stringify(id).slice(0, 40)} over HTTP`).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
          expect(http.status).toBe(400);
        }
        for (const snapshot of TRAVERSAL_IDS) {
          if (channel !== 'history.restore') continue;
          const ipc = await viaIpc(channel, { id: draftId, snapshotId: snapshot });
          note.cases += 1;
          expect(ipc.ok, `snapshotId ${JSON.stringify(snapshot).slice(0, 40)}`).toBe(false);
          if (!ipc.ok) expect(['invalid-request', 'not-found']).toContain(ipc.error.code);
        }
      }
      const escaped = await assertNothingEscaped('traversal ids');
      note.details = `${note.cases} calls, every one refused as invalid-request (HTTP 400); snapshot ids refused as invalid or not found; ${escaped}`;
    });
  }, 120_000);

  it('Windows device names (con, nul, com1, ...) are refused as ids on both transports', async () => {
    await measured('fuzz', `${DEVICE_NAME_IDS.length} Windows device names as draft ids × ${ID_CHANNELS.length} channels`, async (note) => {
      const accepted: string[] = [];
      for (const channel of ID_CHANNELS) {
        for (const id of DEVICE_NAME_IDS) {
          const payload = channel === 'drafts.save' ? { ...saveRequestFor(draftId, 1), id } : { ...(validPayload(channel) as object), id };
          const ipc = await viaIpc(channel, payload);
          note.cases += 1;
          if (ipc.ok || ipc.error.code !== 'invalid-request') accepted.push(`${channel}(${id}) → ${ipc.ok ? 'ok' : ipc.error.code}`);
        }
      }
      note.details = accepted.length
        ? `${accepted.length}/${note.cases} calls accepted a device name as an id and built a file name from it, e.g. ${accepted.slice(0, 3).join(', ')} (on Windows, drafts\\con.json is the console device)`
        : `all ${note.cases} refused as invalid-request`;
      expect(accepted, 'device names accepted as ids').toEqual([]);
    });
  });

  it('deeply nested documents are a validation error, not a stack overflow, on both transports', async () => {
    await measured('fuzz', 'drafts.create / drafts.save with content nested 1,000 and 10,000 levels deep, IPC and HTTP', async (note) => {
      const outcomes: string[] = [];
      for (const depth of [1_000, 10_000]) {
        // Built as text: JSON.stringify itself overflows the stack at this depth.
        const contentJson = `{"root":{"type":"root","version":1,"children":[${'{"type":"paragraph","version":1,"children":['.repeat(depth)}{"type":"text","version":1,"text":"x"}${']}'.repeat(depth)}]}}`;
        const content = JSON.parse(contentJson) as unknown;
        const saveJson = JSON.stringify({ ...saveRequestFor(draftId, 1), content: '@@' }).replace('"@@"', contentJson);
        for (const [channel, payload, body] of [
          ['drafts.create', { content }, `{"content":${contentJson}}`],
          ['drafts.save', JSON.parse(saveJson) as unknown, saveJson],
        ] as const) {
          const ipc = await viaIpc(channel, payload).catch((error: unknown) => ({ ok: false as const, error: { code: `threw ${(error as Error).name}`, message: '' } }));
          const http = await viaHttp(channel, undefined, body);
          note.cases += 2;
          outcomes.push(`${channel} depth ${depth}: IPC ${ipc.ok ? 'ok' : ipc.error.code}, HTTP ${http.status}`);
        }
      }
      // Deep but generic nesting in a field that is not recursive.
      const generic = await viaHttp('drafts.open', undefined, `{"id":${'['.repeat(5_000)}1${']'.repeat(5_000)}}`);
      note.cases += 1;
      outcomes.push(`drafts.open with a 5,000-deep id: HTTP ${generic.status}`);
      note.details = outcomes.join('; ');
      for (const line of outcomes) expect(line).not.toMatch(/threw|HTTP 5\d\d|IPC internal/);
    });
  }, 60_000);

  it('the request size limit answers 413 and keeps memory bounded', async () => {
    await measured('fuzz', 'oversized requests: declared 25 MB, streamed 30 MB without Content-Length, 21 MB valid JSON', async (note) => {
      const rssBefore = process.memoryUsage().rss;
      const declared = await rawRequest(host.port, {
        method: 'POST',
        path: `${API_PATH_PREFIX}drafts.create`,
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token, 'content-length': 25 * 1024 * 1024 },
        body: '',
      }).catch((error: unknown) => ({ status: -1, body: String(error), headers: {} }));
      const big = `{"meta":{"headline":"${'x'.repeat(21 * 1024 * 1024)}"}}`;
      const whole = await rawRequest(host.port, {
        method: 'POST',
        path: `${API_PATH_PREFIX}drafts.create`,
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
        body: big,
      }).catch((error: unknown) => ({ status: -1, body: String(error), headers: {} }));
      const streamed = await streamWithoutLength(host.port, 30 * 1024 * 1024);
      note.cases = 3;
      const growthMb = (process.memoryUsage().rss - rssBefore) / 1024 / 1024;
      expect(declared.status).toBe(413);
      expect(whole.status === 413 || whole.status === -1).toBe(true);
      expect(streamed.status === 413 || streamed.status === -1).toBe(true);
      // The host stays up.
      const after = await viaHttp('drafts.list', {});
      expect(after.status).toBe(200);
      note.details = `declared 25 MB → ${declared.status}; 21 MB body → ${whole.status}; 30 MB streamed → ${streamed.status === -1 ? 'connection cut' : streamed.status} after ${(streamed.sentBytes / 1024 / 1024).toFixed(0)} MB sent; RSS grew ${growthMb.toFixed(0)} MB (includes the test's own 21 MB string); host still answering`;
      expect(growthMb).toBeLessThan(200);
    });
  }, 60_000);
});

/** Streams `total` bytes of chunked body and reports the status, or -1 if the server cut the connection first. */
async function streamWithoutLength(port: number, total: number): Promise<{ status: number; sentBytes: number }> {
  const http = await import('node:http');
  return new Promise((resolve) => {
    let sentBytes = 0;
    let settled = false;
    const finish = (status: number): void => {
      if (!settled) {
        settled = true;
        resolve({ status, sentBytes });
      }
    };
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `${API_PATH_PREFIX}drafts.create`,
        headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', [TOKEN_HEADER]: host.token, 'transfer-encoding': 'chunked' },
        agent: false,
      },
      (response) => {
        response.resume();
        finish(response.statusCode ?? 0);
        request.destroy();
      },
    );
    request.on('error', () => finish(-1));
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    const pump = (): void => {
      while (!settled && sentBytes < total) {
        sentBytes += chunk.length;
        if (!request.write(chunk)) {
          request.once('drain', pump);
          return;
        }
      }
      if (!settled) request.end();
    };
    request.write('{"meta":{"headline":"');
    pump();
  });
}
