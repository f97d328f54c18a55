import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { SnapshotSummarySchema } from '../../shared/api/channels';
import { DraftSchema } from '../../shared/model/draft';
import type { Draft } from '../../shared/model/draft';
import { ApiError } from '../../shared/api/errors';
import type { FileSystem } from './file-system';
import { isMissing } from './file-system';
import { isTempFileName, writeFileAtomic } from './atomic-write';
import { describeZodError } from './draft-files';
import { assertSafeDraftId } from './data-layout';

export type SnapshotSummary = z.infer<typeof SnapshotSummarySchema>;
export type SnapshotReason = SnapshotSummary['reason'];

const SnapshotFileSchema = z.object({
  formatVersion: z.literal(1),
  snapshot: SnapshotSummarySchema,
  draft: DraftSchema,
});

const SNAPSHOT_ID_PATTERN = /^[A-Za-z0-9._-]{1,100}$/;
const SNAPSHOT_EXTENSION = '.json';
/**
 * Beside each snapshot, its summary alone: listing and pruning read these few
 * hundred bytes instead of every whole draft (a draft with its sources' own
 * texts can be megabytes, and a busy draft has hundreds of snapshots).
 */
const SUMMARY_EXTENSION = '.summary.json';
const DAY_MS = 24 * 60 * 60 * 1000;

export interface HistoryPolicy {
  snapshotIntervalMinutes: number;
  historyRetentionDays: number;
}

/** A snapshot file that could not be read, for the caller to quarantine. */
export interface DamagedSnapshot {
  filePath: string;
  reason: string;
}

/**
 * Whole-draft snapshots in `<historyDir>/<draftId>/<snapshotId>.json`. Each
 * file carries its own summary so a snapshot stays meaningful even if the
 * draft itself is later damaged or deleted.
 */
export class DraftHistory {
  constructor(
    private readonly fs: FileSystem,
    private readonly historyDir: string,
  ) {}

  private dirOf(draftId: string): string {
    return path.join(this.historyDir, assertSafeDraftId(draftId));
  }

  private summaryFileOf(draftId: string, snapshotId: string): string {
    return this.fileOf(draftId, snapshotId).slice(0, -SNAPSHOT_EXTENSION.length) + SUMMARY_EXTENSION;
  }

  private fileOf(draftId: string, snapshotId: string): string {
    if (!SNAPSHOT_ID_PATTERN.test(snapshotId) || snapshotId.startsWith('.')) {
      throw new ApiError('invalid-request', 'snapshotId: not a valid snapshot id');
    }
    return path.join(this.dirOf(draftId), `${snapshotId}${SNAPSHOT_EXTENSION}`);
  }

  async take(draft: Draft, reason: SnapshotReason, now: Date, exported?: SnapshotSummary['exported']): Promise<SnapshotSummary> {
    // Time first so ids sort chronologically; the random tail keeps two snapshots in one millisecond apart.
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    const snapshotId = `${stamp}-r${draft.revision}-${reason}-${randomBytes(3).toString('hex')}`;
    const snapshot: SnapshotSummary = {
      snapshotId,
      draftId: draft.id,
      revision: draft.revision,
      takenAt: now.toISOString(),
      reason,
      headline: draft.meta.headline,
      ...(exported ? { exported } : {}),
    };
    await this.fs.mkdir(this.dirOf(draft.id));
    const record = SnapshotFileSchema.parse({ formatVersion: 1, snapshot, draft });
    await writeFileAtomic(this.fs, this.fileOf(draft.id, snapshotId), JSON.stringify(record));
    // The summary comes second: a summary never stands for a snapshot that is not there.
    await writeFileAtomic(this.fs, this.summaryFileOf(draft.id, snapshotId), JSON.stringify(snapshot));
    return snapshot;
  }

  /** Snapshots of one draft, newest first, plus any files that could not be read. */
  async list(draftId: string): Promise<{ snapshots: SnapshotSummary[]; damaged: DamagedSnapshot[] }> {
    const records = await this.readAll(draftId);
    const snapshots = records.flatMap((entry) => (entry.ok ? [entry.snapshot] : []));
    const damaged = records.flatMap((entry) => (entry.ok ? [] : [{ filePath: entry.filePath, reason: entry.reason }]));
    snapshots.sort((a, b) => (a.takenAt === b.takenAt ? b.revision - a.revision : a.takenAt < b.takenAt ? 1 : -1));
    return { snapshots, damaged };
  }

