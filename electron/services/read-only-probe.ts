import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { FileSystem } from './file-system';
import { isReadOnlyError } from './io-errors';
import { TEMP_FILE_SUFFIX } from './atomic-write';

/**
 * Whether files can be created in `dirPath`. Permission bits alone cannot tell
 * (root ignores them, read-only mounts keep them), so it tries: create, then remove, a probe file.
 */
export async function isDirectoryWritable(fs: FileSystem, dirPath: string): Promise<boolean> {
  const probePath = path.join(dirPath, `.write-probe-${randomBytes(6).toString('hex')}${TEMP_FILE_SUFFIX}`);
  try {
    const file = await fs.createExclusive(probePath);
    await file.close();
  } catch (error) {
    if (isReadOnlyError(error)) return false;
    throw error;
  }
  await fs.unlink(probePath);
  return true;
}
