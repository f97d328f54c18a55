import path from 'node:path';
import { promises as fsp } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DraftStore } from '../../../electron/services/draft-store';
import { DraftHistory, isIntervalSnapshotDue } from '../../../electron/services/history';
import { nodeFileSystem } from '../../../electron/services/file-system';
import type { HistoryPolicy } from '../../../electron/services/history';
import type { Draft } from '../../../shared/model/draft';
import { ApiError } from '../../../shared/api/errors';
import { ManualClock, recordingFileSystem } from './test-helpers';
import { useTempDir } from '../helpers/temp-dir';

const dataDir = useTempDir();
let clock: ManualClock;
let policy: HistoryPolicy;
let store: DraftStore;

beforeEach(() => {
  clock = new ManualClock();
  policy = { snapshotIntervalMinutes: 5, historyRetentionDays: 30 };
  store = new DraftStore({ dataDir: dataDir(), clock, historyPolicy: () => policy, log: () => {} });
});
afterEach(async () => {
  await store.flush();
});

async function saveHeadline(draft: Draft, headline: string): Promise<Draft> {
  const current = await store.open(draft.id);
  await store.save({ ...current, baseRevision: current.revision, meta: { ...current.meta, headline } });
  return store.open(draft.id);
}

describe('history', () => {
  it('takes at most one automatic snapshot per interval of editing', async () => {
    const draft = await store.create({});
    await saveHeadline(draft, 'one'); // first save: no snapshot yet, so one is due
    clock.advanceMinutes(1);
    await saveHeadline(draft, 'two');
    clock.advanceMinutes(1);
    await saveHeadline(draft, 'three');
    expect((await store.listHistory(draft.id)).snapshots).toHaveLength(1);
    clock.advanceMinutes(5);
    await saveHeadline(draft, 'four');
    const { snapshots } = await store.listHistory(draft.id);
    expect(snapshots.map((snapshot) => [snapshot.headline, snapshot.reason])).toEqual([
      ['four', 'interval'],
      ['one', 'interval'],
    ]);
  });

  it('takes a manual snapshot and restores it as a new revision, after a before-restore snapshot', async () => {
    const draft = await store.create({ meta: { headline: 'Original' } });
    const manual = await store.snapshot(draft.id, 'manual');
    expect(manual).toMatchObject({ draftId: draft.id, revision: 0, reason: 'manual', headline: 'Original' });
    clock.advanceMinutes(10);
    const edited = await saveHeadline(draft, 'Edited');
    clock.advanceMinutes(1);
    const restored = await store.restoreSnapshot(draft.id, manual.snapshotId);
    expect(restored).toMatchObject({ revision: edited.revision + 1, meta: { headline: 'Original' }, createdAt: draft.createdAt });
    expect(await store.open(draft.id)).toEqual(restored);
    const { snapshots } = await store.listHistory(draft.id);
    expect(snapshots[0]).toMatchObject({ reason: 'before-restore', headline: 'Edited', revision: edited.revision });
  });

  it('refuses an unknown or malformed snapshot id', async () => {
    const draft = await store.create({});
    await expect(store.restoreSnapshot(draft.id, '2026-01-01-r0-manual-abc')).rejects.toMatchObject({ code: 'not-found' });
    await expect(store.restoreSnapshot(draft.id, '../../drafts/x')).rejects.toBeInstanceOf(ApiError);
    await expect(store.restoreSnapshot(draft.id, '.hidden')).rejects.toMatchObject({ code: 'invalid-request' });
  });

  it('prunes snapshots older than the retention period but always keeps the newest', async () => {
    policy = { snapshotIntervalMinutes: 1, historyRetentionDays: 1 };
    const draft = await store.create({});
    await saveHeadline(draft, 'day one');
    clock.advanceMinutes(60 * 24 * 3);
    await saveHeadline(draft, 'day four');
    expect((await store.listHistory(draft.id)).snapshots.map((snapshot) => snapshot.headline)).toEqual(['day four']);
  });

  it('never prunes the newest snapshot, even when the clock jumps years ahead', async () => {
    const draft = await store.create({});
    await store.snapshot(draft.id, 'manual');
    clock.advanceMinutes(10);
    await store.snapshot(draft.id, 'manual');
    const history = new DraftHistory(nodeFileSystem, path.join(dataDir(), 'history'));
    const farFuture = new Date('2099-01-01T00:00:00.000Z');
    expect(await history.prune(draft.id, farFuture, 1)).toBe(1);
    const { snapshots } = await store.listHistory(draft.id);
    expect(snapshots.map((snapshot) => snapshot.takenAt)).toEqual([clock.now().toISOString()]);
  });

  it('quarantines a damaged snapshot and lists the others', async () => {
    const draft = await store.create({});
    await store.snapshot(draft.id, 'manual');
    await fsp.writeFile(path.join(dataDir(), 'history', draft.id, 'broken.json'), '{"formatVersion":1');
    const { snapshots } = await store.listHistory(draft.id);
    expect(snapshots).toHaveLength(1);
    expect((await store.list()).quarantined.map((entry) => entry.fileName)).toEqual([`history/${draft.id}/broken.json`]);
  });

  it('lists and prunes from the small summaries, without reading whole snapshots', async () => {
    const draft = await store.create({});
    await store.snapshot(draft.id, 'manual');
    clock.advanceMinutes(10);
    await store.snapshot(draft.id, 'manual');
    const fs = recordingFileSystem();
    const reader = new DraftStore({ dataDir: dataDir(), clock, fs, log: () => {} });
    expect((await reader.listHistory(draft.id)).snapshots).toHaveLength(2);
    const read = fs.reads.filter((file) => file.includes(`${path.sep}history${path.sep}`));
    expect(read).toHaveLength(2);
    expect(read.every((file) => file.endsWith('.summary.json'))).toBe(true);
    await reader.flush();
  });

  it('still lists a snapshot whose summary is missing, by reading the snapshot itself', async () => {
    const draft = await store.create({ meta: { headline: 'Kept' } });
    const snapshot = await store.snapshot(draft.id, 'manual');
    await fsp.unlink(path.join(dataDir(), 'history', draft.id, `${snapshot.snapshotId}.summary.json`));
    expect((await store.listHistory(draft.id)).snapshots).toEqual([snapshot]);
  });

  it('refuses to restore a damaged snapshot whose summary is intact, leaving the draft as it was', async () => {
    const draft = await store.create({ meta: { headline: 'Current' } });
    const snapshot = await store.snapshot(draft.id, 'manual');
    await fsp.writeFile(path.join(dataDir(), 'history', draft.id, `${snapshot.snapshotId}.json`), '{"formatVersion":1,"snap');
    await expect(store.restoreSnapshot(draft.id, snapshot.snapshotId)).rejects.toMatchObject({ code: 'io' });
    expect(await store.open(draft.id)).toEqual(draft);
  });

  it('treats a last snapshot in the future (clock moved back) as due', () => {
    const now = new Date('2026-03-01T09:00:00.000Z');
    expect(isIntervalSnapshotDue(undefined, now, 5)).toBe(true);
    expect(isIntervalSnapshotDue('2026-03-01T08:58:00.000Z', now, 5)).toBe(false);
    expect(isIntervalSnapshotDue('2026-03-01T08:55:00.000Z', now, 5)).toBe(true);
    expect(isIntervalSnapshotDue('2026-03-02T09:00:00.000Z', now, 5)).toBe(true);
  });
});