  async read(draftId: string, snapshotId: string): Promise<Draft> {
    const filePath = this.fileOf(draftId, snapshotId);
    const result = await this.readFile(filePath);
    if (result.ok && result.snapshot.draftId === draftId) return result.draft;
    if (!result.ok && result.reason === MISSING) {
      throw new ApiError('not-found', `There is no snapshot "${snapshotId}" of this draft.`);
    }
    throw new ApiError('io', `The snapshot "${snapshotId}" is damaged and cannot be restored.`, {
      reason: result.ok ? 'it belongs to another draft' : result.reason,
    });
  }

  /**
   * Deletes snapshots older than the retention period. The newest snapshot is
   * always kept, so a clock that jumps years ahead cannot wipe a draft's history.
   */
  async prune(draftId: string, now: Date, retentionDays: number): Promise<number> {
    const { snapshots } = await this.list(draftId);
    const cutoff = now.getTime() - retentionDays * DAY_MS;
    let removed = 0;
    for (const snapshot of snapshots.slice(1)) {
      if (Date.parse(snapshot.takenAt) < cutoff) {
        // Summary first: a snapshot without its summary is still listed (from the file itself), never the reverse.
        await this.unlinkIfPresent(this.summaryFileOf(draftId, snapshot.snapshotId));
        await this.fs.unlink(this.fileOf(draftId, snapshot.snapshotId));
        removed += 1;
      }
    }
    return removed;
  }

  async removeAll(draftId: string): Promise<void> {
    await this.fs.removeDirectory(this.dirOf(draftId));
  }

  private async unlinkIfPresent(filePath: string): Promise<void> {
    try {
      await this.fs.unlink(filePath);
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }

  private async readAll(draftId: string): Promise<Array<SnapshotRead | SummaryRead>> {
    let names: string[];
    try {
      names = await this.fs.readdir(this.dirOf(draftId));
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
    const present = new Set(names);
    const files = names.filter(
      (name) => name.endsWith(SNAPSHOT_EXTENSION) && !name.endsWith(SUMMARY_EXTENSION) && !isTempFileName(name),
    );
    const reads = await Promise.all(
      files.map(async (name) => {
        const summaryName = name.slice(0, -SNAPSHOT_EXTENSION.length) + SUMMARY_EXTENSION;
        const summary = present.has(summaryName) ? await this.readSummary(path.join(this.dirOf(draftId), summaryName), name) : null;
        // Without a usable summary (an older snapshot, a crash between the two writes), the snapshot itself is read.
        return summary ?? this.readFile(path.join(this.dirOf(draftId), name));
      }),
    );
    // A file vanishing between readdir and read (pruned concurrently) is not damage.
    return reads.filter((entry) => entry.ok || entry.reason !== MISSING);
  }

  private async readSummary(summaryPath: string, snapshotFileName: string): Promise<SummaryRead | null> {
    try {
      const bytes = await this.fs.readFile(summaryPath);
      const parsed = SnapshotSummarySchema.safeParse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)));
      const expectedId = snapshotFileName.slice(0, -SNAPSHOT_EXTENSION.length);
      return parsed.success && parsed.data.snapshotId === expectedId ? { ok: true, summaryOnly: true, snapshot: parsed.data } : null;
    } catch (error) {
      if (isMissing(error) || error instanceof SyntaxError || error instanceof TypeError) return null;
      throw error;
    }
  }

  private async readFile(filePath: string): Promise<SnapshotRead> {
    let bytes: Uint8Array;
    try {
      bytes = await this.fs.readFile(filePath);
    } catch (error) {
      if (isMissing(error)) return { ok: false, filePath, reason: MISSING };
      throw error;
    }
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch {
      return { ok: false, filePath, reason: 'the snapshot is not valid UTF-8 JSON' };
    }
    const parsed = SnapshotFileSchema.safeParse(json);
    if (!parsed.success) {
      return { ok: false, filePath, reason: `the snapshot is not valid: ${describeZodError(parsed.error)}` };
    }
    return { ok: true, filePath, snapshot: parsed.data.snapshot, draft: parsed.data.draft };
  }
}

const MISSING = 'missing';

type SnapshotRead =
  | { ok: true; filePath: string; snapshot: SnapshotSummary; draft: Draft }
  | { ok: false; filePath: string; reason: string };

type SummaryRead = { ok: true; summaryOnly: true; snapshot: SnapshotSummary };

/**
 * Whether an automatic snapshot is due. A last snapshot "in the future" means
 * the clock moved backwards; taking one then errs on the side of keeping data.
 */
export function isIntervalSnapshotDue(lastTakenAt: string | undefined, now: Date, intervalMinutes: number): boolean {
  if (lastTakenAt === undefined) return true;
  const elapsed = now.getTime() - Date.parse(lastTakenAt);
  return elapsed < 0 || elapsed >= intervalMinutes * 60 * 1000;
}
