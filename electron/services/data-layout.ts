import path from 'node:path';
import { IdSchema } from '../../shared/model/ids';
import { ApiError } from '../../shared/api/errors';

/** Where everything lives inside one data folder. */
export interface DataLayout {
  readonly dataDir: string;
  readonly draftsDir: string;
  readonly trashDir: string;
  readonly historyDir: string;
  readonly quarantineDir: string;
  readonly indexFile: string;
}

export function dataLayout(dataDir: string): DataLayout {
  const root = path.resolve(dataDir);
  return {
    dataDir: root,
    draftsDir: path.join(root, 'drafts'),
    trashDir: path.join(root, 'trash'),
    historyDir: path.join(root, 'history'),
    quarantineDir: path.join(root, 'quarantine'),
    indexFile: path.join(root, 'index.json'),
  };
}

export const DRAFT_FILE_EXTENSION = '.json';

/** Whether an id can safely become a file or folder name on every platform. */
export function isSafeDraftId(id: string): boolean {
  // IdSchema refuses path separators, dots and Windows device names.
  return IdSchema.safeParse(id).success;
}

/**
 * Refuses any id that cannot safely become a path. Checked here, where paths
 * are built, and not only at the API boundary: a file name built from an
 * unchecked string could escape the folder or open a device.
 */
export function assertSafeDraftId(id: string): string {
  if (!isSafeDraftId(id)) throw new ApiError('invalid-request', `"${id}" is not a valid draft id.`);
  return id;
}

export function draftFileName(id: string): string {
  return `${assertSafeDraftId(id)}${DRAFT_FILE_EXTENSION}`;
}

/** The id a draft file name stands for, or null for anything that is not a draft file. */
export function idFromDraftFileName(fileName: string): string | null {
  if (!fileName.endsWith(DRAFT_FILE_EXTENSION)) return null;
  const id = fileName.slice(0, -DRAFT_FILE_EXTENSION.length);
  return isSafeDraftId(id) ? id : null;
}
