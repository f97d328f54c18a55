import type { DraftSummary } from '../../shared/model/draft';
import type { FileSystem } from './file-system';
import { readIndexFile, writeIndexFile } from './index-file';
import type { IndexEntry } from './index-file';

export { readIndexFile, writeIndexFile };
export type { IndexEntry, IndexFileRead } from './index-file';

/** How the library reads one draft file into an entry; null when the file is gone or was quarantined. */
export type EntryLoader = (id: string) => Promise<IndexEntry | null>;
/** The size and mtime of each draft's file, in the order of `ids`; null where the file is gone. */
export type FileStatter = (ids: readonly string[]) => Promise<Array<{ size: number; mtimeMs: number } | null>>;

/** The index file is written once changes pause this long, so a burst of saves (autosave, an import) writes it once... */
export const INDEX_WRITE_IDLE_MS = 2000;
/** ...and at least this often during an unbroken run of changes. */
export const INDEX_WRITE_MAX_DELAY_MS = 30_000;

/** Files are read in batches so a rebuild of a large library does not open thousands of files at once. */
const BATCH_SIZE = 32;

async function inBatches<T>(items: readonly string[], work: (item: string) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < items.length; start += BATCH_SIZE) {
    results.push(...(await Promise.all(items.slice(start, start + BATCH_SIZE).map(work))));
  }
  return results;
}

/**
 * The library index: a cache of draft summaries that can always be rebuilt
 * from the draft files. It is kept in memory after the first load and written
 * back shortly after changes; because this process is the only writer, later
 * listings only compare the set of file names, not every file's stats.
 */
export class DraftIndex {
  private entries: Map<string, IndexEntry> | null = null;
  private persisting: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private dirty = false;
  /** When the oldest change not yet being written was made. */
  private dirtySince: number | null = null;

  constructor(
    private readonly fs: FileSystem,
    private readonly indexFile: string,
    private readonly onPersistError: (error: unknown) => void,
  ) {}

  get isLoaded(): boolean {
    return this.entries !== null;
  }

  /**
   * Brings the index in line with the draft files on disk. The first call
   * trusts the index file only where each file's size and mtime still match;
   * later calls only pick up files added or removed behind our back.
   */
  async reconcile(idsOnDisk: readonly string[], loadEntry: EntryLoader, statFiles: FileStatter): Promise<void> {
    let changed = false;
    if (this.entries === null) {
      const stored = await readIndexFile(this.fs, this.indexFile);
      const known = new Map(stored.ok ? stored.entries.map((entry) => [entry.summary.id, entry] as const) : []);
      this.entries = new Map();
      changed = !stored.ok;
      const indexed = idsOnDisk.filter((id) => known.has(id));
      const stats = await statFiles(indexed);
      const trusted = new Set<string>();
      indexed.forEach((id, at) => {
        const entry = known.get(id)!;
        const current = stats[at];
        if (current && current.size === entry.size && current.mtimeMs === entry.mtimeMs) trusted.add(id);
      });
      const stale = idsOnDisk.filter((id) => !trusted.has(id));
      const reloaded = await inBatches(stale, loadEntry);
      // Entries go in in the order of the files on disk, whichever way they were found.
      const reloadedById = new Map(stale.map((id, at) => [id, reloaded[at]] as const));
      for (const id of idsOnDisk) {
        const entry = trusted.has(id) ? known.get(id) : reloadedById.get(id);
        if (entry) this.entries.set(id, entry);
      }
      if (stale.length > 0) changed = true;
      if (known.size !== this.entries.size) changed = true;
    } else {
      const onDisk = new Set(idsOnDisk);
      for (const id of [...this.entries.keys()]) {
        if (!onDisk.has(id)) {
          this.entries.delete(id);
          changed = true;
        }
      }
      const added = idsOnDisk.filter((id) => !this.entries!.has(id));
      for (const entry of await inBatches(added, loadEntry)) {
        if (entry) this.entries.set(entry.summary.id, entry);
      }
      if (added.length > 0) changed = true;
    }
    if (changed) this.schedulePersist();
  }

  summaries(): DraftSummary[] {
    const list = [...(this.entries?.values() ?? [])].map((entry) => entry.summary);
    return list.sort((a, b) => (a.updatedAt === b.updatedAt ? a.id.localeCompare(b.id) : a.updatedAt < b.updatedAt ? 1 : -1));
  }

  upsert(id: string, entry: IndexEntry): void {
    if (this.entries === null) return; // Not loaded yet: the first listing will read the file anyway.
    this.entries.set(id, entry);
    this.schedulePersist();
  }

  remove(id: string): void {
    if (this.entries === null) return;
    if (this.entries.delete(id)) this.schedulePersist();
  }

  /**
   * Writes the index when changes pause, off the path of the request that
   * made them: rewriting ten thousand entries on every save would cost more
   * than the save, and an editor's autosaves come in runs. Nothing depends on it being current, because
   * every start checks each entry against its file's size and mtime and
   * re-reads the ones that differ; a crash before the write only costs
   * re-reading the drafts saved since. flush() writes at once.
   */
  private schedulePersist(): void {
    this.dirty = true;
    const now = Date.now();
    this.dirtySince ??= now;
    if (this.persisting) return; // The write in flight makes one more pass for this change.
    if (this.timer) clearTimeout(this.timer);
    const delay = Math.max(0, Math.min(INDEX_WRITE_IDLE_MS, this.dirtySince + INDEX_WRITE_MAX_DELAY_MS - now));
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.persist();
    }, delay);
    // A pending index write must not keep a finished process (a CLI run, a test) alive.
    this.timer.unref?.();
  }

  /** At most one write in flight; changes made during it are written by one more pass. */
  private persist(): Promise<void> {
    this.persisting ??= (async () => {
      while (this.dirty) {
        this.dirty = false;
        this.dirtySince = null;
        try {
          await writeIndexFile(this.fs, this.indexFile, this.entries?.values() ?? []);
        } catch (error) {
          this.onPersistError(error);
        }
      }
      this.persisting = null;
    })();
    return this.persisting;
  }

  /** Writes any pending change now and resolves once the index file reflects every change made so far. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    while (this.dirty || this.persisting) await this.persist();
  }
}
