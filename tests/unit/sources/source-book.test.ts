import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceBook, SOURCE_BOOK_FILE_NAME } from '../../../electron/services/source-book';
import { createApiHandlers } from '../../../electron/services/api-handlers';
import type { KeyValueStore } from '../../../electron/services/preferences';
import { useTempDir } from '../helpers/temp-dir';

const dataDir = useTempDir({ prefix: 'copydesk-source-book-' });

const fixedClock = { now: () => new Date('2026-04-20T10:00:00.000Z') };

const tass = {
  id: 'tass-custom',
  name: 'TASS',
  kind: 'wire-agency' as const,
  role: 'Russian state news agency',
  url: 'https://tass.com/',
  stateAffiliated: true,
};

function memoryPreferences(): KeyValueStore {
  const values = new Map<string, unknown>();
  return { get: (key) => values.get(key), set: (key, value) => values.set(key, value) };
}

describe('source book', () => {
  it('starts from the known outlets without writing a file', async () => {
    const book = new SourceBook({ dataDir: dataDir(), clock: fixedClock });
    const { entries, quarantined } = await book.list('ria');
    expect(quarantined).toBeNull();
    expect(entries[0]).toMatchObject({ name: 'RIA Novosti', role: 'Russian state news agency', stateAffiliated: true, kind: 'wire-agency' });
    expect(await readdir(dataDir())).toEqual([]);
  });

  it('ranks name prefixes before word prefixes and description matches', async () => {
    const book = new SourceBook({ dataDir: dataDir(), clock: fixedClock });
    await book.upsert({ id: 'anna-reuter', name: 'Anna Reuter', kind: 'person', role: 'economist' });
    const names = (await book.list('reuter')).entries.map((entry) => entry.name);
    expect(names).toEqual(['Reuters', 'Anna Reuter']);
  });

  it('keeps entries across instances, written atomically as validated JSON', async () => {
    const first = new SourceBook({ dataDir: dataDir(), clock: fixedClock });
    await first.upsert(tass);
    await first.upsert({ ...tass, notes: 'Cite with the state-media description.' });
    const stored = JSON.parse(await readFile(path.join(dataDir(), SOURCE_BOOK_FILE_NAME), 'utf8')) as { entries: Array<{ id: string; notes: string }> };
    expect(stored.entries.filter((entry) => entry.id === 'tass-custom')).toEqual([
      expect.objectContaining({ notes: 'Cite with the state-media description.', updatedAt: '2026-04-20T10:00:00.000Z' }),
    ]);
    expect((await readdir(dataDir())).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    const second = new SourceBook({ dataDir: dataDir(), clock: fixedClock });
    const found = (await second.list('tass')).entries.find((entry) => entry.id === 'tass-custom');
    expect(found).toMatchObject({ url: 'https://tass.com/', notes: 'Cite with the state-media description.' });
  });

  it('removes entries and refuses to remove one that does not exist', async () => {
    const book = new SourceBook({ dataDir: dataDir(), clock: fixedClock });
    await book.upsert(tass);
    await book.remove('tass-custom');
    expect((await book.list('tass')).entries.map((entry) => entry.id)).not.toContain('tass-custom');
    await expect(book.remove('tass-custom')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses entries that fail the source schema', async () => {
    const book = new SourceBook({ dataDir: dataDir(), clock: fixedClock });
    await expect(book.upsert({ ...tass, url: 'javascript:alert(1)' })).rejects.toThrow(/http/);
    await expect(book.upsert({ ...tass, name: '   ' })).rejects.toThrow();
  });

  it('quarantines a damaged file instead of silently resetting it', async () => {
    const damaged = '{"version":1,"entries":[{"id":"x","name":';
    await writeFile(path.join(dataDir(), SOURCE_BOOK_FILE_NAME), damaged);
    const book = new SourceBook({ dataDir: dataDir(), clock: fixedClock, log: () => undefined });
    const listing = await book.list();
    expect(listing.quarantined).toMatchObject({ fileName: SOURCE_BOOK_FILE_NAME });
    expect(listing.quarantined?.reason).toMatch(/not valid JSON/);
    expect(listing.entries.some((entry) => entry.name === 'Reuters')).toBe(true);
    const moved = (await readdir(path.join(dataDir(), 'quarantine'))).filter((name) => name.endsWith(SOURCE_BOOK_FILE_NAME));
    expect(moved).toHaveLength(1);
    expect(await readFile(path.join(dataDir(), 'quarantine', moved[0]!), 'utf8')).toBe(damaged);
  });

  it('quarantines a file that parses but does not validate', async () => {
    await writeFile(path.join(dataDir(), SOURCE_BOOK_FILE_NAME), JSON.stringify({ version: 1, entries: [{ id: 'BAD ID', name: 'x' }] }));
    const book = new SourceBook({ dataDir: dataDir(), clock: fixedClock, log: () => undefined });
    expect((await book.list()).quarantined?.reason).toMatch(/format/);
  });

  it('is reachable through the API handlers, and editing it leaves drafts alone', async () => {
    const api = createApiHandlers({ dataDir: dataDir(), preferencesStore: memoryPreferences(), clock: fixedClock });
    const { updatedAt: _stamp, ...reuters } = (await api['sourceBook.list']({ query: 'Reuters' })).entries[0]!;
    const draft = await api['drafts.create']({ sources: [{ ...reuters, id: 'copied-reuters', ownText: '' }] });
    await api['sourceBook.upsert']({ entry: { ...reuters, role: 'changed in the book' } });
    expect((await api['sourceBook.list']({ query: 'Reuters' })).entries[0]).toMatchObject({ role: 'changed in the book' });
    const reopened = await api['drafts.open']({ id: draft.id });
    expect(reopened.sources[0]).toMatchObject({ id: 'copied-reuters', role: 'news agency' });
    await api.services.drafts.flush();
  });
});
