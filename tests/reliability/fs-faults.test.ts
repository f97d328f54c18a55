import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { createApiHandlers } from '../../electron/services/api-handlers';
import type { ApiHandlersWithServices } from '../../electron/services/api-handlers';
import { dispatchApiCall } from '../../electron/services/dispatch';
import { isTempFileName } from '../../electron/services/atomic-write';
import type { ApiResult } from '../../shared/api/errors';
import type { Draft } from '../../shared/model/draft';
import { saveRequestFor } from './support/crash-content';
import { FaultyFileSystem, WRITE_STEPS } from './support/faulty-fs';
import type { Operation } from './support/faulty-fs';
import { MemoryStore } from './support/memory-store';
import { measured } from './support/records';
import { makeTempDir, removeDir } from './support/temp';

/*
 * Disk and file-system faults, injected through the services' FileSystem
 * interface at each step of a save: create the temp file, write, fsync, close,
 * rename over the draft, fsync the folder. Each case goes through the same
 * dispatch layer both transports use, so "surfaced" means the caller gets an
 * ApiResult with an error code and a message, not a hang and not a success.
 */

const CODES = ['ENOSPC', 'EIO', 'EACCES', 'EPERM'] as const;
const EXPECTED_API_CODE: Record<(typeof CODES)[number], string> = {
  ENOSPC: 'io',
  EIO: 'io',
  EACCES: 'read-only',
  EPERM: 'read-only',
};
const quiet = (): void => {};

let dataDir: string;
let fs: FaultyFileSystem;
let handlers: ApiHandlersWithServices;

async function call(channel: string, payload: unknown): Promise<ApiResult<unknown>> {
  return dispatchApiCall(handlers, channel, payload, quiet);
}

async function draftsDirNames(): Promise<string[]> {
  return fsp.readdir(path.join(dataDir, 'drafts'));
}

beforeEach(async () => {
  dataDir = await makeTempDir('faults');
  fs = new FaultyFileSystem();
  handlers = createApiHandlers({ dataDir, preferencesStore: new MemoryStore(), fs, log: quiet });
});

afterEach(async () => {
  await handlers.services.drafts.flush();
  await removeDir(dataDir);
});

/** Creates a draft and saves it once, so there is an original with history to protect. */
async function draftAtRevision1(): Promise<{ draft: Draft; filePath: string; bytes: Buffer }> {
  const created = await call('drafts.create', { meta: { headline: 'Original' } });
  if (!created.ok) throw new Error(created.error.message);
  const draft = created.value as Draft;
  const saved = await call('drafts.save', saveRequestFor(draft.id, 0));
  if (!saved.ok) throw new Error(saved.error.message);
  await call('drafts.list', {});
  await handlers.services.drafts.flush();
  const filePath = path.join(dataDir, 'drafts', `${draft.id}.json`);
  return { draft, filePath, bytes: await fsp.readFile(filePath) };
}

/** Fails only the first call of `step` on the draft's file, its temp file or its folder. */
function failOnce(step: Operation, code: string, draftsDir: string): void {
  let fired = false;
  fs.plan = (operation, filePath) => {
    if (fired || operation !== step) return undefined;
    if (filePath !== draftsDir && path.dirname(filePath) !== draftsDir) return undefined;
    fired = true;
    return code;
  };
}

