import path from 'node:path';
import { promises as fsp } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_DRAFT_FILE_BYTES, parseDraftBytes, readDraftFile, serializeDraft } from '../../../electron/services/draft-files';
import { nodeFileSystem } from '../../../electron/services/file-system';
import { sampleDraft } from './test-helpers';
import { WRITTEN_DAMAGED_DRAFT_FILES } from '../../reliability/support/damaged-draft-files';
import { useTempDir } from '../helpers/temp-dir';

const encode = (text: string) => new TextEncoder().encode(text);

describe('parseDraftBytes', () => {
  it('accepts what serializeDraft writes', () => {
    const result = parseDraftBytes(encode(serializeDraft(sampleDraft())), 'draft-1');
    expect(result).toEqual({ ok: true, draft: sampleDraft() });
  });

  it.each(WRITTEN_DAMAGED_DRAFT_FILES.map((file) => [file.what, file] as const))('refuses %s with a reason', (_what, file) => {
    const result = parseDraftBytes(file.bytes(sampleDraft(file.name)), file.name);
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(file.reason) });
  });

  it('refuses a document nested thousands of levels deep without overflowing the stack', () => {
    // Built as text: JSON.stringify itself recurses and would overflow first.
    const deep = `${'{"type":"paragraph","version":1,"children":['.repeat(5000)}{"type":"text","version":1,"text":"deep"}${']}'.repeat(5000)}`;
    const shell = JSON.stringify({ ...sampleDraft(), content: { root: { type: 'root', version: 1, children: ['DEEP'] } } });
    const result = parseDraftBytes(encode(shell.replace('"DEEP"', deep)), 'draft-1');
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/nested/) });
  });

  it('refuses a file whose name and content disagree', () => {
    const result = parseDraftBytes(encode(serializeDraft(sampleDraft('other'))), 'draft-1');
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/file name says "draft-1"/) });
  });
});

describe('readDraftFile', () => {
  const dir = useTempDir();

  it('reports a missing file as missing', async () => {
    expect(await readDraftFile(nodeFileSystem, path.join(dir(), 'nope.json'))).toEqual({ kind: 'missing' });
  });

  it('refuses a huge file without reading it', async () => {
    const filePath = path.join(dir(), 'huge.json');
    const handle = await fsp.open(filePath, 'w');
    await handle.truncate(MAX_DRAFT_FILE_BYTES + 1); // sparse: no real disk use
    await handle.close();
    let read = false;
    const fs = { ...nodeFileSystem, readFile: async (p: string) => ((read = true), nodeFileSystem.readFile(p)) };
    const result = await readDraftFile(fs, filePath);
    expect(result).toMatchObject({ kind: 'corrupt', reason: expect.stringMatching(/limit/) });
    expect(read).toBe(false);
  });

  it('propagates read errors other than a missing file', async () => {
    const filePath = path.join(dir(), 'draft-1.json');
    await fsp.writeFile(filePath, serializeDraft(sampleDraft()));
    const fs = { ...nodeFileSystem, readFile: () => Promise.reject(Object.assign(new Error('EIO'), { code: 'EIO' })) };
    await expect(readDraftFile(fs, filePath, 'draft-1')).rejects.toMatchObject({ code: 'EIO' });
  });
});
