import path from 'node:path';
import { promises as fsp } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DraftStore } from '../../../electron/services/draft-store';
import type { DraftStoreOptions } from '../../../electron/services/draft-store';
import { ApiError } from '../../../shared/api/errors';
import type { ParsedRequestOf } from '../../../shared/api/channels';
import type { Draft } from '../../../shared/model/draft';
import { documentWith, faultyFileSystem, ManualClock, sampleDraft } from './test-helpers';
import { WRITTEN_DAMAGED_DRAFT_FILES } from '../../reliability/support/damaged-draft-files';
import { useTempDir } from '../helpers/temp-dir';

const dataDir = useTempDir();
let clock: ManualClock;
const logged: string[] = [];
const openStores: DraftStore[] = [];

function openStore(options: Partial<DraftStoreOptions> = {}): DraftStore {
  const store = new DraftStore({ dataDir: dataDir(), clock, log: (message) => logged.push(message), ...options });
  openStores.push(store);
  return store;
}

function saveOf(draft: Draft, changes: Partial<ParsedRequestOf<'drafts.save'>> = {}): ParsedRequestOf<'drafts.save'> {
  return {
    id: draft.id,
    baseRevision: draft.revision,
    meta: draft.meta,
    sources: draft.sources,
    content: draft.content,
    status: draft.status,
    checkOverrides: draft.checkOverrides,
    ...changes,
  };
}

async function expectApiError(promise: Promise<unknown>, code: string): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).code).toBe(code);
  return error as ApiError;
}

beforeEach(() => {
  clock = new ManualClock();
  logged.length = 0;
});
afterEach(async () => {
  // Index writes run in the background; let them finish before the folder goes.
  await Promise.all(openStores.splice(0).map((store) => store.flush()));
});

