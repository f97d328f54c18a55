import path from 'node:path';
import { promises as fsp } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../electron/services/atomic-write';
import { nodeFileSystem } from '../../../electron/services/file-system';
import type { FaultStep } from './test-helpers';
import { faultyFileSystem } from './test-helpers';
import { FaultyFileSystem } from '../../reliability/support/faulty-fs';
import { useTempDir } from '../helpers/temp-dir';

const dir = useTempDir();

describe('writeFileAtomic', () => {
  it('creates and then replaces a file, leaving no temp file behind', async () => {
    const target = path.join(dir(), 'draft.json');
    await writeFileAtomic(nodeFileSystem, target, 'first');
    await writeFileAtomic(nodeFileSystem, target, new TextEncoder().encode('second'));
    expect(await fsp.readFile(target, 'utf8')).toBe('second');
    expect(await fsp.readdir(dir())).toEqual(['draft.json']);
  });

  it('writes the temp file, syncs it, renames it and then syncs the folder, in that order', async () => {
    const target = path.join(dir(), 'draft.json');
    const fs = faultyFileSystem('unlink', 'EIO', () => false);
    await writeFileAtomic(fs, target, 'content');
    const steps = fs.calls.map((call) => call.split(' ')[0]);
    expect(steps).toEqual(['createExclusive', 'write', 'sync', 'close', 'rename', 'syncDirectory']);
    expect(fs.calls.at(-1)).toBe(`syncDirectory ${dir()}`);
  });

  const stepsBeforeRename: FaultStep[] = ['createExclusive', 'write', 'sync', 'close', 'rename'];
  for (const step of stepsBeforeRename) {
    for (const code of ['ENOSPC', 'EIO', 'EACCES', 'EPERM']) {
      it(`keeps the original intact and removes the temp file when ${step} fails with ${code}`, async () => {
        const target = path.join(dir(), 'draft.json');
        await fsp.writeFile(target, 'original');
        const fs = faultyFileSystem(step, code);
        await expect(writeFileAtomic(fs, target, 'replacement')).rejects.toMatchObject({ code });
        expect(await fsp.readFile(target, 'utf8')).toBe('original');
        expect(await fsp.readdir(dir())).toEqual(['draft.json']);
      });
    }
  }

  it('reports a failed folder sync even though the new content is already in place', async () => {
    const target = path.join(dir(), 'draft.json');
    await fsp.writeFile(target, 'original');
    const fs = faultyFileSystem('syncDirectory', 'EIO');
    await expect(writeFileAtomic(fs, target, 'replacement')).rejects.toMatchObject({ code: 'EIO' });
    expect(await fsp.readFile(target, 'utf8')).toBe('replacement');
    expect(await fsp.readdir(dir())).toEqual(['draft.json']);
  });

  it('reports both errors when the temp file cannot be removed after a failed write', async () => {
    const target = path.join(dir(), 'draft.json');
    const fs = new FaultyFileSystem();
    fs.plan = (operation) => (operation === 'sync' ? 'ENOSPC' : operation === 'unlink' ? 'EPERM' : undefined);
    const failure = await writeFileAtomic(fs, target, 'x').then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(AggregateError);
    const codes = (failure as AggregateError).errors.map((error: { code?: string }) => error.code);
    expect(codes).toEqual(['ENOSPC', 'EPERM']);
  });
});
