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

/**
 * The file name of a draft. The id is validated again here, not only at the API
 * boundary, because a file name built from an unchecked string could escape the folder.
 */
export function draftFileName(id: string): string {
  if (!IdSchema.safeParse(id).success) throw new ApiError('invalid-request', `"${id}" is not a valid draft id.`);
  return `${id}${DRAFT_FILE_EXTENSION}`;
}

/** The id a draft file name stands for, or null for anything that is not a draft file. */
export function idFromDraftFileName(fileName: string): string | null {
  if (!fileName.endsWith(DRAFT_FILE_EXTENSION)) return null;
  const id = fileName.slice(0, -DRAFT_FILE_EXTENSION.length);
  return IdSchema.safeParse(id).success ? id : null;
}
