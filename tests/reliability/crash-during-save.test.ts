import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { DraftStore } from '../../electron/services/draft-store';
import { parseDraftBytes } from '../../electron/services/draft-files';
import { isTempFileName } from '../../electron/services/atomic-write';
import { contentFor } from './support/crash-content';
import { measured } from './support/records';
import { makeTempDir, removeDir, seededRandom, seedFromEnv } from './support/temp';

/*
 * Crash during save. A child process opens a data folder and saves its drafts
 * in a loop, printing each acknowledged revision; the test SIGKILLs it at a
 * random moment, then reopens the folder and checks every draft file.
 *
 * Start-up cost: `node --import tsx` needs about 1.5 s per start on this
 * machine, which would make 200 kills take minutes. The child is therefore
 * bundled once with esbuild (the transpiler tsx itself uses) and started with
 * plain `node`, which takes a fraction of that. The code under test is the
 * same TypeScript source, only pre-transpiled.
 */

const HERE = path.dirname(fileURLToPath(import.meta.url));
const KILLS = Number(process.env['COPYDESK_CRASH_KILLS'] ?? 200);
const LANES = 3; // three children at a time: start-up dominates, and it is mostly waiting on a loaded machine
const DRAFTS_PER_LANE = 2;
const MAX_KILL_DELAY_MS = 60;
const SEED = seedFromEnv('COPYDESK_CRASH_SEED');

/*
 * The data folders live on tmpfs (/dev/shm) when it exists. SIGKILL ends the
 * process, not the kernel: the page cache survives, so what this test proves
 * (a killed writer leaves the old file or the new one, never a mix) does not
 * depend on the disk, while real fsyncs on a shared, loaded disk made each save
 * take ~100 ms and let few saves complete between kills. Power loss, which is
 * what the fsyncs are for, cannot be simulated here.
 */
const SHM = '/dev/shm';
let workDir: string;
let childScript: string;
let filesystemNote = 'the system temp folder';

beforeAll(async () => {
  const onTmpfs = process.env['COPYDESK_CRASH_DIR'] === undefined && (await fsp.stat(SHM).catch(() => null))?.isDirectory();
  if (onTmpfs) {
    workDir = await fsp.mkdtemp(path.join(SHM, 'copydesk-rel-crash-'));
    filesystemNote = 'tmpfs (/dev/shm)';
  } else {
    workDir = await makeTempDir('crash');
  }
  childScript = path.join(workDir, 'save-loop-child.mjs');
  await build({
    entryPoints: [path.join(HERE, 'crash', 'save-loop-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: childScript,
    logLevel: 'warning',
  });
}, 60_000);

afterAll(async () => {
  if (workDir) await removeDir(workDir);
});

interface RoundResult {
  acks: number;
  tempFilesBeforeReopen: number;
  aheadOfAck: number;
  killedBeforeReady: boolean;
}

/** Runs the child until a random moment, SIGKILLs it, and returns the acknowledged revisions. */
async function runAndKill(
  dataDir: string,
  ids: string[],
  delayMs: number,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ acked: Map<string, number>; acks: number; ready: boolean }> {
  const child = spawn(process.execPath, [childScript, dataDir, ids.join(',')], { stdio: ['ignore', 'pipe', 'pipe'], env });
  const acked = new Map<string, number>();
  let acks = 0;
  let ready = false;
  let buffer = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const readyOrExit = new Promise<void>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        if (line === 'ready') {
          ready = true;
          resolve();
        }
        const match = /^ack (\S+) (\d+)$/.exec(line);
        if (match) {
          acked.set(match[1]!, Number(match[2]));
          acks += 1;
        }
      }
    });
    void exited.then(() => resolve());
  });
  // A delay of 0 kills during start-up (reading the folder, removing old temp files); otherwise mid-loop.
  if (delayMs > 0) {
    await readyOrExit;
    await new Promise((resolve) => setTimeout(resolve, delayMs));
  }
  child.kill('SIGKILL');
  const { code, signal } = await exited;
  // Lines still in the pipe were written before the kill: they count as acknowledged.
  await new Promise((resolve) => setImmediate(resolve));
  if (signal !== 'SIGKILL') throw new Error(`the child exited by itself (code ${code}): ${stderr}`);
  return { acked, acks, ready };
}

async function verifyAfterKill(dataDir: string, ids: string[], lastAck: Map<string, number>): Promise<RoundResult & { revisions: Map<string, number> }> {
  const draftsDir = path.join(dataDir, 'drafts');
  const namesBefore = await fsp.readdir(draftsDir);
  const tempFilesBeforeReopen = namesBefore.filter(isTempFileName).length;
  const revisions = new Map<string, number>();
  let aheadOfAck = 0;
  for (const id of ids) {
    const bytes = await fsp.readFile(path.join(draftsDir, `${id}.json`));
    const parsed = parseDraftBytes(bytes, id);
    if (!parsed.ok) throw new Error(`draft ${id} does not parse after a kill: ${parsed.reason}`);
    const draft = parsed.draft;
    const acked = lastAck.get(id)!;
    // Never older than the last acknowledged save; at most the one save that was in flight.
    expect(draft.revision, `draft ${id} revision vs last ack ${acked}`).toBeGreaterThanOrEqual(acked);
    expect(draft.revision, `draft ${id} revision vs last ack ${acked}`).toBeLessThanOrEqual(acked + 1);
    if (draft.revision > 0) {
      // The whole save, not a mix: the content is exactly what that revision's save sent.
      expect(draft.content).toEqual(contentFor(id, draft.revision));
      expect(draft.meta.headline).toBe(`${id} at revision ${draft.revision}`);
    }
    if (draft.revision > acked) aheadOfAck += 1;
    revisions.set(id, draft.revision);
  }
  // Reopen as a host would: the library lists exactly these drafts at these revisions, quarantines
  // nothing (no intact file may be taken for damaged) and removes the temp files a kill left behind.
  const store = new DraftStore({ dataDir, log: () => {} });
  const listing = await store.list();
  await store.flush();
  expect(listing.quarantined).toEqual([]);
  expect(listing.drafts.map((d) => [d.id, d.revision]).sort()).toEqual([...revisions.entries()].sort());
  const namesAfter = await fsp.readdir(draftsDir);
  expect(namesAfter.filter((name) => name.startsWith('.'))).toEqual([]);
  expect(namesAfter.sort()).toEqual(ids.map((id) => `${id}.json`).sort());
  return { acks: 0, tempFilesBeforeReopen, aheadOfAck, killedBeforeReady: false, revisions };
}

