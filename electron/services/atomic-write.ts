import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { FileSystem } from './file-system';
import { isMissing } from './file-system';

/** Temp files start with a dot and end in .tmp so no listing mistakes them for data. */
export const TEMP_FILE_SUFFIX = '.tmp';

export function isTempFileName(fileName: string): boolean {
  return fileName.startsWith('.') && fileName.endsWith(TEMP_FILE_SUFFIX);
}

function tempPathFor(filePath: string): string {
  const name = `.${path.basename(filePath)}.${randomBytes(6).toString('hex')}${TEMP_FILE_SUFFIX}`;
  return path.join(path.dirname(filePath), name);
}

/**
 * Replaces `filePath` with `data` so that a crash or an I/O error at any point
 * leaves either the old file or the new one, never a mix:
 * write a temp file in the same directory, fsync it, rename it over the
 * target, then fsync the directory so the rename itself survives power loss.
 *
 * Until the rename, a failure leaves the original untouched and removes the
 * temp file. A failure of the final directory fsync is still reported: the new
 * content is in place but its durability is not confirmed.
 */
export async function writeFileAtomic(fs: FileSystem, filePath: string, data: Uint8Array | string): Promise<void> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const tempPath = tempPathFor(filePath);
  let renamed = false;
  try {
    const file = await fs.createExclusive(tempPath);
    let writeError: unknown = undefined;
    try {
      let offset = 0;
      while (offset < bytes.length) {
        const written = await file.write(bytes, offset, bytes.length - offset);
        if (written <= 0) throw new Error(`writing ${tempPath} made no progress`);
        offset += written;
      }
      await file.sync();
    } catch (error) {
      writeError = error ?? new Error(`writing ${tempPath} failed`);
    }
    // The handle is closed even after a failed write so it never leaks. A close
    // error after a good write is a real error (buffered data may be lost);
    // after a failed write, the write error is the one worth reporting.
    try {
      await file.close();
    } catch (closeError) {
      if (writeError === undefined) throw closeError;
    }
    if (writeError !== undefined) throw writeError;
    await fs.rename(tempPath, filePath);
    renamed = true;
    await fs.syncDirectory(path.dirname(filePath));
  } catch (error) {
    if (!renamed) await removeTempFile(fs, tempPath, error);
    throw error;
  }
}

async function removeTempFile(fs: FileSystem, tempPath: string, originalError: unknown): Promise<void> {
  try {
    await fs.unlink(tempPath);
  } catch (cleanupError) {
    if (isMissing(cleanupError)) return;
    // Both failures matter: the caller must learn about the write error and the leftover file.
    throw new AggregateError(
      [originalError, cleanupError],
      `writing failed and the temp file ${tempPath} could not be removed`,
      { cause: cleanupError },
    );
  }
}

/** Moves a file (within one file system) and makes both directory entries durable. */
export async function moveFileDurably(fs: FileSystem, from: string, to: string): Promise<void> {
  await fs.rename(from, to);
  await fs.syncDirectory(path.dirname(to));
  if (path.dirname(to) !== path.dirname(from)) await fs.syncDirectory(path.dirname(from));
}