describe('disk and file-system faults during a save', () => {
  it('keeps the original, removes the temp file and reports the error, for every fault at every step', async () => {
    await measured(
      'fs-faults',
      `${CODES.join(', ')} injected at each step of a save (${WRITE_STEPS.join(' → ')}), through the API dispatch layer`,
      async (note) => {
        const outcomes: string[] = [];
        for (const code of CODES) {
          for (const step of WRITE_STEPS) {
            await removeDir(dataDir);
            dataDir = await makeTempDir('faults');
            fs = new FaultyFileSystem();
            handlers = createApiHandlers({ dataDir, preferencesStore: new MemoryStore(), fs, log: quiet });
            const { draft, filePath, bytes } = await draftAtRevision1();
            const draftsDir = path.dirname(filePath);
            failOnce(step, code, draftsDir);
            const result = await call('drafts.save', saveRequestFor(draft.id, 1));
            fs.plan = () => undefined;
            const label = `${code} at ${step}`;
            expect(fs.injected, label).toHaveLength(1);
            // Surfaced: an error result with the right code and a message, never a silent success.
            expect(result.ok, label).toBe(false);
            if (result.ok) continue;
            expect(result.error.code, label).toBe(EXPECTED_API_CODE[code]);
            expect(result.error.message.length, label).toBeGreaterThan(10);
            const after = await fsp.readFile(filePath);
            if (step === 'syncDirectory') {
              // The rename happened: the new save is complete on disk, only its durability is unconfirmed.
              const onDisk = JSON.parse(after.toString('utf8')) as Draft;
              expect(onDisk.revision, label).toBe(2);
              expect(onDisk.content, label).toEqual(saveRequestFor(draft.id, 1).content);
            } else {
              expect(after.equals(bytes), `${label}: original intact`).toBe(true);
            }
            expect((await draftsDirNames()).filter(isTempFileName), `${label}: temp file removed`).toEqual([]);
            expect(fs.openHandles, `${label}: no leaked file handle`).toBe(0);
            outcomes.push(`${label} → ${result.error.code}`);
            note.cases += 1;
          }
        }
        note.details =
          `${note.cases} cases: ENOSPC/EIO → "io", EACCES/EPERM → "read-only", each with a message; ` +
          'before the rename the original stayed byte-for-byte intact; a failed folder fsync (after the rename) left the complete new save; ' +
          'no temp file and no open handle left in any case';
      },
    );
  });

  it('a retried save succeeds once a transient fault clears (e.g. antivirus holding the file: EPERM on rename)', async () => {
    await measured('fs-faults', 'retry after a transient fault clears, same baseRevision, no list() in between', async (note) => {
      const outcomes: string[] = [];
      const failures: string[] = [];
      for (const code of CODES) {
        for (const step of WRITE_STEPS.filter((s) => s !== 'syncDirectory')) {
          await removeDir(dataDir);
          dataDir = await makeTempDir('faults');
          fs = new FaultyFileSystem();
          handlers = createApiHandlers({ dataDir, preferencesStore: new MemoryStore(), fs, log: quiet });
          const { draft, filePath } = await draftAtRevision1();
          failOnce(step, code, path.dirname(filePath));
          const first = await call('drafts.save', saveRequestFor(draft.id, 1));
          expect(first.ok).toBe(false);
          fs.plan = () => undefined;
          // What the editor does after "Save failed": retry the same edit.
          const retry = await call('drafts.save', saveRequestFor(draft.id, 1));
          note.cases += 1;
          if (retry.ok) outcomes.push(`${code}@${step}`);
          else failures.push(`${code} at ${step}: retry got "${retry.error.code}"`);
        }
      }
      note.details = `${outcomes.length}/${note.cases} retries succeeded${failures.length ? `; failed: ${failures.join('; ')}` : ''}`;
      expect(failures, 'retries that failed after the fault was gone').toEqual([]);
    });
  });

  it('a failing cleanup (unlink of the temp file) is still reported, never swallowed', async () => {
    await measured('fs-faults', 'write fails (EIO) and the temp file cannot be removed (EIO on unlink)', async (note) => {
      const { draft, filePath, bytes } = await draftAtRevision1();
      const draftsDir = path.dirname(filePath);
      fs.plan = (operation, p) =>
        (operation === 'write' || operation === 'unlink') && path.dirname(p) === draftsDir ? 'EIO' : undefined;
      const result = await call('drafts.save', saveRequestFor(draft.id, 1));
      fs.plan = () => undefined;
      note.cases = 1;
      expect(result.ok).toBe(false);
      expect((await fsp.readFile(filePath)).equals(bytes)).toBe(true);
      const leftovers = (await draftsDirNames()).filter(isTempFileName);
      // The temp file could not be removed now; the next start removes it and never lists it as a draft.
      const reopened = createApiHandlers({ dataDir, preferencesStore: new MemoryStore(), log: quiet });
      const listing = await dispatchApiCall(reopened, 'drafts.list', {}, quiet);
      await reopened.services.drafts.flush();
      expect(listing).toMatchObject({ ok: true, value: { drafts: [{ id: draft.id, revision: 1 }], quarantined: [] } });
      expect((await draftsDirNames()).filter(isTempFileName)).toEqual([]);
      note.details = `reported as "${result.ok ? 'ok' : result.error.code}"; original intact; ${leftovers.length} temp file left until the next start, which removed it`;
    });
  });

  it('a fault while writing the index or the history after the draft is durable does not fail or lose the save', async () => {
    await measured('fs-faults', 'ENOSPC/EIO while writing index.json or a history snapshot after the draft file was replaced', async (note) => {
      const details: string[] = [];
      for (const target of ['index', 'history'] as const) {
        for (const code of ['ENOSPC', 'EIO'] as const) {
          await removeDir(dataDir);
          dataDir = await makeTempDir('faults');
          fs = new FaultyFileSystem();
          handlers = createApiHandlers({ dataDir, preferencesStore: new MemoryStore(), fs, log: quiet });
          const created = await call('drafts.create', { meta: { headline: 'x' } });
          const id = (created as { ok: true; value: Draft }).value.id;
          await call('drafts.list', {});
          await handlers.services.drafts.flush();
          fs.plan = (operation, p) => {
            if (operation !== 'createExclusive') return undefined;
            const inTarget = target === 'index' ? path.basename(p).startsWith('.index.json') : p.includes(`${path.sep}history${path.sep}`);
            return inTarget ? code : undefined;
          };
          const saved = await call('drafts.save', saveRequestFor(id, 0));
          await handlers.services.drafts.flush();
          fs.plan = () => undefined;
          expect(saved, `${code} on ${target}`).toMatchObject({ ok: true, value: { revision: 1 } });
          expect(fs.injected.length, `${code} on ${target} was injected`).toBeGreaterThan(0);
          // A fresh process sees the saved revision whatever the index says.
          const reopened = createApiHandlers({ dataDir, preferencesStore: new MemoryStore(), log: quiet });
          const listing = await dispatchApiCall(reopened, 'drafts.list', {}, quiet);
          await reopened.services.drafts.flush();
          expect(listing).toMatchObject({ ok: true, value: { drafts: [{ id, revision: 1 }] } });
          note.cases += 1;
          details.push(`${code} on ${target}: save ok, reopened at revision 1`);
        }
      }
      note.details = details.join('; ');
    });
  });
});

