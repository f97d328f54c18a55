import path from 'node:path';
import { promises as fsp } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DraftStore } from '../../../electron/services/draft-store';
import { serializeDraft } from '../../../electron/services/draft-files';
import { readIndexFile } from '../../../electron/services/draft-index';
import { dispatchApiCall } from '../../../electron/services/dispatch';
import { nodeFileSystem } from '../../../electron/services/file-system';
import type { ApiHandlers, ParsedRequestOf } from '../../../shared/api/channels';
import type { Draft } from '../../../shared/model/draft';
import { ApiError } from '../../../shared/api/errors';
import { documentWith, ManualClock } from './test-helpers';
import { useTempDir } from '../helpers/temp-dir';

const dataDir = useTempDir();
const stores: DraftStore[] = [];

function openStore(): DraftStore {
  const store = new DraftStore({ dataDir: dataDir(), clock: new ManualClock(), log: () => {} });
  stores.push(store);
  return store;
}

function saveOf(draft: Draft, changes: Partial<ParsedRequestOf<'drafts.save'>> = {}): ParsedRequestOf<'drafts.save'> {
  const { id, revision, meta, sources, content, status, checkOverrides } = draft;
  return { id, baseRevision: revision, meta, sources, content, status, checkOverrides, ...changes };
}

const draftFile = (id: string) => path.join(dataDir(), 'drafts', `${id}.json`);

afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.flush()));
});

describe('saving without reading the draft again', () => {
  it('still refuses a stale save after the file was replaced behind its back with one of the same size', async () => {
    const store = openStore();
    const draft = await store.create({ meta: { headline: 'Council vote' }, content: documentWith('First version.') });
    await store.save(saveOf(draft, { content: documentWith('Second version.') }));
    const stored = JSON.parse(await fsp.readFile(draftFile(draft.id), 'utf8')) as Draft;
    // Revision 1 becomes 7: the same number of bytes, so only the mtime tells the files apart.
    const replaced = serializeDraft({ ...stored, revision: 7, content: documentWith('Synced version!') });
    expect(Buffer.byteLength(replaced)).toBe((await fsp.stat(draftFile(draft.id))).size);
    await fsp.writeFile(draftFile(draft.id), replaced);

    const refused = await store.save({ ...saveOf(draft), baseRevision: 1 }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({ code: 'conflict', details: { currentRevision: 7 } });
    expect(await fsp.readFile(draftFile(draft.id), 'utf8')).toBe(replaced);
  });

  it('writes what the editor sent through the API and reads it back unchanged in a new process', async () => {
    const store = openStore();
    const draft = await store.create({ meta: { headline: 'Budget' } });
    await store.list();
    const handlers = { 'drafts.save': (request: ParsedRequestOf<'drafts.save'>) => store.save(request) } as unknown as ApiHandlers;
    const edit = saveOf(draft, { content: documentWith('Taxes rise.', 'Spending falls.'), status: 'in-review' });
    const result = await dispatchApiCall(handlers, 'drafts.save', JSON.parse(JSON.stringify(edit)));
    expect(result).toMatchObject({ ok: true, value: { revision: 1 } });
    expect((await store.list()).drafts.map((summary) => [summary.revision, summary.status, summary.wordCount])).toEqual([[1, 'in-review', 4]]);
    const reopened = await openStore().open(draft.id);
    expect(reopened).toMatchObject({ id: draft.id, revision: 1, status: 'in-review', createdAt: draft.createdAt, meta: { headline: 'Budget' } });
    expect(reopened.content).toEqual(documentWith('Taxes rise.', 'Spending falls.'));
  });

  it('validates a save built in-process in full, and an invalid document never reaches the disk', async () => {
    const store = openStore();
    const draft = await store.create({ content: documentWith('Kept.') });
    const before = await fsp.readFile(draftFile(draft.id), 'utf8');
    const broken = { root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: -1 }] } };
    await expect(store.save(saveOf(draft, { content: broken as Draft['content'] }))).rejects.toThrow();
    expect(await fsp.readFile(draftFile(draft.id), 'utf8')).toBe(before);
    expect((await openStore().open(draft.id)).content).toEqual(documentWith('Kept.'));
  });
});

describe('the index after a crash', () => {
  it('loses nothing when the process dies before the index is written: the next start lists the saved draft', async () => {
    const first = openStore();
    const draft = await first.create({ meta: { headline: 'Old headline' } });
    await first.list();
    await first.flush();
    await first.save(saveOf(draft, { meta: { ...draft.meta, headline: 'New headline' }, content: documentWith('One two three four.') }));
    // The save has answered; its index write is still pending, as if the process had been killed now.
    const stale = await readIndexFile(nodeFileSystem, path.join(dataDir(), 'index.json'));
    expect(stale.ok && stale.entries.map((entry) => entry.summary.headline)).toEqual(['Old headline']);

    const listed = await openStore().list();
    expect(listed.drafts.map((summary) => [summary.headline, summary.revision, summary.wordCount])).toEqual([['New headline', 1, 4]]);
  });

  it('writes the index once the burst of saves is over, without being asked', async () => {
    const store = openStore();
    const draft = await store.create({ meta: { headline: 'Draft' } });
    await store.list();
    let revision = draft.revision;
    for (const headline of ['One', 'Two', 'Three']) {
      revision = (await store.save({ ...saveOf(draft, { meta: { ...draft.meta, headline } }), baseRevision: revision })).revision;
    }
    await expect
      .poll(async () => {
        const stored = await readIndexFile(nodeFileSystem, path.join(dataDir(), 'index.json'));
        return stored.ok ? stored.entries.map((entry) => entry.summary.headline) : [];
      }, { timeout: 10_000, interval: 200 })
      .toEqual(['Three']);
  });

  it('still writes the index during an unbroken run of saves, at least every 30 seconds', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const store = openStore();
      const draft = await store.create({ meta: { headline: 'Draft' } });
      await store.list();
      await store.flush();
      let revision = draft.revision;
      // One save a second: changes never pause for the 2 s the index waits for.
      for (let second = 0; second < 30; second += 1) {
        const edit = saveOf(draft, { meta: { ...draft.meta, headline: `Edit ${second}` } });
        revision = (await store.save({ ...edit, baseRevision: revision })).revision;
        vi.advanceTimersByTime(1000);
      }
      const storedHeadline = async (): Promise<string | undefined> => {
        const stored = await readIndexFile(nodeFileSystem, path.join(dataDir(), 'index.json'));
        return stored.ok ? stored.entries[0]?.summary.headline : undefined;
      };
      // The write runs on real I/O while the timers stay frozen: wait for it by the real clock.
      const deadline = performance.now() + 10_000;
      while ((await storedHeadline()) === 'Draft' && performance.now() < deadline) {
        await new Promise((resolve) => setImmediate(resolve));
      }
      expect(await storedHeadline()).toBe('Edit 29');
    } finally {
      vi.useRealTimers();
    }
  });
});
