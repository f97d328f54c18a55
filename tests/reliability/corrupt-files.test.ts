import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { DraftStore } from '../../electron/services/draft-store';
import { serializeDraft } from '../../electron/services/draft-files';
import { PreferencesService } from '../../electron/services/preferences';
import { openPreferencesFile } from '../../electron/web/preferences-file';
import { startWebHost } from '../../electron/web/server';
import { API_PATH_PREFIX, TOKEN_HEADER } from '../../shared/api/bridge';
import type { Draft } from '../../shared/model/draft';
import { defaultPreferences } from '../../shared/model/preferences';
import { contentFor } from './support/crash-content';
import { DAMAGED_DRAFT_FILES } from './support/damaged-draft-files';
import { FaultyFileSystem } from './support/faulty-fs';
import { measured } from './support/records';
import { makeTempDir, removeDir } from './support/temp';

const quiet = (): void => {};
let dataDir: string;

beforeEach(async () => {
  dataDir = await makeTempDir('corrupt');
});
afterEach(async () => {
  // A failed test may leave the store working in the background; give it a moment before removing the folder.
  await new Promise((resolve) => setTimeout(resolve, 50));
  await removeDir(dataDir).catch(() => removeDir(dataDir));
});

function validDraft(id: string, revision = 4): Draft {
  return {
    schemaVersion: 1,
    id,
    revision,
    meta: {
      headline: `Headline of ${id}`,
      standfirst: '',
      byline: '',
      section: '',
      tags: [],
      slug: '',
      dateline: '',
      credit: '',
      basedOnOtherOutlet: false,
    },
    sources: [],
    content: contentFor(id, revision),
    status: 'draft',
    checkOverrides: [],
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:30:00.000Z',
  };
}

function deeplyNested(id: string, depth: number): string {
  let node = '{"type":"text","version":1,"text":"deep"}';
  for (let index = 0; index < depth; index += 1) node = `{"type":"paragraph","version":1,"children":[${node}]}`;
  const draft = validDraft(id) as unknown as Record<string, unknown>;
  return JSON.stringify({ ...draft, content: '@@' }).replace('"@@"', `{"root":{"type":"root","version":1,"children":[${node}]}}`);
}

