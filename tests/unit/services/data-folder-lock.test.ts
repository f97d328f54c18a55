import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { acquireDataFolderLock, DataFolderInUseError, LOCK_FILE_NAME } from '../../../electron/services/data-folder-lock';
import { useTempDir } from '../helpers/temp-dir';

const dataDir = useTempDir();

const lockPath = () => path.join(dataDir(), LOCK_FILE_NAME);
const writeLock = (record: object) => fsp.writeFile(lockPath(), JSON.stringify(record));
const startedAt = '2026-03-01T09:00:00.000Z';

describe('data folder lock', () => {
  it('is held once per folder and released on request', async () => {
    const lock = await acquireDataFolderLock(dataDir());
    expect(lock.held).toBe(true);
    expect(JSON.parse(await fsp.readFile(lockPath(), 'utf8'))).toMatchObject({ pid: process.pid });
    await expect(acquireDataFolderLock(dataDir())).rejects.toBeInstanceOf(DataFolderInUseError);
    await lock.release();
    await expect(fsp.stat(lockPath())).rejects.toMatchObject({ code: 'ENOENT' });
    const again = await acquireDataFolderLock(dataDir());
    await again.release();
  });

  it('refuses a folder locked by another running process on this machine, naming it', async () => {
    await writeLock({ pid: process.ppid, hostname: os.hostname(), startedAt });
    const error = await acquireDataFolderLock(dataDir()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DataFolderInUseError);
    expect((error as Error).message).toContain(String(process.ppid));
  });

  it('respects a lock taken on another machine (shared folder)', async () => {
    await writeLock({ pid: 1, hostname: `${os.hostname()}-elsewhere`, startedAt });
    await expect(acquireDataFolderLock(dataDir())).rejects.toBeInstanceOf(DataFolderInUseError);
  });

  it('takes over a lock whose process has exited, or that an earlier process with our pid left', async () => {
    const exited = spawnSync(process.execPath, ['-e', '']).pid;
    await writeLock({ pid: exited, hostname: os.hostname(), startedAt });
    const first = await acquireDataFolderLock(dataDir());
    await first.release();

    await writeLock({ pid: process.pid, hostname: os.hostname(), startedAt });
    const second = await acquireDataFolderLock(dataDir());
    expect(JSON.parse(await fsp.readFile(lockPath(), 'utf8')).startedAt).not.toBe(startedAt);
    await second.release();
  });

  it('takes over an unreadable lock file', async () => {
    await fsp.writeFile(lockPath(), '{"pid":');
    const lock = await acquireDataFolderLock(dataDir());
    expect(lock.held).toBe(true);
    await lock.release();
  });

  it('does not remove a lock that another holder took over', async () => {
    const lock = await acquireDataFolderLock(dataDir());
    await writeLock({ pid: process.ppid, hostname: os.hostname(), startedAt });
    await lock.release();
    expect(JSON.parse(await fsp.readFile(lockPath(), 'utf8')).pid).toBe(process.ppid);
  });
});
