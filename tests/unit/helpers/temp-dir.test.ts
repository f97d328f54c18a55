import path from 'node:path';
import { promises as fsp } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from './temp-dir';

const exists = (file: string) => fsp.stat(file).then(() => true, () => false);

// The tests in each block depend on running in order: each checks what the one before left behind.
describe('useTempDir, one folder per test', () => {
  const dir = useTempDir({ prefix: 'copydesk-temp-dir-test-' });
  const seen: string[] = [];
  const stillThereInLaterHook: boolean[] = [];
  // Registered after useTempDir, so it must run before the folder goes: stores flush in hooks like this one.
  afterEach(async () => {
    stillThereInLaterHook.push(await exists(dir()));
  });

  it('gives the test an empty folder under the system temp folder, named with the prefix', async () => {
    seen.push(dir());
    expect(path.basename(dir())).toMatch(/^copydesk-temp-dir-test-/);
    expect(await fsp.readdir(dir())).toEqual([]);
    await fsp.writeFile(path.join(dir(), 'left-behind.txt'), 'from the first test');
  });

  it('gives the next test a fresh empty folder, the last one removed with its files only after the later hooks ran', async () => {
    expect(dir()).not.toBe(seen[0]);
    expect(await fsp.readdir(dir())).toEqual([]);
    expect(await exists(seen[0]!)).toBe(false);
    expect(stillThereInLaterHook).toEqual([true]);
  });
});

const blockFolders: string[] = [];

describe("useTempDir, one folder for the block ('all')", () => {
  const dir = useTempDir({ scope: 'all' });

  it('gives the first test an empty folder', async () => {
    blockFolders.push(dir());
    expect(await fsp.readdir(dir())).toEqual([]);
    await fsp.writeFile(path.join(dir(), 'shared.txt'), 'kept for the next test');
  });

  it('gives the next test the same folder, with what the first wrote', async () => {
    expect(dir()).toBe(blockFolders[0]);
    expect(await fsp.readFile(path.join(dir(), 'shared.txt'), 'utf8')).toBe('kept for the next test');
  });
});

describe('useTempDir, after its block', () => {
  it('has removed the block folder with its files', async () => {
    expect(blockFolders).toHaveLength(1);
    expect(await exists(blockFolders[0]!)).toBe(false);
  });
});