describe('corrupt draft files', () => {
  it('quarantines or refuses each damaged file with a message, and the rest of the library still opens', async () => {
    await measured('corrupt-files', `${DAMAGED_DRAFT_FILES.length} kinds of damaged draft file among good drafts`, async (note) => {
      const draftsDir = path.join(dataDir, 'drafts');
      await fsp.mkdir(draftsDir, { recursive: true });
      const good = ['good-one', 'good-two', 'good-three'];
      for (const id of good) await fsp.writeFile(path.join(draftsDir, `${id}.json`), serializeDraft(validDraft(id)));
      // Hostile but well-formed: prototype-pollution keys in a hand-edited draft are dropped, never applied.
      await fsp.writeFile(
        path.join(draftsDir, 'proto-keys.json'),
        serializeDraft(validDraft('proto-keys')).replace(
          '"sources":[],',
          '"sources":[], "__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}},',
        ),
      );
      good.push('proto-keys');
      const originals = new Map<string, Buffer>();
      for (const file of DAMAGED_DRAFT_FILES) {
        const filePath = path.join(draftsDir, `${file.name}.json`);
        if (file.sparseBytes !== undefined) {
          await fsp.writeFile(filePath, '{"schemaVersion":1,');
          await fsp.truncate(filePath, file.sparseBytes);
        } else {
          const bytes = Buffer.from(file.bytes!(validDraft(file.name)));
          originals.set(file.name, bytes);
          await fsp.writeFile(filePath, bytes);
        }
      }
      // Records every read, to prove the 200 MB file is refused from its size alone.
      const fs = new FaultyFileSystem();
      const reads: string[] = [];
      fs.plan = (operation, filePath) => {
        if (operation === 'readFile') reads.push(filePath);
        return undefined;
      };
      const rssBefore = process.memoryUsage().rss;
      const store = new DraftStore({ dataDir, fs, log: quiet });
      const listing = await store.list();
      await store.flush();
      const rssGrowthMb = (process.memoryUsage().rss - rssBefore) / 1024 / 1024;

      expect(listing.drafts.map((d) => d.id).sort()).toEqual([...good].sort());
      expect(reads.some((p) => p.endsWith('huge.json'))).toBe(false);
      const reasons = new Map(listing.quarantined.map((q) => [path.basename(q.fileName), q.reason]));
      const summary: string[] = [];
      for (const file of DAMAGED_DRAFT_FILES) {
        const reason = reasons.get(`${file.name}.json`);
        expect(reason, `${file.name} (${file.what}) is reported`).toBeDefined();
        expect(reason, `${file.name} says why`).toMatch(file.reason);
        summary.push(`${file.what} → "${reason}"`);
        note.cases += 1;
      }
      // Quarantined, not deleted: every damaged file is kept byte for byte.
      const stored = await fsp.readdir(path.join(dataDir, 'quarantine'));
      for (const [name, bytes] of originals) {
        const kept = stored.find((entry) => entry.endsWith(`-${name}.json`));
        expect(kept, `${name} kept in quarantine`).toBeDefined();
        expect((await fsp.readFile(path.join(dataDir, 'quarantine', kept!))).equals(bytes), `${name} kept byte for byte`).toBe(true);
      }
      const huge = stored.find((entry) => entry.endsWith('-huge.json'));
      expect((await fsp.stat(path.join(dataDir, 'quarantine', huge!))).size).toBe(200 * 1024 * 1024);
      expect(await fsp.readdir(draftsDir).then((names) => names.sort())).toEqual(good.map((id) => `${id}.json`).sort());
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      // Opening a good draft still works; the library is usable.
      expect((await store.open('good-two')).revision).toBe(4);
      const hostile = (await store.open('proto-keys')) as unknown as Record<string, unknown>;
      expect(Object.getPrototypeOf(hostile)).toBe(Object.prototype);
      expect(hostile['polluted']).toBeUndefined();
      expect(Object.keys(hostile)).not.toContain('constructor');
      note.details = `all ${note.cases} quarantined with a message, kept byte for byte; the 3 good drafts (and one carrying __proto__/constructor.prototype keys, which were dropped: Object.prototype untouched) listed and open; the 200 MB file was never read (memory grew ${rssGrowthMb.toFixed(0)} MB). ${summary.join('; ')}`;
    });
  });

  it('quarantines a hand-edited draft nested 5,000 levels deep instead of failing the whole library', async () => {
    await measured('corrupt-files', 'a draft file whose content is nested 5,000 levels deep (hand-edited), among good drafts', async (note) => {
      const draftsDir = path.join(dataDir, 'drafts');
      await fsp.mkdir(draftsDir, { recursive: true });
      await fsp.writeFile(path.join(draftsDir, 'good.json'), serializeDraft(validDraft('good')));
      await fsp.writeFile(path.join(draftsDir, 'deep-nesting.json'), deeplyNested('deep-nesting', 5000));
      note.cases = 1;
      const store = new DraftStore({ dataDir, log: quiet });
      let listing;
      try {
        listing = await store.list();
      } catch (error) {
        note.details = `drafts.list failed for the whole library: ${(error as Error).name}: ${(error as Error).message}`;
        throw error;
      } finally {
        await store.flush().catch(() => undefined);
      }
      expect(listing.drafts.map((d) => d.id)).toEqual(['good']);
      expect(listing.quarantined.map((q) => path.basename(q.fileName))).toEqual(['deep-nesting.json']);
      note.details = `quarantined with "${listing.quarantined[0]?.reason}"; the good draft listed`;
    });
  });

  it('opening a damaged draft directly reports it instead of failing or resetting it', async () => {
    await measured('corrupt-files', 'drafts.open on a damaged file (truncated) without listing first', async (note) => {
      const draftsDir = path.join(dataDir, 'drafts');
      await fsp.mkdir(draftsDir, { recursive: true });
      const bytes = Buffer.from(serializeDraft(validDraft('cut')).slice(0, 500));
      await fsp.writeFile(path.join(draftsDir, 'cut.json'), bytes);
      const store = new DraftStore({ dataDir, log: quiet });
      await expect(store.open('cut')).rejects.toMatchObject({ code: 'not-found', details: { quarantined: true } });
      note.cases = 1;
      const listing = await store.list();
      await store.flush();
      expect(listing.quarantined).toHaveLength(1);
      note.details = 'drafts.open → not-found with details.quarantined = true and the reason; the file is in quarantine and listed as such';
    });
  });
});

