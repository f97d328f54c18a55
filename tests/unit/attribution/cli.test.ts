import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../../electron/cli/commands/attributions';
import { useTempDir } from '../helpers/temp-dir';

const dir = useTempDir({ prefix: 'copydesk-attributions-', scope: 'all' });
let first = '';
let second = '';

beforeAll(() => {
  first = path.join(dir(), 'first.txt');
  second = path.join(dir(), 'second.txt');
  writeFileSync(first, '“We will not back down,” the mayor said on Tuesday.\n');
  writeFileSync(second, 'The president will visit Moscow next month, according to Reuters.\n');
});
afterEach(() => vi.restoreAllMocks());

function capture(stream: NodeJS.WriteStream): () => string {
  const chunks: string[] = [];
  vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  return () => chunks.join('');
}

describe('copydesk attributions', () => {
  it('prints one JSON line per file with UTF-16 spans, in the order given', async () => {
    const stdout = capture(process.stdout);
    expect(await run(['--json', first, second])).toBe(0);
    const lines = stdout().trim().split('\n').map((line) => JSON.parse(line) as { file: string; attributions: unknown[] });
    expect(lines.map((l) => l.file)).toEqual([first, second]);
    const [attribution] = lines[0]!.attributions as { cue: { start: number; end: number }; type: string }[];
    const text = '“We will not back down,” the mayor said on Tuesday.\n';
    expect(text.slice(attribution!.cue.start, attribution!.cue.end)).toBe('said');
    expect(attribution!.type).toBe('direct');
    expect(Object.keys(attribution!)).toEqual(expect.arrayContaining(['cue', 'source', 'content', 'type', 'sourceName']));
  });

  it('lists attributions readably with line and column', async () => {
    const stdout = capture(process.stdout);
    expect(await run([second])).toBe(0);
    const [header, ...rows] = stdout().trim().split('\n');
    expect(header).toMatch(/second\.txt: \d+ attributions?$/);
    expect(rows).toContainEqual(expect.stringMatching(/^\s+1:45\s+according-to\s+according to \| Reuters \| The president will visit Moscow next month$/));
  });

  it('reports a missing file on one line of stderr and exits with 2', async () => {
    const stderr = capture(process.stderr);
    capture(process.stdout);
    expect(await run([path.join(dir(), 'missing.txt')])).toBe(2);
    expect(stderr().trim().split('\n')).toHaveLength(1);
    expect(stderr()).toContain('missing.txt');
  });

  it('refuses to run without files', async () => {
    capture(process.stderr);
    expect(await run(['--json'])).toBe(2);
  });
});
