import type { Draft } from '../../shared/model/draft';
import type { FileStats } from './file-system';

/** What a save keeps of the stored draft besides the parts the editor sends again. */
export type DraftHead = Pick<Draft, 'schemaVersion' | 'id' | 'revision' | 'status' | 'createdAt'>;

interface RememberedHead {
  head: DraftHead;
  size: number;
  mtimeMs: number;
}

/**
 * The head of each draft as this process last read or wrote it, with the
 * size and mtime of that file. A save whose file still has those stats skips
 * reading and parsing the whole draft again; any change on disk (a sync
 * tool, a hand edit) changes them, and the file is read as before, so the
 * revision check always compares with what is really stored.
 */
export class DraftHeads {
  private readonly heads = new Map<string, RememberedHead>();

  remember(draft: Draft, stats: Pick<FileStats, 'size' | 'mtimeMs'>): void {
    const { schemaVersion, id, revision, status, createdAt } = draft;
    this.heads.set(id, { head: { schemaVersion, id, revision, status, createdAt }, size: stats.size, mtimeMs: stats.mtimeMs });
  }

  /** The remembered head, only if the file on disk is still the one it came from. */
  matching(id: string, stats: Pick<FileStats, 'size' | 'mtimeMs'>): DraftHead | null {
    const remembered = this.heads.get(id);
    if (!remembered || remembered.size !== stats.size || remembered.mtimeMs !== stats.mtimeMs) return null;
    return remembered.head;
  }

  forget(id: string): void {
    this.heads.delete(id);
  }
}
