import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { ApiError } from '../../shared/api/errors';
import type { ParsedRequestOf, ResponseOf } from '../../shared/api/channels';
import { DRAFT_SCHEMA_VERSION, DraftMetaSchema, DraftSchema } from '../../shared/model/draft';
import type { Draft } from '../../shared/model/draft';
import { emptyEditorState } from '../../shared/model/lexical-json';
import type { FileSystem } from './file-system';
import { errorCode, isMissing, nodeFileSystem } from './file-system';
import type { Clock } from './clock';
import { systemClock } from './clock';
import { isTempFileName } from './atomic-write';
import type { DataLayout } from './data-layout';
import { dataLayout, draftFileName, idFromDraftFileName } from './data-layout';
import { readDraftFile, writeDraftFile, writeSavedDraftFile } from './draft-files';
import type { DraftHead } from './draft-heads';
import { DraftHeads } from './draft-heads';
import { isValidatedRequest } from './validated-requests';
import { indexEntryOf, summarizeDraft } from './draft-summary';
import type { IndexEntry } from './draft-index';
import { DraftIndex } from './draft-index';
import type { QuarantinedFile } from './quarantine';
import { listQuarantine, quarantineFile } from './quarantine';
import type { HistoryPolicy, SnapshotReason, SnapshotSummary } from './history';
import { DraftHistory, isIntervalSnapshotDue } from './history';
import { DraftTrash } from './trash';
import type { KeptOriginal, OriginalFileInput } from './originals';
import { OriginalFiles } from './originals';
import { KeyedQueue } from './keyed-queue';
import { isReadOnlyError, toApiError } from './io-errors';
import { isDirectoryWritable } from './read-only-probe';

export type Logger = (message: string, error?: unknown) => void;

export interface DraftStoreOptions {
  dataDir: string;
  fs?: FileSystem;
  clock?: Clock;
  /** Read on every save, so a change in preferences applies at once. */
  historyPolicy?: () => HistoryPolicy | Promise<HistoryPolicy>;
  newId?: () => string;
  log?: Logger;
  /**
   * Throws (ApiError 'refused') when a draft may not become ready or be
   * published; the service is the authority, the renderer's check a convenience.
   */
  publishGate?: (draft: Draft) => void;
}

const DEFAULT_HISTORY_POLICY: HistoryPolicy = { snapshotIntervalMinutes: 5, historyRetentionDays: 90 };
const MAX_HEADLINE_LENGTH = 500;
/** Not a valid draft id, so it can never share a queue with a draft. */
const LIBRARY_QUEUE_KEY = ':library';

function isPublishStatus(status: Draft['status']): boolean {
  return status === 'ready' || status === 'published';
}

const defaultLogger: Logger = (message, error) => {
  console.warn(`[copydesk] ${message}`, ...(error === undefined ? [] : [error]));
};

/**
 * The draft library on disk. Every operation on one draft runs in that
 * draft's queue, so this process (the only writer) never interleaves two
 * read-check-write sequences on the same file.
 */
export class DraftStore {
  readonly layout: DataLayout;
  private readonly fs: FileSystem;
  private readonly clock: Clock;
  private readonly historyPolicy: () => HistoryPolicy | Promise<HistoryPolicy>;
  private readonly newId: () => string;
  private readonly log: Logger;
  private readonly publishGate: (draft: Draft) => void;
  private readonly queue = new KeyedQueue();
  private readonly index: DraftIndex;
  private readonly history: DraftHistory;
  private readonly trashBin: DraftTrash;
  private readonly originals: OriginalFiles;
  private readonly heads = new DraftHeads();
  private readonly lastSnapshotAt = new Map<string, string>();
  /** Damaged files found while the folder is read-only: reported, but they cannot be moved. */
  private readonly damagedInPlace = new Map<string, QuarantinedFile>();
  private readOnly = false;
  private ready: Promise<void> | null = null;

