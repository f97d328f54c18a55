import { ApiError } from '../../shared/api/errors';
import { errorCode } from './file-system';

const READ_ONLY_CODES = new Set(['EROFS', 'EACCES', 'EPERM']);

export function isReadOnlyError(error: unknown): boolean {
  return READ_ONLY_CODES.has(errorCode(error) ?? '');
}

/**
 * Turns a file-system error into an ApiError an editor can act on. Errors
 * without an errno code are programming errors and pass through unchanged,
 * so dispatch reports them as internal. `folderWritable` says a probe found
 * the folder writable, so a permission error is about one file, not the folder.
 */
export function toApiError(error: unknown, action: string, folderWritable = false): unknown {
  if (error instanceof ApiError) return error;
  const code = errorCode(error);
  if (code === undefined) return error;
  if (READ_ONLY_CODES.has(code) && folderWritable) {
    // The folder takes writes, so one file was locked (antivirus, a sync tool): the code stays
    // 'read-only' (the file could not be written) but the editor is told that retrying can work.
    return new ApiError('read-only', `Could not ${action}: access to the file was denied (${code}). Try again in a moment.`, {
      code,
      transient: true,
    });
  }
  if (READ_ONLY_CODES.has(code)) {
    return new ApiError('read-only', `Could not ${action}: the data folder cannot be written (${code}).`, { code });
  }
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new ApiError('io', `Could not ${action}: the disk is full. Nothing was changed.`, { code });
  }
  return new ApiError('io', `Could not ${action}: ${code}.`, { code });
}
