import path from 'node:path';
import { promises as fsp } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DraftStore } from '../../../electron/services/draft-store';
import type { FileSystem } from '../../../electron/services/file-system';
import { serializeDraft } from '../../../electron/services/draft-files';
import { readIndexFile } from '../../../electron/services/draft-index';
import { nodeFileSystem } from '../../../electron/services/file-system';
import { documentWith, ManualClock, recordingFileSystem, sampleDraft } from './test-helpers';
import { useTempDir } from '../helpers/temp-dir';

const dataDir = useTempDir();
const stores: DraftStore[] = [];

function openStore(fs?: FileSystem): DraftStore {
  const store = new DraftStore({ dataDir: dataDir(), clock: new ManualClock(), log: () => {}, ...(fs ? { fs } : {}) });
  stores.push(store);
  return store;
}

async function writeDraftDirectly(id: string, headline: string, text = 'One two three.'): Promise<void> {
  const draft = { ...sampleDraft(id), meta: { ...sampleDraft(id).meta, headline }, content: documentWith(text) };
  await fsp.writeFile(path.join(dataDir(), 'drafts', `${id}.json`), serializeDraft(draft));
}

const indexFile = () => path.join(dataDir(), 'index.json');

beforeEach(async () => {
  await fsp.mkdir(path.join(dataDir(), 'drafts'));
});
afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.flush()));
});

describe('library index', () => {
  it('is built from the draft files when missing, with word counts', async () => {
    await writeDraftDirectly('a', 'Alpha', 'Four words right here.');
    await writeDraftDirectly('b', 'Beta');
    const store = openStore();
    const list = await store.list();
    expect(list.drafts.map((summary) => [summary.id, summary.headline, summary.wordCount]).sort()).toEqual([
      ['a', 'Alpha', 4],
      ['b', 'Beta', 3],
    ]);
    await store.flush();
    const stored = await readIndexFile(nodeFileSystem, indexFile());
    expect(stored.ok && stored.entries.map((entry) => entry.summary.id).sort()).toEqual(['a', 'b']);
  });

  it('lists from the index alone when it is up to date: no draft file is read', async () => {
    await writeDraftDirectly('a', 'Alpha');
    await writeDraftDirectly('b', 'Beta');
    const first = openStore();
    await first.list();
    await first.flush();
    const fs = recordingFileSystem();
    const list = await openStore(fs).list();
    expect(list.drafts).toHaveLength(2);
    expect(fs.reads.filter((file) => file.includes(`${path.sep}drafts${path.sep}`))).toEqual([]);
    expect(fs.reads).toContain(indexFile());
  });

  it('is rebuilt when the index file is corrupt', async () => {
    await writeDraftDirectly('a', 'Alpha');
    await fsp.writeFile(indexFile(), '{"formatVersion":1,"entries":[{"summ');
    const store = openStore();
    expect((await store.list()).drafts.map((summary) => summary.headline)).toEqual(['Alpha']);
    await store.flush();
    expect((await readIndexFile(nodeFileSystem, indexFile())).ok).toBe(true);
  });

  it('picks up a draft changed behind its back (size or mtime differ)', async () => {
    await writeDraftDirectly('a', 'Alpha');
    const first = openStore();
    await first.list();
    await first.flush();
    await writeDraftDirectly('a', 'Alpha, corrected by a sync tool');
    const later = new Date(Date.now() + 5000);
    await fsp.utimes(path.join(dataDir(), 'drafts', 'a.json'), later, later);
    expect((await openStore().list()).drafts.map((summary) => summary.headline)).toEqual(['Alpha, corrected by a sync tool']);
  });

  it('drops entries whose files disappeared and adds files that appeared while running', async () => {
    await writeDraftDirectly('a', 'Alpha');
    await writeDraftDirectly('b', 'Beta');
    const store = openStore();
    await store.list();
    await fsp.unlink(path.join(dataDir(), 'drafts', 'a.json'));
    await writeDraftDirectly('c', 'Gamma');
    expect((await store.list()).drafts.map((summary) => summary.id).sort()).toEqual(['b', 'c']);
  });

  it('ignores an index entry for a draft that no longer exists on disk', async () => {
    await writeDraftDirectly('a', 'Alpha');
    const first = openStore();
    await first.list();
    await first.flush();
    await fsp.unlink(path.join(dataDir(), 'drafts', 'a.json'));
    expect((await openStore().list()).drafts).toEqual([]);
  });

  it('keeps the index current through saves, so a fresh process lists the new headline', async () => {
    const store = openStore();
    const draft = await store.create({ meta: { headline: 'Old' } });
    await store.list();
    await store.save({ ...draft, baseRevision: draft.revision, meta: { ...draft.meta, headline: 'New' } });
    await store.flush();
    const fs = recordingFileSystem();
    expect((await openStore(fs).list()).drafts.map((summary) => summary.headline)).toEqual(['New']);
    expect(fs.reads.filter((file) => file.endsWith(`${draft.id}.json`))).toEqual([]);
  });
});
