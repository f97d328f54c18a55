import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Draft } from '../../../shared/model/draft';
import { LIBRARY_SIZES, libraryDrafts } from '../fixtures/library';
import { formatInt, sample } from '../lib/measure';
import { BENCH_DIR, ROOT } from '../lib/paths';
import { progress } from '../lib/progress';
import type { Benchmark, Figure } from '../lib/result';
import { median } from '../lib/stats';
import { CONF_NAME } from './conf-format';

const run = promisify(execFile);
/** A size is skipped when the size before it projects more than this per save: the baseline's cap. */
const MAX_PROJECTED_SAVE_MS = 8_000;

/** Writes the library as conf holds it: one JSON file, tab-indented, every draft under drafts.<id>. */
function writeConfFile(dir: string, count: number): { bytes: number; seconds: number } {
  const started = Date.now();
  mkdirSync(dir, { recursive: true });
  const drafts: Record<string, Draft> = {};
  for (const draft of libraryDrafts(count)) drafts[draft.id] = draft;
  const text = JSON.stringify({ drafts }, undefined, '\t');
  writeFileSync(path.join(dir, `${CONF_NAME}.json`), text);
  return { bytes: Buffer.byteLength(text), seconds: (Date.now() - started) / 1000 };
}

interface Session {
  loadMs: number;
  listed: number;
  saveMs?: number[];
  rssMiB?: number;
  peakMiB?: number;
}

async function session(dir: string, args: string[]): Promise<Session> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', path.join(BENCH_DIR, 'library', 'conf-session.ts'), dir, ...args], {
    cwd: ROOT,
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout) as Session;
}

interface SizeResult {
  count: number;
  loadMs: number[];
  saveMs: number[];
  rssMiB: number;
  peakMiB: number;
  bytes: number;
  skipped?: string;
}

async function measureSize(dir: string, count: number, quick: boolean): Promise<SizeResult> {
  const written = writeConfFile(dir, count);
  progress(`  conf ${formatInt(count)}: ${formatInt(written.bytes / 2 ** 20)} MiB file written in ${written.seconds.toFixed(1)} s`);
  const loads = quick ? 1 : count >= 10_000 ? 2 : 4;
  const loadMs: number[] = [];
  for (let index = 0; index < loads; index += 1) loadMs.push((await session(dir, ['load'])).loadMs);
  const saves = quick ? 3 : count >= 10_000 ? 3 : count >= 1_000 ? 15 : 40;
  const saving = await session(dir, ['save', String(saves)]);
  if (saving.listed !== count) throw new Error(`conf listed ${saving.listed} drafts, expected ${count}`);
  loadMs.push(saving.loadMs);
  progress(`  conf ${formatInt(count)}: load ${loadMs.map((ms) => ms.toFixed(0)).join(', ')} ms; save median ${median(saving.saveMs!).toFixed(0)} ms`);
  return { count, loadMs, saveMs: saving.saveMs!, rssMiB: saving.rssMiB!, peakMiB: saving.peakMiB!, bytes: written.bytes };
}

function figuresOf(result: SizeResult): Figure[] {
  const size = `${formatInt(result.count)} drafts`;
  const note = result.skipped ? { note: result.skipped } : {};
  return [
    {
      section: 'Library',
      name: `Baseline, ${size}: open the conf store and list the library`,
      unit: 'ms',
      stat: 'median',
      key: `library-list-${result.count}`,
      copydesk: null,
      baseline: { label: 'conf: open the store, list (first in a fresh process)', sample: result.loadMs.length ? sample('load', result.loadMs) : null, ...note },
    },
    {
      section: 'Library',
      name: `Baseline, ${size}: save the 10,000-word draft with conf.set`,
      unit: 'ms',
      stat: 'p95',
      key: `library-save-${result.count}`,
      copydesk: null,
      baseline: { label: 'conf.set (reads, parses and rewrites the whole file)', sample: result.saveMs.length ? sample('save', result.saveMs) : null, ...note },
    },
    {
      section: 'Library',
      name: `Baseline, ${size}: memory of the process after loading and saving (RSS)`,
      unit: 'MiB',
      stat: 'median',
      key: `library-memory-${result.count}`,
      copydesk: null,
      baseline: { label: 'conf process', sample: result.rssMiB ? sample('reading', [result.rssMiB]) : null, ...note },
    },
  ];
}

/**
 * The baseline the library is measured against: the same drafts in one
 * electron-store-style JSON file (conf 15.1), which reads and rewrites the
 * whole file on every change. Load time and save p95 at each library size;
 * a size is skipped, and the report says so, when the size before it
 * projects an absurd save time.
 */
const confBaselineBench: Benchmark = async ({ runDir, quick }) => {
  const results: SizeResult[] = [];
  for (const count of LIBRARY_SIZES) {
    const previous = results.at(-1);
    if (previous && !previous.skipped) {
      const projected = median(previous.saveMs) * (count / previous.count);
      if (projected > MAX_PROJECTED_SAVE_MS) {
        const skipped = `capped: not measured, about ${formatInt(projected / 1000)} s per save projected from ${formatInt(previous.count)} drafts`;
        results.push({ count, loadMs: [], saveMs: [], rssMiB: 0, peakMiB: 0, bytes: 0, skipped });
        continue;
      }
    }
    results.push(await measureSize(path.join(runDir, `conf-${count}`), count, quick));
  }
  return {
    figures: results.flatMap(figuresOf),
    facts: results.map((result) =>
      result.skipped
        ? `conf at ${formatInt(result.count)} drafts: ${result.skipped}.`
        : `conf at ${formatInt(result.count)} drafts: one ${formatInt(result.bytes / 2 ** 20)} MiB file (tab-indented JSON, as conf writes it); ${result.saveMs.length} saves; RSS ${formatInt(result.rssMiB)} MiB, peak ${formatInt(result.peakMiB)} MiB.`,
    ),
  };
};

export default confBaselineBench;