  constructor(options: DraftStoreOptions) {
    this.layout = dataLayout(options.dataDir);
    this.fs = options.fs ?? nodeFileSystem;
    this.clock = options.clock ?? systemClock;
    this.historyPolicy = options.historyPolicy ?? (() => DEFAULT_HISTORY_POLICY);
    this.newId = options.newId ?? randomUUID;
    this.log = options.log ?? defaultLogger;
    this.publishGate = options.publishGate ?? (() => {});
    this.index = new DraftIndex(this.fs, this.layout.indexFile, (error) => {
      // The index is a cache that is rebuilt from the drafts, so failing to write it loses nothing;
      // it is still logged because it means the folder has a problem.
      if (!this.readOnly) this.log('could not write the library index', error);
    });
    this.history = new DraftHistory(this.fs, this.layout.historyDir);
    this.trashBin = new DraftTrash(this.fs, this.layout.draftsDir, this.layout.trashDir);
    this.originals = new OriginalFiles(this.fs, this.layout.historyDir);
  }

  // ---- lifecycle -------------------------------------------------------------------------------

  private ensureReady(): Promise<void> {
    if (!this.ready) {
      this.ready = this.initialize().catch((error: unknown) => {
        this.ready = null; // Let the next call try again (e.g. after a removable disk comes back).
        throw toApiError(error, 'open the data folder');
      });
    }
    return this.ready;
  }

  private async initialize(): Promise<void> {
    try {
      await this.fs.mkdir(this.layout.draftsDir);
    } catch (error) {
      if (!isReadOnlyError(error)) throw error;
    }
    this.readOnly = !(await this.probeWritable());
    if (!this.readOnly) await this.removeLeftoverTempFiles();
  }

  private async probeWritable(): Promise<boolean> {
    try {
      return await isDirectoryWritable(this.fs, this.layout.draftsDir);
    } catch (error) {
      // No drafts folder and none can be made: treat as read-only rather than fail every listing.
      if (isMissing(error)) return false;
      throw error;
    }
  }

  /** Temp files left by a crash mid-write (drafts, the index); the originals they were replacing are intact. */
  private async removeLeftoverTempFiles(): Promise<void> {
    for (const dir of [this.layout.draftsDir, this.layout.dataDir]) {
      for (const name of await this.fs.readdir(dir)) {
        if (isTempFileName(name)) await this.fs.unlink(path.join(dir, name));
      }
    }
  }

