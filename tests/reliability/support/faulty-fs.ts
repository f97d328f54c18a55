import type { FileSystem, WritableFile } from '../../../electron/services/file-system';
import { nodeFileSystem } from '../../../electron/services/file-system';

export const WRITE_STEPS = ['createExclusive', 'write', 'sync', 'close', 'rename', 'syncDirectory'] as const;
export type Operation = (typeof WRITE_STEPS)[number] | 'unlink' | 'mkdir' | 'removeDirectory' | 'readFile' | 'readdir' | 'stat';

/** Decides, per call, whether it fails and with which errno code. */
export type FaultPlan = (operation: Operation, filePath: string) => string | undefined;

export function errnoError(code: string, syscall: string, filePath: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: injected fault, ${syscall} '${filePath}'`);
  error.code = code;
  error.syscall = syscall;
  error.path = filePath;
  return error;
}

/**
 * node:fs behind the services' FileSystem interface, with a plan that can make
 * any single call fail. `plan` can be swapped at any time (e.g. cleared to retry).
 */
export class FaultyFileSystem implements FileSystem {
  plan: FaultPlan = () => undefined;
  readonly injected: string[] = [];
  /** Temp-file handles opened and not yet closed, to prove none leak. */
  openHandles = 0;

  private check(operation: Operation, filePath: string): void {
    const code = this.plan(operation, filePath);
    if (code !== undefined) {
      this.injected.push(`${operation} ${code} ${filePath}`);
      throw errnoError(code, operation, filePath);
    }
  }

  async createExclusive(filePath: string): Promise<WritableFile> {
    this.check('createExclusive', filePath);
    const file = await nodeFileSystem.createExclusive(filePath);
    this.openHandles += 1;
    return {
      write: async (data, offset, length) => {
        this.check('write', filePath);
        return file.write(data, offset, length);
      },
      sync: async () => {
        this.check('sync', filePath);
        return file.sync();
      },
      close: async () => {
        // The real handle is always released, as a real close that reports an error still frees the descriptor.
        await file.close();
        this.openHandles -= 1;
        this.check('close', filePath);
      },
    };
  }

  async rename(from: string, to: string): Promise<void> {
    this.check('rename', to);
    return nodeFileSystem.rename(from, to);
  }

  async unlink(filePath: string): Promise<void> {
    this.check('unlink', filePath);
    return nodeFileSystem.unlink(filePath);
  }

  async syncDirectory(dirPath: string): Promise<void> {
    this.check('syncDirectory', dirPath);
    return nodeFileSystem.syncDirectory(dirPath);
  }

  async readFile(filePath: string): Promise<Uint8Array> {
    this.check('readFile', filePath);
    return nodeFileSystem.readFile(filePath);
  }

  async readdir(dirPath: string): Promise<string[]> {
    this.check('readdir', dirPath);
    return nodeFileSystem.readdir(dirPath);
  }

  async stat(filePath: string): ReturnType<FileSystem['stat']> {
    this.check('stat', filePath);
    return nodeFileSystem.stat(filePath);
  }

  async statMany(filePaths: readonly string[]): ReturnType<FileSystem['statMany']> {
    for (const filePath of filePaths) this.check('stat', filePath);
    return nodeFileSystem.statMany(filePaths);
  }

  async mkdir(dirPath: string): Promise<void> {
    this.check('mkdir', dirPath);
    return nodeFileSystem.mkdir(dirPath);
  }

  async removeDirectory(dirPath: string): Promise<void> {
    this.check('removeDirectory', dirPath);
    return nodeFileSystem.removeDirectory(dirPath);
  }
}
