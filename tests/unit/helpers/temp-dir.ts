import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

export async function makeTempDir(prefix = 'copydesk-test-'): Promise<string> {
  return fsp.mkdtemp(path.join(os.tmpdir(), prefix));
}

export async function removeTempDir(dir: string): Promise<void> {
  await fsp.rm(dir, { recursive: true, force: true });
}

export interface TempDirOptions {
  /** Start of the folder's name, so a folder left behind by a killed run says which tests made it. */
  readonly prefix?: string;
  /**
   * 'each' (the default): a fresh folder for every test, so no test sees another's files.
   * 'all': one folder for all the tests of the calling file or describe block, for setups too slow to repeat.
   */
  readonly scope?: 'each' | 'all';
}

/**
 * A temporary folder for the tests of the calling file or describe block, removed with
 * everything in it afterwards. Returns an accessor: the folder only exists once the
 * tests run, not while the file is being collected.
 *
 * Call it before registering the hooks that use the folder. Vitest runs before-hooks in
 * the order they were registered and after-hooks in the reverse order (sequence.hooks
 * 'stack', the default), so the caller's own clean-up (flushing a store, closing a
 * server) finishes before the folder is removed.
 */
export function useTempDir(options: TempDirOptions = {}): () => string {
  const { prefix, scope = 'each' } = options;
  let current: string | undefined;
  const create = async (): Promise<void> => {
    current = await makeTempDir(prefix);
  };
  const remove = async (): Promise<void> => {
    if (current === undefined) return;
    const dir = current;
    current = undefined;
    await removeTempDir(dir);
  };
  if (scope === 'each') {
    beforeEach(create);
    afterEach(remove);
  } else {
    beforeAll(create);
    afterAll(remove);
  }
  return () => {
    if (current === undefined) throw new Error('useTempDir: read the folder inside a test or a hook');
    return current;
  };
}
