import os from 'node:os';
import path from 'node:path';
import { promises as fsp } from 'node:fs';
import { z } from 'zod';
import { errorCode } from './file-system';
import { isReadOnlyError } from './io-errors';

export const LOCK_FILE_NAME = '.copydesk.lock';

const LockRecordSchema = z.object({
  pid: z.number().int().positive(),
  hostname: z.string(),
  startedAt: z.string(),
});
type LockRecord = z.infer<typeof LockRecordSchema>;

export class DataFolderInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockRecord,
  ) {
    super(
      `Another Copydesk (process ${holder.pid}, started ${holder.startedAt}) is using the data folder ${dataDir}. ` +
        'Only one program may write a library at a time: close the other one, or use --data to choose another folder. ' +
        `If no other Copydesk is running, delete ${path.join(dataDir, LOCK_FILE_NAME)}.`,
    );
    this.name = 'DataFolderInUseError';
  }
}

export interface DataFolderLock {
  /** False when the folder is read-only: nobody can write it, so there is nothing to guard. */
  readonly held: boolean;
  release(): Promise<void>;
}

/** Lock files this process holds now; a lock with our pid that is not here was left by an earlier process. */
const heldHere = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return errorCode(error) === 'EPERM';
  }
}

async function readHolder(lockPath: string): Promise<LockRecord | null> {
  try {
    const parsed = LockRecordSchema.safeParse(JSON.parse(await fsp.readFile(lockPath, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch (error) {
    if (error instanceof SyntaxError || errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

function isHeldElsewhere(holder: LockRecord, lockPath: string, hostname: string): boolean {
  // Another machine's process cannot be checked (a shared network folder): its lock is respected.
  if (holder.hostname !== hostname) return true;
  if (holder.pid === process.pid) return heldHere.has(lockPath);
  return isAlive(holder.pid);
}

/**
 * Makes this process the only writer of a data folder. Revision checks stop
 * stale saves within one process; two processes (two web hosts, or the web
 * host beside the desktop app) could still both read revision 5 and both
 * write revision 6, so the second one is refused at start instead. A lock
 * left by a process that no longer runs on this machine is taken over.
 */
export async function acquireDataFolderLock(dataDir: string): Promise<DataFolderLock> {
  const lockPath = path.join(dataDir, LOCK_FILE_NAME);
  const mine: LockRecord = { pid: process.pid, hostname: os.hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await fsp.writeFile(lockPath, JSON.stringify(mine), { flag: 'wx' });
      heldHere.add(lockPath);
      return {
        held: true,
        async release() {
          heldHere.delete(lockPath);
          const holder = await readHolder(lockPath);
          if (holder?.pid === mine.pid && holder.startedAt === mine.startedAt) await fsp.rm(lockPath, { force: true });
        },
      };
    } catch (error) {
      if (isReadOnlyError(error)) return { held: false, release: async () => {} };
      if (errorCode(error) !== 'EEXIST') throw error;
    }
    const holder = await readHolder(lockPath);
    if (holder && isHeldElsewhere(holder, lockPath, mine.hostname)) throw new DataFolderInUseError(dataDir, holder);
    // Stale (its process is gone, or an earlier process had our pid, as after a container restart) or unreadable: replace it.
    await fsp.rm(lockPath, { force: true });
  }
  throw new Error(`could not take the lock ${lockPath}`);
}