describe('read-only data folder', () => {
  /*
   * These tests run as root, and chmod does not stop root (CAP_DAC_OVERRIDE), while a
   * read-only bind mount needs CAP_SYS_ADMIN. The folder is therefore made read-only
   * through the injectable FileSystem: every create, rename, unlink, mkdir and
   * directory removal fails with EROFS (read-only mount) or EACCES (no permission),
   * exactly as the kernel would report them; reads go to the real disk.
   */
  const MUTATIONS: Array<[string, (id: string) => unknown]> = [
    ['drafts.create', () => ({ meta: { headline: 'new' } })],
    ['drafts.save', (id) => saveRequestFor(id, 0)],
    ['drafts.duplicate', (id) => ({ id })],
    ['drafts.trash', (id) => ({ id })],
    ['drafts.restore', (id) => ({ id })],
    ['drafts.deleteForever', (id) => ({ id })],
    ['history.snapshot', (id) => ({ id, reason: 'manual' })],
    ['history.restore', (id) => ({ id, snapshotId: 'x-1' })],
  ];

  for (const code of ['EROFS', 'EACCES'] as const) {
    it(`opens read-only (${code}): lists and opens drafts, reports readOnly, refuses every mutation with "read-only"`, async () => {
      await measured('fs-faults', `read-only data folder (${code} on every write): drafts.list and every mutating channel`, async (note) => {
        const writable = createApiHandlers({ dataDir, preferencesStore: new MemoryStore(), log: quiet });
        const created = await dispatchApiCall(writable, 'drafts.create', { meta: { headline: 'Kept' } }, quiet);
        const id = (created as { ok: true; value: Draft }).value.id;
        await writable.services.drafts.flush();
        // A damaged file too: it must be reported but cannot be moved.
        await fsp.writeFile(path.join(dataDir, 'drafts', 'damaged.json'), '{"schemaVersion":1,');
        const before = await fsp.readdir(path.join(dataDir, 'drafts'));

        const WRITES = new Set<Operation>(['createExclusive', 'rename', 'unlink', 'mkdir', 'removeDirectory']);
        fs.plan = (operation) => (WRITES.has(operation) ? code : undefined);
        const listing = await call('drafts.list', {});
        expect(listing).toMatchObject({ ok: true, value: { readOnly: true, drafts: [{ id, headline: 'Kept' }] } });
        const quarantined = (listing as { ok: true; value: { quarantined: Array<{ fileName: string; reason: string }> } }).value.quarantined;
        expect(quarantined).toHaveLength(1);
        expect(quarantined[0]!.fileName).toMatch(/(^|\/)damaged\.json$/);
        expect(quarantined[0]!.reason).toMatch(/read-only/);
        expect(await call('drafts.open', { id })).toMatchObject({ ok: true, value: { id } });
        const refused: string[] = [];
        for (const [channel, payload] of MUTATIONS) {
          const result = await call(channel, payload(id));
          note.cases += 1;
          expect(result, channel).toMatchObject({ ok: false, error: { code: 'read-only' } });
          refused.push(channel);
        }
        expect(await fsp.readdir(path.join(dataDir, 'drafts'))).toEqual(before);
        fs.plan = () => undefined;
        // When the folder becomes writable again, the next listing notices.
        expect(await call('drafts.list', {})).toMatchObject({ ok: true, value: { readOnly: false } });
        note.details = `drafts.list → readOnly: true with the draft listed and the damaged file reported in place; drafts.open works; ${refused.length} mutations → "read-only" (${refused.join(', ')}); folder unchanged; writable again → readOnly: false`;
      });
    });
  }
});