describe('corrupt library index', () => {
  const INDEX_CASES: Array<[string, string | Buffer]> = [
    ['garbage', 'this is not json'],
    ['truncated', '{"formatVersion":1,"entries":[{"summary":{"id":"a"'],
    ['zero-filled', Buffer.alloc(2048)],
    ['wrong shape', '{"formatVersion":1,"entries":{"a":1}}'],
    ['future format', '{"formatVersion":9,"entries":[]}'],
    ['lists a draft that does not exist and misses two that do', ''],
    ['stale revision with the same size and mtime as the file', ''],
  ];

  it('rebuilds a damaged or lying index from the draft files, never losing a draft', async () => {
    await measured('corrupt-files', `${INDEX_CASES.length} damaged or lying index.json files`, async (note) => {
      const results: string[] = [];
      for (const [label, content] of INDEX_CASES) {
        await removeDir(dataDir);
        dataDir = await makeTempDir('corrupt');
        const first = new DraftStore({ dataDir, log: quiet });
        const ids: string[] = [];
        for (let index = 0; index < 3; index += 1) ids.push((await first.create({ meta: { headline: `D${index}` } })).id);
        await first.list();
        await first.flush();
        const indexFile = path.join(dataDir, 'index.json');
        if (label.startsWith('lists a draft')) {
          const index = JSON.parse(await fsp.readFile(indexFile, 'utf8')) as { entries: Array<{ summary: { id: string } }> };
          index.entries = index.entries.filter((entry) => entry.summary.id === ids[0]);
          index.entries.push({ ...structuredClone(index.entries[0]!), summary: { ...index.entries[0]!.summary, id: 'ghost' } });
          await fsp.writeFile(indexFile, JSON.stringify(index));
        } else if (label.startsWith('stale revision')) {
          // Save behind the index's back, then make the file's size and mtime match the index's record.
          const index = JSON.parse(await fsp.readFile(indexFile, 'utf8')) as { entries: Array<{ summary: { id: string; revision: number; headline: string }; size: number; mtimeMs: number }> };
          const entry = index.entries.find((e) => e.summary.id === ids[1])!;
          entry.summary.headline = 'STALE';
          await fsp.writeFile(indexFile, JSON.stringify(index));
        } else {
          await fsp.writeFile(indexFile, content);
        }
        const reopened = new DraftStore({ dataDir, log: quiet });
        const listing = await reopened.list();
        await reopened.flush();
        note.cases += 1;
        const listed = listing.drafts.map((d) => d.id).sort();
        expect(listed, label).toEqual([...ids].sort());
        if (label.startsWith('stale revision')) {
          // The file did not change, so the index may be trusted for it: a hand-edited index is not a threat model,
          // but the headline shown must still be the draft's own once the draft is opened.
          const opened = await reopened.open(ids[1]!);
          expect(opened.meta.headline).toBe('D1');
          results.push(`${label}: listed ${listing.drafts.find((d) => d.id === ids[1])?.headline === 'STALE' ? 'the index headline (file unchanged, index trusted)' : 'the file headline'}; open returns the file`);
        } else {
          const rebuilt = JSON.parse(await fsp.readFile(indexFile, 'utf8')) as { formatVersion: number; entries: unknown[] };
          expect(rebuilt.formatVersion, label).toBe(1);
          expect(rebuilt.entries, label).toHaveLength(3);
          results.push(`${label}: all 3 drafts listed, index rebuilt`);
        }
        expect(listing.quarantined, label).toEqual([]);
      }
      note.details = results.join('; ');
    });
  });
});

describe('corrupt preferences file', () => {
  const PREFERENCE_CASES: Array<[string, string | Buffer]> = [
    ['garbage', 'not json at all'],
    ['truncated', '{"preferences": {"theme": "da'],
    ['zero-filled', Buffer.alloc(1024)],
    ['byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"preferences":{"theme":"dark"}}')])],
    ['wrong types', '{"preferences":{"theme":"neon","autosaveDelayMs":-5,"editorName":42,"export":"x"}}'],
    ['not an object', '{"preferences":[1,2,3]}'],
    ['top-level array', '[]'],
  ];

  it('starts with defaults (or the valid fields), keeps the damaged file, and the drafts are untouched', async () => {
    await measured('corrupt-files', `${PREFERENCE_CASES.length} damaged preferences.json files, opened by the web host`, async (note) => {
      const results: string[] = [];
      for (const [label, content] of PREFERENCE_CASES) {
        await removeDir(dataDir);
        dataDir = await makeTempDir('corrupt');
        const store = new DraftStore({ dataDir, log: quiet });
        const draft = await store.create({ meta: { headline: 'Survives' } });
        await store.flush();
        await fsp.writeFile(path.join(dataDir, 'preferences.json'), content);
        let outcome: string;
        try {
          const opened = await openPreferencesFile(dataDir);
          const service = new PreferencesService(opened.store, quiet);
          const prefs = service.get();
          expect(Object.keys(prefs).sort(), label).toEqual(Object.keys(defaultPreferences()).sort());
          // Saving a preference afterwards works and does not throw.
          service.set({ theme: 'light' });
          expect(service.get().theme, label).toBe('light');
          const aside = (await fsp.readdir(dataDir)).filter((name) => name.startsWith('preferences.json.damaged-'));
          outcome = opened.problem
            ? `moved aside as ${aside.length === 1 ? 'preferences.json.damaged-…' : '?'}; defaults`
            : service.problems.length > 0
              ? `field by field repair (${service.problems.length} problems reported)`
              : `read as ${prefs.theme === 'dark' ? 'valid (theme dark kept)' : 'defaults'}`;
        } catch (error) {
          throw new Error(`${label}: opening the preferences failed: ${(error as Error).message}`, { cause: error });
        }
        // The web host itself starts and lists the draft.
        const host = await startWebHost({ dataDir, log: quiet, logError: quiet, staticDir: dataDir });
        try {
          const response = await fetch(`http://127.0.0.1:${host.port}${API_PATH_PREFIX}drafts.list`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
            body: '{}',
          });
          const body = (await response.json()) as { ok: boolean; value: { drafts: Array<{ id: string }> } };
          expect(body.ok, label).toBe(true);
          expect(body.value.drafts.map((d) => d.id), label).toEqual([draft.id]);
        } finally {
          await host.close();
        }
        note.cases += 1;
        results.push(`${label}: ${outcome}; host started, draft listed`);
      }
      note.details = results.join('; ');
    });
  });
});
