import path from 'node:path';
import { promises as fsp } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readIndexFile, writeIndexFile } from '../../../electron/services/index-file';
import type { IndexEntry } from '../../../electron/services/index-file';
import { nodeFileSystem } from '../../../electron/services/file-system';
import { useTempDir } from '../helpers/temp-dir';

const dir = useTempDir();
const indexFile = () => path.join(dir(), 'index.json');

function entry(id: string, headline: string): IndexEntry {
  const at = '2026-03-01T09:00:00.000Z';
  return { summary: { id, revision: 2, headline, status: 'draft', wordCount: 120, updatedAt: at, createdAt: at }, size: 4096, mtimeMs: 1772355600123.456 };
}

async function rewriteEntries(change: (entries: Array<Record<string, unknown>>) => void): Promise<void> {
  const file = JSON.parse(await fsp.readFile(indexFile(), 'utf8')) as { entries: Array<Record<string, unknown>> };
  change(file.entries);
  await fsp.writeFile(indexFile(), JSON.stringify(file));
}

describe('index file', () => {
  it('reads back exactly the entries it wrote, headlines with quotes and non-ASCII text included', async () => {
    const entries = [entry('a', 'Minister says "no" — again'), entry('b', 'Überschwemmung in 東京 \u2028 line')];
    await writeIndexFile(nodeFileSystem, indexFile(), entries);
    expect(await readIndexFile(nodeFileSystem, indexFile())).toEqual({ ok: true, entries });
  });

  it('still reads an index changed by hand when every entry is valid', async () => {
    await writeIndexFile(nodeFileSystem, indexFile(), [entry('a', 'Alpha')]);
    await rewriteEntries((entries) => {
      (entries[0]!['summary'] as Record<string, unknown>)['headline'] = 'Alpha, edited';
    });
    const read = await readIndexFile(nodeFileSystem, indexFile());
    expect(read.ok && read.entries.map((e) => e.summary.headline)).toEqual(['Alpha, edited']);
  });

  it('refuses an index changed by hand into an invalid entry, so the library is rebuilt from the drafts', async () => {
    await writeIndexFile(nodeFileSystem, indexFile(), [entry('a', 'Alpha'), entry('b', 'Beta')]);
    await rewriteEntries((entries) => {
      (entries[1]!['summary'] as Record<string, unknown>)['updatedAt'] = 'yesterday';
    });
    expect(await readIndexFile(nodeFileSystem, indexFile())).toEqual({ ok: false, reason: 'invalid' });
  });

  it('validates the entries again when they no longer match the stored hash', async () => {
    await writeIndexFile(nodeFileSystem, indexFile(), [entry('a', 'Alpha')]);
    const text = await fsp.readFile(indexFile(), 'utf8');
    // Same hash, different entries: the hash no longer matches, so the entries are validated.
    await fsp.writeFile(indexFile(), text.replace('"revision":2', '"revision":-2'));
    expect(await readIndexFile(nodeFileSystem, indexFile())).toEqual({ ok: false, reason: 'invalid' });
  });
});
