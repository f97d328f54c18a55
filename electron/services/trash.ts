import path from 'node:path';
import type { DraftSummary } from '../../shared/model/draft';
import type { FileSystem } from './file-system';
import { isMissing } from './file-system';
import { moveFileDurably } from './atomic-write';
import { draftFileName, idFromDraftFileName } from './data-layout';
import { readDraftFile } from './draft-files';
import { summarizeDraft } from './draft-summary';

export interface TrashListing {
  drafts: DraftSummary[];
  /** Trashed files that could not be read, for the caller to quarantine. */
  damaged: Array<{ filePath: string; reason: string }>;
}

/**
 * The trash: draft files moved, unchanged, into `<dataDir>/trash/`. Moving
 * rather than copying keeps one copy of each draft, so nothing can diverge.
 */
export class DraftTrash {
  constructor(
    private readonly fs: FileSystem,
    private readonly draftsDir: string,
    private readonly trashDir: string,
  ) {}

  trashedPath(id: string): string {
    return path.join(this.trashDir, draftFileName(id));
  }

  async contains(id: string): Promise<boolean> {
    try {
      await this.fs.stat(this.trashedPath(id));
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async moveIn(id: string): Promise<void> {
    await this.fs.mkdir(this.trashDir);
    await moveFileDurably(this.fs, path.join(this.draftsDir, draftFileName(id)), this.trashedPath(id));
  }

  async moveOut(id: string): Promise<void> {
    await moveFileDurably(this.fs, this.trashedPath(id), path.join(this.draftsDir, draftFileName(id)));
  }

  async deleteForever(id: string): Promise<void> {
    await this.fs.unlink(this.trashedPath(id));
    await this.fs.syncDirectory(this.trashDir);
  }

  async list(): Promise<TrashListing> {
    let names: string[];
    try {
      names = await this.fs.readdir(this.trashDir);
    } catch (error) {
      if (isMissing(error)) return { drafts: [], damaged: [] };
      throw error;
    }
    const listing: TrashListing = { drafts: [], damaged: [] };
    for (const name of names) {
      const id = idFromDraftFileName(name);
      if (id === null) continue;
      const filePath = path.join(this.trashDir, name);
      const read = await readDraftFile(this.fs, filePath, id);
      if (read.kind === 'ok') listing.drafts.push(summarizeDraft(read.draft));
      else if (read.kind === 'corrupt') listing.damaged.push({ filePath, reason: read.reason });
    }
    listing.drafts.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
    return listing;
  }
}
