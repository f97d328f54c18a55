import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../../electron/cli/commands/import';
import { DraftSchema } from '../../../shared/model/draft';
import { useTempDir } from '../helpers/temp-dir';

const SAMPLE = fileURLToPath(new URL('../../../../shared/samples/scraped-wire-rewrite.txt', import.meta.url));

describe('copydesk import', () => {
  const dir = useTempDir({ prefix: 'copydesk-import-' });
  let output: string;

  beforeEach(() => {
    output = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      output += String(chunk);
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      output += String(chunk);
      return true;
    });
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('writes a valid draft for the sample and prints what it removed and proposes', async () => {
    const out = path.join(dir(), 'drafts');
    expect(await run([SAMPLE, '-o', out])).toBe(0);
    const [file] = await readdir(out);
    const draft = DraftSchema.parse(JSON.parse(await readFile(path.join(out, file!), 'utf8')));
    expect(file).toBe(`${draft.id}.json`);
    expect(draft.meta.headline).toBe('Le Pen wants closer ties between NATO and Russia – It wants to stay in the EU');
    expect(output).toContain('[comment-form] Please enter your comment!');
    expect(output).toContain('[trailing-credit → credit] Source: Capital');
    expect(output).toMatch(/RIA Novosti \(wire agency, state-affiliated\)/);
  });

  it('exits 2 when a file is unusable, after importing the others', async () => {
    const good = path.join(dir(), 'good.md');
    const bad = path.join(dir(), 'bad.docx');
    await writeFile(good, '# Budget talks collapse\n\nThe finance minister said on Tuesday that the budget would be presented to parliament next week.\n');
    await writeFile(bad, 'plain text');
    expect(await run([good, bad, path.join(dir(), 'missing.txt'), '-o', dir()])).toBe(2);
    expect((await readdir(dir())).filter((name) => name.endsWith('.json'))).toHaveLength(1);
    expect(output).toContain('bad.docx is not a Word document');
    expect(output).toContain('missing.txt could not be read: no such file.');
  });

  it('exits 2 with usage when no file is named', async () => {
    expect(await run(['-o', dir()])).toBe(2);
    expect(output).toContain('usage: import FILE... [-o DIR]');
  });
});