  /** Waits for queued operations and writes the index now; for tests and clean shutdown. */
  async flush(): Promise<void> {
    await this.queue.idle();
    await this.index.flush();
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private draftPath(id: string): string {
    return path.join(this.layout.draftsDir, draftFileName(id));
  }

  private now(): Date {
    return this.clock.now();
  }

  private async guard<T>(action: string, work: () => Promise<T>): Promise<T> {
    await this.ensureReady();
    try {
      // The index file is written later (see DraftIndex): the draft file is the truth, and a stale index entry is re-read.
      return await work();
    } catch (error) {
      if (!isReadOnlyError(error)) throw toApiError(error, action);
      // A permission error may be the whole folder (read-only mount) or one locked file (antivirus):
      // probing tells them apart, so a transient lock does not turn the library read-only.
      const writable = await this.probeWritable().catch(() => false);
      this.readOnly = !writable;
      throw toApiError(error, action, writable);
    }
  }

  /** Refuses changes in a read-only folder, probing again first: the folder may have become writable. */
  private async assertWritable(): Promise<void> {
    if (this.readOnly) this.readOnly = !(await this.probeWritable());
    if (this.readOnly) {
      throw new ApiError('read-only', 'The data folder is read-only: drafts can be read but not changed.');
    }
  }

  /** Quarantines a damaged file, or reports it in place when it cannot be moved; true when it was moved. */
  private async handleDamagedFile(filePath: string, reason: string): Promise<boolean> {
    this.log(`damaged file ${filePath}: ${reason}`);
    // Named relative to the data folder ("drafts/x.json", "history/x/y.json") so the editor can tell them apart.
    const displayName = path.relative(this.layout.dataDir, filePath).split(path.sep).join('/');
    const reportInPlace = (why: string): void => {
      this.damagedInPlace.set(filePath, { fileName: displayName, reason: `${reason} (${why})`, quarantinedAt: this.now().toISOString() });
    };
    if (this.readOnly) {
      reportInPlace('the folder is read-only, so the file was left in place');
      return false;
    }
    try {
      await quarantineFile(this.fs, this.layout.quarantineDir, filePath, reason, this.now(), displayName);
      return true;
    } catch (error) {
      // One file that cannot be moved must not stop the rest of the library from loading; it is still reported.
      this.log(`could not move ${filePath} to quarantine`, error);
      reportInPlace(`it could not be moved to quarantine: ${errorCode(error) ?? 'unknown error'}`);
      return false;
    }
  }

  private async loadEntry(id: string): Promise<IndexEntry | null> {
    const filePath = this.draftPath(id);
    const read = await readDraftFile(this.fs, filePath, id);
    if (read.kind === 'ok') return { summary: summarizeDraft(read.draft), size: read.size, mtimeMs: read.mtimeMs };
    if (read.kind === 'corrupt') await this.handleDamagedFile(filePath, read.reason);
    return null;
  }

  private async statDraft(id: string): Promise<{ size: number; mtimeMs: number } | null> {
    try {
      return await this.fs.stat(this.draftPath(id));
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  /** Reads a draft that must exist; a damaged file is quarantined and reported, never reset. */
  private async readExisting(id: string): Promise<Draft> {
    const filePath = this.draftPath(id);
    const read = await readDraftFile(this.fs, filePath, id);
    if (read.kind === 'ok') {
      this.heads.remember(read.draft, read);
      return read.draft;
    }
    this.heads.forget(id);
    if (read.kind === 'corrupt') {
      const moved = await this.handleDamagedFile(filePath, read.reason);
      this.index.remove(id);
      const where = moved ? 'has been moved to quarantine' : 'was left in place (it could not be moved)';
      throw new ApiError('not-found', `The draft file is damaged and ${where}: ${read.reason}`, {
        quarantined: moved,
        reason: read.reason,
      });
    }
    if (await this.trashBin.contains(id)) {
      throw new ApiError('not-found', 'The draft is in the trash; restore it first.', { inTrash: true });
    }
    throw new ApiError('not-found', `There is no draft "${id}".`);
  }

  /** The stored draft's head for a save: from memory while the file is the one this process last read or wrote. */
  private async currentHead(id: string): Promise<DraftHead> {
    const stats = await this.statDraft(id);
    return (stats && this.heads.matching(id, stats)) ?? (await this.readExisting(id));
  }

  private async writeDraft(draft: Draft, write = writeDraftFile): Promise<void> {
    const filePath = this.draftPath(draft.id);
    await write(this.fs, filePath, draft);
    const stats = await this.fs.stat(filePath);
    this.heads.remember(draft, stats);
    this.index.upsert(draft.id, indexEntryOf(draft, stats));
  }

  private async maybeTakeIntervalSnapshot(draft: Draft): Promise<void> {
    const policy = await this.historyPolicy();
    const now = this.now();
    let last = this.lastSnapshotAt.get(draft.id);
    if (last === undefined) last = (await this.history.list(draft.id)).snapshots[0]?.takenAt;
    if (!isIntervalSnapshotDue(last, now, policy.snapshotIntervalMinutes)) return;
    const snapshot = await this.history.take(draft, 'interval', now);
    this.lastSnapshotAt.set(draft.id, snapshot.takenAt);
    await this.history.prune(draft.id, now, policy.historyRetentionDays);
  }

  private async quarantineDamagedSnapshots(damaged: Array<{ filePath: string; reason: string }>): Promise<void> {
    for (const entry of damaged) await this.handleDamagedFile(entry.filePath, entry.reason);
  }

  // ---- operations ------------------------------------------------------------------------------

  list(): Promise<ResponseOf<'drafts.list'>> {
    return this.guard('list the drafts', async () => {
      if (this.readOnly) this.readOnly = !(await this.probeWritable());
      // Damaged files left in place are found again by this listing (they are never indexed), or are gone.
      this.damagedInPlace.clear();
      let names: string[] = [];
      try {
        names = await this.fs.readdir(this.layout.draftsDir);
      } catch (error) {
        if (!isMissing(error)) throw error;
      }
      const ids = names.flatMap((name) => {
        const id = idFromDraftFileName(name);
        return id === null ? [] : [id];
      });
      // One reconciliation at a time: two first listings racing would both load every file.
      await this.queue.run(LIBRARY_QUEUE_KEY, () =>
        this.index.reconcile(
          ids,
          (id) => this.queue.run(id, () => this.loadEntry(id)),
          (ids) => this.fs.statMany(ids.map((id) => this.draftPath(id))),
        ),
      );
      const quarantined = [...(await listQuarantine(this.fs, this.layout.quarantineDir)), ...this.damagedInPlace.values()];
      return { drafts: this.index.summaries(), quarantined, readOnly: this.readOnly };
    });
  }

  listTrash(): Promise<ResponseOf<'drafts.listTrash'>> {
    return this.guard('list the trash', async () => {
      const listing = await this.trashBin.list();
      await this.quarantineDamagedSnapshots(listing.damaged);
      return { drafts: listing.drafts };
    });
  }

  create(request: ParsedRequestOf<'drafts.create'>): Promise<Draft> {
    return this.guard('create the draft', async () => {
      await this.assertWritable();
      const now = this.now().toISOString();
      const draft = DraftSchema.parse({
        schemaVersion: DRAFT_SCHEMA_VERSION,
        id: this.newId(),
        revision: 0,
        meta: DraftMetaSchema.parse(request.meta ?? {}),
        sources: request.sources ?? [],
        content: request.content ?? emptyEditorState(),
        status: 'draft',
        checkOverrides: [],
        createdAt: now,
        updatedAt: now,
      });
      await this.queue.run(draft.id, () => this.writeDraft(draft));
      return draft;
    });
  }

  open(id: string): Promise<Draft> {
    return this.guard('open the draft', () => this.queue.run(id, () => this.readExisting(id)));
  }

  save(request: ParsedRequestOf<'drafts.save'>): Promise<ResponseOf<'drafts.save'>> {
    return this.guard('save the draft', () =>
      this.queue.run(request.id, async () => {
        await this.assertWritable();
        const current = await this.currentHead(request.id);
        if (current.revision !== request.baseRevision) {
          throw new ApiError(
            'conflict',
            `This draft was changed elsewhere (now at revision ${current.revision}, this edit was based on ${request.baseRevision}). Reload it before saving.`,
            { currentRevision: current.revision },
          );
        }
        const next: Draft = {
          schemaVersion: current.schemaVersion,
          id: current.id,
          createdAt: current.createdAt,
          meta: request.meta,
          sources: request.sources,
          content: request.content,
          status: request.status,
          checkOverrides: request.checkOverrides,
          revision: current.revision + 1,
          updatedAt: this.now().toISOString(),
        };
        // Only the move into ready/published is gated: later edits to a ready draft are never refused (nothing is lost).
        if (isPublishStatus(next.status) && !isPublishStatus(current.status)) this.publishGate(next);
        // A request validated by dispatchApiCall is not walked a second time; one built in-process is checked whole.
        await this.writeDraft(next, isValidatedRequest(request) ? writeSavedDraftFile : writeDraftFile);
        try {
          await this.maybeTakeIntervalSnapshot(next);
        } catch (error) {
          // The save itself is durable; failing it now would make the editor retry against a newer revision.
          this.log(`saved ${next.id} but could not take its history snapshot`, error);
        }
        return { revision: next.revision, updatedAt: next.updatedAt };
      }),
    );
  }

  duplicate(id: string): Promise<Draft> {
    return this.guard('duplicate the draft', async () => {
      await this.assertWritable();
      const original = await this.queue.run(id, () => this.readExisting(id));
      const now = this.now().toISOString();
      const copy: Draft = {
        ...structuredClone(original),
        id: this.newId(),
        revision: 0,
        meta: { ...original.meta, headline: `${original.meta.headline} (copy)`.slice(0, MAX_HEADLINE_LENGTH), slug: '' },
        status: 'draft',
        createdAt: now,
        updatedAt: now,
      };
      await this.queue.run(copy.id, () => this.writeDraft(copy));
      return copy;
    });
  }

  trash(id: string): Promise<Record<string, never>> {
    return this.guard('move the draft to the trash', () =>
      this.queue.run(id, async () => {
        await this.assertWritable();
        if ((await this.statDraft(id)) === null) throw new ApiError('not-found', `There is no draft "${id}".`);
        await this.trashBin.moveIn(id);
        this.heads.forget(id);
        this.index.remove(id);
        this.lastSnapshotAt.delete(id);
        return {};
      }),
    );
  }

  restore(id: string): Promise<Record<string, never>> {
    return this.guard('restore the draft from the trash', () =>
      this.queue.run(id, async () => {
        await this.assertWritable();
        if (!(await this.trashBin.contains(id))) throw new ApiError('not-found', `The draft "${id}" is not in the trash.`);
        if ((await this.statDraft(id)) !== null) {
          throw new ApiError('conflict', `A draft "${id}" already exists in the library; it was not replaced.`);
        }
        await this.trashBin.moveOut(id);
        const entry = await this.loadEntry(id);
        if (entry) this.index.upsert(id, entry);
        return {};
      }),
    );
  }

  deleteForever(id: string): Promise<Record<string, never>> {
    return this.guard('delete the draft', () =>
      this.queue.run(id, async () => {
        await this.assertWritable();
        if (!(await this.trashBin.contains(id))) {
          if ((await this.statDraft(id)) !== null) {
            throw new ApiError('refused', 'Only drafts in the trash can be deleted forever; move it to the trash first.');
          }
          throw new ApiError('not-found', `The draft "${id}" is not in the trash.`);
        }
        await this.trashBin.deleteForever(id);
        await this.history.removeAll(id);
        return {};
      }),
    );
  }

  listHistory(id: string): Promise<{ snapshots: SnapshotSummary[] }> {
    return this.guard('list the draft history', () =>
      this.queue.run(id, async () => {
        const { snapshots, damaged } = await this.history.list(id);
        await this.quarantineDamagedSnapshots(damaged);
        return { snapshots };
      }),
    );
  }

  /** Also used with 'export' by whoever writes an export, so every published version stays restorable. */
  snapshot(id: string, reason: SnapshotReason): Promise<SnapshotSummary> {
    return this.guard('take a snapshot', () =>
      this.queue.run(id, async () => {
        await this.assertWritable();
        const draft = await this.readExisting(id);
        const snapshot = await this.history.take(draft, reason, this.now());
        this.lastSnapshotAt.set(id, snapshot.takenAt);
        return snapshot;
      }),
    );
  }

  /**
   * Exports the draft as it is stored now and snapshots exactly that version,
   * in the draft's queue so no save slips in between. `produce` may refuse by throwing.
   * A preview (`record` false) takes no snapshot, and so also works on a read-only folder.
   */
  exportDraft<T>(
    id: string,
    produce: (draft: Draft) => { result: T; exported: NonNullable<SnapshotSummary['exported']> },
    record = true,
  ): Promise<{ result: T; snapshot: SnapshotSummary | null }> {
    return this.guard('export the draft', () =>
      this.queue.run(id, async () => {
        if (record) await this.assertWritable();
        const draft = await this.readExisting(id);
        const { result, exported } = produce(draft);
        if (!record) return { result, snapshot: null };
        const snapshot = await this.history.take(draft, 'export', this.now(), exported);
        this.lastSnapshotAt.set(id, snapshot.takenAt);
        return { result, snapshot };
      }),
    );
  }

  /** Restores a snapshot as a new revision, after snapshotting the current state so the restore can be undone. */
  restoreSnapshot(id: string, snapshotId: string): Promise<Draft> {
    return this.guard('restore the snapshot', () =>
      this.queue.run(id, async () => {
        await this.assertWritable();
        const current = await this.readExisting(id);
        const snapshotDraft = await this.history.read(id, snapshotId);
        await this.history.take(current, 'before-restore', this.now());
        const restored: Draft = {
          ...snapshotDraft,
          id: current.id,
          revision: current.revision + 1,
          createdAt: current.createdAt,
          updatedAt: this.now().toISOString(),
        };
        await this.writeDraft(restored);
        return restored;
      }),
    );
  }

  /**
   * Keeps an imported file with the draft made from it, and snapshots the draft
   * as imported, so the editor can always compare their version with the source.
   */
  keepOriginal(id: string, original: OriginalFileInput): Promise<void> {
    return this.guard('keep the imported original', () =>
      this.queue.run(id, async () => {
        await this.assertWritable();
        const draft = await this.readExisting(id);
        await this.originals.keep(id, original, this.now());
        await this.history.take(draft, 'import', this.now());
      }),
    );
  }

  listOriginals(id: string): Promise<KeptOriginal[]> {
    return this.guard('list the imported originals', () => this.queue.run(id, () => this.originals.list(id)));
  }

  readOriginal(id: string, sha256: string): Promise<Uint8Array> {
    return this.guard('read the imported original', () => this.queue.run(id, () => this.originals.read(id, sha256)));
  }
}
