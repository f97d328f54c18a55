import { promises as fsp, statSync } from 'node:fs';

/**
 * The few file operations the services use, behind an interface so tests can
 * inject ENOSPC/EIO/EACCES/EPERM at any single step and prove that nothing is lost.
 */
export interface WritableFile {
  write(data: Uint8Array, offset: number, length: number): Promise<number>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface FileStats {
  size: number;
  mtimeMs: number;
  isFile: boolean;
  isDirectory: boolean;
}

export interface FileSystem {
  /** Creates a new file; fails with EEXIST when it already exists. */
  createExclusive(filePath: string): Promise<WritableFile>;
  rename(from: string, to: string): Promise<void>;
  unlink(filePath: string): Promise<void>;
  /** Makes a completed rename in `dirPath` durable. */
  syncDirectory(dirPath: string): Promise<void>;
  readFile(filePath: string): Promise<Uint8Array>;
  readdir(dirPath: string): Promise<string[]>;
  stat(filePath: string): Promise<FileStats>;
  /** The stats of many files, null for each one that does not exist. */
  statMany(filePaths: readonly string[]): Promise<Array<FileStats | null>>;
  mkdir(dirPath: string): Promise<void>;
  removeDirectory(dirPath: string): Promise<void>;
}

/** About 5 ms of synchronous stats at a time, so other requests are not held up for long. */
const STAT_SLICE = 1000;

/** Windows cannot open a directory for fsync; there the rename is already durable enough. */
const DIRECTORY_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EACCES', 'EINVAL']);

export const nodeFileSystem: FileSystem = {
  async createExclusive(filePath) {
    const handle = await fsp.open(filePath, 'wx', 0o644);
    return {
      async write(data, offset, length) {
        const { bytesWritten } = await handle.write(data, offset, length);
        return bytesWritten;
      },
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  rename: (from, to) => fsp.rename(from, to),
  unlink: (filePath) => fsp.unlink(filePath),
  async syncDirectory(dirPath) {
    let handle;
    try {
      handle = await fsp.open(dirPath, 'r');
    } catch (error) {
      if (process.platform === 'win32' && DIRECTORY_SYNC_UNSUPPORTED.has(errorCode(error) ?? '')) return;
      throw error;
    }
    try {
      await handle.sync();
    } catch (error) {
      if (!(process.platform === 'win32' && DIRECTORY_SYNC_UNSUPPORTED.has(errorCode(error) ?? ''))) throw error;
    } finally {
      await handle.close();
    }
  },
  readFile: (filePath) => fsp.readFile(filePath),
  readdir: (dirPath) => fsp.readdir(dirPath),
  async stat(filePath) {
    const stats = await fsp.stat(filePath);
    return { size: stats.size, mtimeMs: stats.mtimeMs, isFile: stats.isFile(), isDirectory: stats.isDirectory() };
  },
  /**
   * Synchronous stats in slices, yielding to the event loop between them: the
   * library's first listing checks every draft against the index, and ten
   * thousand promise-based stats cost two to several times as much as
   * synchronous ones (a thread-pool round trip and a promise each).
   */
  async statMany(filePaths) {
    const results: Array<FileStats | null> = [];
    for (let start = 0; start < filePaths.length; start += STAT_SLICE) {
      if (start > 0) await new Promise((resolve) => setImmediate(resolve));
      for (const filePath of filePaths.slice(start, start + STAT_SLICE)) {
        const stats = statSync(filePath, { throwIfNoEntry: false });
        results.push(stats ? { size: stats.size, mtimeMs: stats.mtimeMs, isFile: stats.isFile(), isDirectory: stats.isDirectory() } : null);
      }
    }
    return results;
  },
  async mkdir(dirPath) {
    await fsp.mkdir(dirPath, { recursive: true });
  },
  removeDirectory: (dirPath) => fsp.rm(dirPath, { recursive: true, force: true }),
};

/** The errno code of a Node file-system error, if it is one. */
export function errorCode(error: unknown): string | undefined {
  // A failed write whose cleanup also failed carries both; the write's error is the one to report.
  if (error instanceof AggregateError) return errorCode(error.errors[0]);
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

export function isMissing(error: unknown): boolean {
  return errorCode(error) === 'ENOENT';
}
