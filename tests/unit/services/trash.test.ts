import path from 'node:path';
import { promises as fsp } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DraftStore } from '../../../electron/services/draft-store';
import { ApiError } from '../../../shared/api/errors';
import { ManualClock } from './test-helpers';
import { useTempDir } from '../helpers/temp-dir';

const dataDir = useTempDir();
let store: DraftStore;

beforeEach(() => {
  store = new DraftStore({ dataDir: dataDir(), clock: new ManualClock(), log: () => {} });
});
afterEach(async () => {
  await store.flush();
});

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: unknown) => (error instanceof ApiError ? error.code : String(error)),
  );

describe('trash', () => {
  it('moves a draft to the trash, out of the library, and restores it unchanged', async () => {
    const draft = await store.create({ meta: { headline: 'Archive me' } });
    await store.trash(draft.id);
    expect((await store.list()).drafts).toEqual([]);
    expect((await store.listTrash()).drafts.map((summary) => summary.headline)).toEqual(['Archive me']);
    expect(await fsp.readdir(path.join(dataDir(), 'trash'))).toEqual([`${draft.id}.json`]);
    await expect(store.open(draft.id)).rejects.toMatchObject({ code: 'not-found', details: { inTrash: true } });

    await store.restore(draft.id);
    expect((await store.listTrash()).drafts).toEqual([]);
    expect(await store.open(draft.id)).toEqual(draft);
    expect((await store.list()).drafts.map((summary) => summary.id)).toEqual([draft.id]);
  });

  it('deletes forever only from the trash, together with the history', async () => {
    const draft = await store.create({});
    await store.snapshot(draft.id, 'manual');
    expect(await codeOf(store.deleteForever(draft.id))).toBe('refused');
    await store.trash(draft.id);
    await store.deleteForever(draft.id);
    expect((await store.listTrash()).drafts).toEqual([]);
    await expect(fsp.stat(path.join(dataDir(), 'history', draft.id))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await codeOf(store.restore(draft.id))).toBe('not-found');
    expect(await codeOf(store.deleteForever(draft.id))).toBe('not-found');
  });

  it('refuses to restore over a draft with the same id', async () => {
    const draft = await store.create({});
    await store.trash(draft.id);
    await fsp.copyFile(path.join(dataDir(), 'trash', `${draft.id}.json`), path.join(dataDir(), 'drafts', `${draft.id}.json`));
    expect(await codeOf(store.restore(draft.id))).toBe('conflict');
    expect((await store.listTrash()).drafts).toHaveLength(1);
  });

  it('reports trashing a draft that does not exist', async () => {
    expect(await codeOf(store.trash('missing'))).toBe('not-found');
  });
});