describe('crash during save', () => {
  it(`keeps every draft whole and at least at its last acknowledged revision across ${KILLS} SIGKILLs`, async () => {
    await measured('crash', 'SIGKILL a process that saves drafts in a loop, then reopen and verify every draft file', async (note) => {
      const random = seededRandom(SEED);
      const totals = { kills: 0, acks: 0, tempFiles: 0, ahead: 0, beforeReady: 0, startupKills: 0 };
      const started = Date.now();
      const lane = async (laneIndex: number, rounds: number): Promise<void> => {
        const dataDir = path.join(workDir, `lane-${laneIndex}`);
        const store = new DraftStore({ dataDir, log: () => {} });
        const ids: string[] = [];
        for (let index = 0; index < DRAFTS_PER_LANE; index += 1) ids.push((await store.create({ meta: { headline: 'new' } })).id);
        await store.flush();
        const lastAck = new Map(ids.map((id) => [id, 0]));
        for (let round = 0; round < rounds; round += 1) {
          // About one kill in ten lands during start-up, the rest at a random point of the save loop.
          const delay = random() < 0.1 ? 0 : 1 + Math.floor(random() * MAX_KILL_DELAY_MS);
          const { acked, acks, ready } = await runAndKill(dataDir, ids, delay);
          for (const [id, revision] of acked) lastAck.set(id, Math.max(lastAck.get(id)!, revision));
          const result = await verifyAfterKill(dataDir, ids, lastAck);
          // The next child starts from what is on disk, so the next ack is always the next revision.
          for (const [id, revision] of result.revisions) lastAck.set(id, revision);
          totals.kills += 1;
          totals.acks += acks;
          totals.tempFiles += result.tempFilesBeforeReopen > 0 ? 1 : 0;
          totals.ahead += result.aheadOfAck;
          if (!ready) totals.beforeReady += 1;
          if (delay === 0) totals.startupKills += 1;
          note.cases = totals.kills;
        }
      };
      const perLane = Math.ceil(KILLS / LANES);
      await Promise.all(Array.from({ length: LANES }, (_, index) => lane(index, Math.min(perLane, KILLS - index * perLane))));
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      note.details =
        `${totals.kills} kills in ${seconds} s (seed ${SEED}, ${LANES} folders × ${DRAFTS_PER_LANE} drafts on ${filesystemNote}); ` +
        `${totals.acks} acknowledged saves; ${totals.tempFiles} kills left a temp file mid-write (removed on reopen); ` +
        `${totals.ahead} times a draft held the unacknowledged in-flight save (allowed: later, never older); ` +
        `${totals.startupKills} kills aimed at start-up (${totals.beforeReady} before the child was ready); ` +
        'every file parsed and validated, none older than its last ack, none partial, nothing quarantined';
      expect(totals.kills).toBeGreaterThanOrEqual(KILLS);
      expect(totals.acks).toBeGreaterThan(0);
    });
  }, 290_000);

  it('catches a writer that is not atomic (control: proves the check above can fail)', async () => {
    await measured('crash', 'control: the same kill-and-verify loop against a deliberately non-atomic writer (rename replaced by an in-place copy)', async (note) => {
      const random = seededRandom(SEED + 1);
      const dataDir = path.join(workDir, 'control');
      const store = new DraftStore({ dataDir, log: () => {} });
      const ids = [(await store.create({ meta: { headline: 'new' } })).id];
      await store.flush();
      const lastAck = new Map(ids.map((id) => [id, 0]));
      let caught = '';
      for (let round = 0; round < 60 && caught === ''; round += 1) {
        const { acked } = await runAndKill(dataDir, ids, 1 + Math.floor(random() * MAX_KILL_DELAY_MS), { ...process.env, COPYDESK_CRASH_NON_ATOMIC: '1' });
        note.cases += 1;
        for (const [id, revision] of acked) lastAck.set(id, Math.max(lastAck.get(id)!, revision));
        try {
          const result = await verifyAfterKill(dataDir, ids, lastAck);
          for (const [id, revision] of result.revisions) lastAck.set(id, revision);
        } catch (error) {
          caught = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 160);
        }
      }
      note.details = caught ? `caught after ${note.cases} kills: "${caught}"` : `not caught in ${note.cases} kills`;
      expect(caught, 'the verification never noticed a non-atomic writer').not.toBe('');
    });
  }, 200_000);
});