describe('DraftStore: create, open, save', () => {
  it('creates a draft with defaults, writes it as one JSON file and lists it', async () => {
    const store = openStore();
    const draft = await store.create({ meta: { headline: 'Flood warning' } });
    expect(draft).toMatchObject({ revision: 0, status: 'draft', meta: { headline: 'Flood warning', byline: '' } });
    expect(draft.createdAt).toBe(clock.now().toISOString());
    const onDisk = JSON.parse(await fsp.readFile(path.join(dataDir(), 'drafts', `${draft.id}.json`), 'utf8'));
    expect(onDisk).toEqual(draft);
    const list = await store.list();
    expect(list).toMatchObject({ readOnly: false, quarantined: [] });
    expect(list.drafts.map((summary) => summary.id)).toEqual([draft.id]);
  });

  it('saves a new revision and opens it again from disk', async () => {
    const store = openStore();
    const draft = await store.create({});
    clock.advanceMinutes(1);
    const saved = await store.save(saveOf(draft, { content: documentWith('Rain is expected tonight.'), status: 'ready' }));
    expect(saved).toEqual({ revision: 1, updatedAt: clock.now().toISOString() });
    const reopened = await openStore().open(draft.id);
    expect(reopened).toMatchObject({ revision: 1, status: 'ready', createdAt: draft.createdAt });
    expect(reopened.content).toEqual(documentWith('Rain is expected tonight.'));
    const [summary] = (await openStore().list()).drafts;
    expect(summary).toMatchObject({ revision: 1, wordCount: 4 });
  });

  it('refuses a stale save with a conflict and keeps the stored version', async () => {
    const store = openStore();
    const draft = await store.create({});
    await store.save(saveOf(draft, { meta: { ...draft.meta, headline: 'First tab' } }));
    const error = await expectApiError(store.save(saveOf(draft, { meta: { ...draft.meta, headline: 'Second tab' } })), 'conflict');
    expect(error.details).toEqual({ currentRevision: 1 });
    expect((await store.open(draft.id)).meta.headline).toBe('First tab');
  });

  it('serializes concurrent saves of one draft: exactly one of two saves on the same base wins', async () => {
    const store = openStore();
    const draft = await store.create({});
    const results = await Promise.allSettled([
      store.save(saveOf(draft, { meta: { ...draft.meta, headline: 'A' } })),
      store.save(saveOf(draft, { meta: { ...draft.meta, headline: 'B' } })),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    const stored = await store.open(draft.id);
    expect(stored.revision).toBe(1);
    const winner = results[0]!.status === 'fulfilled' ? 'A' : 'B';
    expect(stored.meta.headline).toBe(winner);
  });

  it('uses revisions, not the clock, to decide: a save with the clock set back still wins on revision', async () => {
    const store = openStore();
    const draft = await store.create({});
    clock.set(new Date('2020-01-01T00:00:00.000Z'));
    const saved = await store.save(saveOf(draft, { meta: { ...draft.meta, headline: 'Later edit' } }));
    expect(saved.revision).toBe(1);
    await expectApiError(store.save(saveOf(draft)), 'conflict');
  });

  it('reports a missing draft as not-found', async () => {
    await expectApiError(openStore().open('no-such-draft'), 'not-found');
    await expectApiError(openStore().save(saveOf(sampleDraft('no-such-draft'))), 'not-found');
  });

  it('rejects ids that could escape the drafts folder even when called directly', async () => {
    const store = openStore();
    for (const id of ['../../etc/passwd', '..', 'a/b', 'A', '', 'con', 'nul', 'com1', 'lpt9', 'aux']) {
      await expectApiError(store.open(id), 'invalid-request');
      await expectApiError(store.listHistory(id), 'invalid-request');
    }
  });

  it('duplicates a draft under a new id with its content and sources', async () => {
    const store = openStore();
    const draft = await store.create({ meta: { headline: 'Budget', slug: 'budget' }, content: documentWith('Taxes rise.') });
    const copy = await store.duplicate(draft.id);
    expect(copy.id).not.toBe(draft.id);
    expect(copy).toMatchObject({ revision: 0, meta: { headline: 'Budget (copy)', slug: '' }, content: draft.content });
    expect((await store.list()).drafts).toHaveLength(2);
  });

  it('leaves the stored draft intact and reports the error when the disk is full', async () => {
    const draft = await openStore().create({ meta: { headline: 'Kept' } });
    const store = openStore({ fs: faultyFileSystem('write', 'ENOSPC', (file) => file.includes(`${path.sep}drafts${path.sep}`)) });
    const error = await expectApiError(store.save(saveOf(draft, { meta: { ...draft.meta, headline: 'Lost?' } })), 'io');
    expect(error.message).toMatch(/disk is full/);
    expect((await openStore().open(draft.id)).meta.headline).toBe('Kept');
    expect((await fsp.readdir(path.join(dataDir(), 'drafts'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('removes temp files left by a crash when the library opens', async () => {
    const draft = await openStore().create({});
    const leftover = path.join(dataDir(), 'drafts', `.${draft.id}.json.abc123.tmp`);
    await fsp.writeFile(leftover, '{"half":');
    await openStore().list();
    await expect(fsp.stat(leftover)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('DraftStore: damaged files', () => {
  for (const file of WRITTEN_DAMAGED_DRAFT_FILES) {
    it(`quarantines ${file.what}, reports it and still lists the rest`, async () => {
      const store = openStore();
      const good = await store.create({ meta: { headline: 'Good' } });
      const content = file.bytes(sampleDraft(file.name));
      await fsp.writeFile(path.join(dataDir(), 'drafts', `${file.name}.json`), content);
      const list = await openStore().list();
      expect(list.drafts.map((summary) => summary.id)).toEqual([good.id]);
      expect(list.quarantined).toHaveLength(1);
      expect(list.quarantined[0]).toMatchObject({ fileName: `drafts/${file.name}.json`, reason: expect.stringMatching(file.reason) });
      const quarantined = await fsp.readdir(path.join(dataDir(), 'quarantine'));
      const moved = quarantined.find((name) => name.endsWith(`-${file.name}.json`))!;
      expect(await fsp.readFile(path.join(dataDir(), 'quarantine', moved))).toEqual(Buffer.from(content));
      await expect(fsp.stat(path.join(dataDir(), 'drafts', `${file.name}.json`))).rejects.toMatchObject({ code: 'ENOENT' });
    });
  }

  it('quarantines a draft found damaged when opened and says so', async () => {
    const store = openStore();
    const draft = await store.create({});
    await store.list();
    await fsp.writeFile(path.join(dataDir(), 'drafts', `${draft.id}.json`), '{"schemaVersion":1,');
    const error = await expectApiError(store.open(draft.id), 'not-found');
    expect(error.details).toMatchObject({ quarantined: true });
    const list = await store.list();
    expect(list.drafts).toEqual([]);
    expect(list.quarantined.map((entry) => entry.fileName)).toEqual([`drafts/${draft.id}.json`]);
  });
});

describe('DraftStore: a damaged file that cannot be quarantined', () => {
  it('still lists the rest of the library and reports the file in place', async () => {
    const good = await openStore().create({ meta: { headline: 'Good' } });
    await fsp.writeFile(path.join(dataDir(), 'drafts', 'damaged.json'), '{"trunc');
    const store = openStore({ fs: faultyFileSystem('rename', 'EIO', (target) => target.includes(`${path.sep}quarantine${path.sep}`)) });
    const list = await store.list();
    expect(list.drafts.map((summary) => summary.id)).toEqual([good.id]);
    expect(list.quarantined).toMatchObject([{ fileName: 'drafts/damaged.json', reason: expect.stringMatching(/could not be moved.*EIO/) }]);
    expect(await fsp.readFile(path.join(dataDir(), 'drafts', 'damaged.json'), 'utf8')).toBe('{"trunc');
    // Listed again, it is reported once, not twice.
    expect((await store.list()).quarantined).toHaveLength(1);
  });
});

describe('DraftStore: transient permission errors', () => {
  it('reports a locked file (EPERM on rename) without turning the library read-only, so a retry succeeds', async () => {
    const draft = await openStore().create({});
    let failures = 1;
    const fs = faultyFileSystem('rename', 'EPERM', () => failures-- > 0);
    const store = openStore({ fs });
    const error = await expectApiError(store.save(saveOf(draft)), 'read-only');
    expect(error.details).toMatchObject({ code: 'EPERM', transient: true });
    expect((await store.list()).readOnly).toBe(false);
    expect(await store.save(saveOf(draft))).toMatchObject({ revision: 1 });
  });
});

describe('DraftStore: read-only folder', () => {
  it('reports readOnly, still lists, and refuses changes with read-only', async () => {
    const draft = await openStore().create({ meta: { headline: 'Archived' } });
    const store = openStore({ fs: faultyFileSystem('createExclusive', 'EROFS') });
    const list = await store.list();
    expect(list.readOnly).toBe(true);
    expect(list.drafts.map((summary) => summary.id)).toEqual([draft.id]);
    expect((await store.open(draft.id)).meta.headline).toBe('Archived');
    await expectApiError(store.save(saveOf(draft)), 'read-only');
    await expectApiError(store.create({}), 'read-only');
    await expectApiError(store.trash(draft.id), 'read-only');
  });

  it('reports a damaged file in a read-only folder without moving it', async () => {
    await fsp.mkdir(path.join(dataDir(), 'drafts'), { recursive: true });
    await fsp.writeFile(path.join(dataDir(), 'drafts', 'damaged.json'), '{');
    const store = openStore({ fs: faultyFileSystem('createExclusive', 'EACCES') });
    const list = await store.list();
    expect(list.readOnly).toBe(true);
    expect(list.quarantined).toMatchObject([{ fileName: 'drafts/damaged.json', reason: expect.stringMatching(/read-only/) }]);
    expect(await fsp.readFile(path.join(dataDir(), 'drafts', 'damaged.json'), 'utf8')).toBe('{');
  });
});
