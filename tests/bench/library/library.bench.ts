import { existsSync } from 'node:fs';
import type { Draft } from '../../../shared/model/draft';
import { LIBRARY_SIZES, libraryDir, writeLibrary } from '../fixtures/library';
import { LONG_ARTICLE } from '../fixtures/standard';
import { startHost, type BenchHost } from '../lib/host';
import { formatInt, now, sample } from '../lib/measure';
import { progress } from '../lib/progress';
import type { Benchmark, Figure } from '../lib/result';
import { median, percentile } from '../lib/stats';
import { savesOf } from './save-requests';

interface SizeResult {
  count: number;
  /** Host printed its address → first drafts.list answered, per warm start (index present). */
  listMs: number[];
  /** Process spawned → first drafts.list answered, per warm start, with the built host (plain node). */
  spawnToListMs: number[];
  /** The same with the host run from source through tsx (as `npm run web` ran it before the build). */
  tsxSpawnToListMs: number[];
  /** The same with no index (first start after an import): one value. */
  rebuildMs: number;
  openLongMs: number[];
  openTypicalMs: number[];
  saveMs: number[];
  rssMiB: number;
  peakMiB: number;
  facts: string[];
}

async function firstListing(host: BenchHost, count: number): Promise<number> {
  const listed = await host.call('drafts.list', {});
  if (listed.drafts.length !== count) throw new Error(`listed ${listed.drafts.length} drafts, expected ${count}`);
  return now();
}

async function measureSize(runDir: string, count: number, quick: boolean): Promise<SizeResult> {
  const dataDir = libraryDir(runDir, count);
  const facts: string[] = [];
  if (!existsSync(dataDir)) {
    const written = writeLibrary(dataDir, count);
    facts.push(`${formatInt(count)} drafts generated and written in the store's format in ${written.seconds.toFixed(1)} s (${formatInt(written.bytes / 2 ** 20)} MiB).`);
    progress(`  ${formatInt(count)} drafts written in ${written.seconds.toFixed(1)} s`);
  }
  // First start: no index yet, so the store reads every draft file and writes the index.
  let host = await startHost(dataDir);
  const rebuildMs = (await firstListing(host, count)) - host.readyAt;
  await host.stop();
  progress(`  ${formatInt(count)}: first start (index rebuilt from the files) listed in ${rebuildMs.toFixed(0)} ms`);

  const starts = quick ? 2 : 5;
  const listMs: number[] = [];
  const spawnToListMs: number[] = [];
  for (let start = 0; start < starts; start += 1) {
    host = await startHost(dataDir);
    const listedAt = await firstListing(host, count);
    listMs.push(listedAt - host.readyAt);
    spawnToListMs.push(listedAt - host.spawnedAt);
    await host.stop();
  }
  progress(`  ${formatInt(count)}: listed in ${listMs.map((ms) => ms.toFixed(0)).join(', ')} ms after start`);
  const tsxSpawnToListMs: number[] = [];
  for (let start = 0; start < starts; start += 1) {
    const fromSource = await startHost(dataDir, undefined, 'tsx');
    tsxSpawnToListMs.push((await firstListing(fromSource, count)) - fromSource.spawnedAt);
    await fromSource.stop();
  }
  progress(`  ${formatInt(count)}: spawn → listed ${spawnToListMs.map((ms) => ms.toFixed(0)).join(', ')} ms built, ${tsxSpawnToListMs.map((ms) => ms.toFixed(0)).join(', ')} ms through tsx`);

  // One more host stays up for opening and saving, as an editor's session would.
  host = await startHost(dataDir);
  const listing = await host.call('drafts.list', {});
  const typicalId = listing.drafts.find((draft) => draft.id !== LONG_ARTICLE.id)!.id;
  const opens = quick ? 3 : 10;
  const openLongMs: number[] = [];
  const openTypicalMs: number[] = [];
  let long: Draft | null = null;
  for (let index = 0; index < opens; index += 1) {
    let started = now();
    long = await host.call('drafts.open', { id: LONG_ARTICLE.id });
    openLongMs.push(now() - started);
    started = now();
    await host.call('drafts.open', { id: typicalId });
    openTypicalMs.push(now() - started);
  }
  // Up to 40 counted saves, within about 30 s once 10 are in: a slow save path must not stall the whole run.
  const saves = quick ? 8 : 40;
  const saveMs: number[] = [];
  let revision = long!.revision;
  const savingSince = now();
  for (const { index, ...request } of savesOf(long!, saves + 3)) {
    if (saveMs.length >= 10 && now() - savingSince > (quick ? 10_000 : 30_000)) break;
    const json = JSON.stringify({ ...request, baseRevision: revision });
    const started = now();
    const saved = await host.call('drafts.save', { json });
    const elapsed = now() - started;
    revision = saved.revision;
    if (index >= 3) saveMs.push(elapsed); // The first saves take the interval history snapshot; they are warm-up.
  }
  const memory = host.memory();
  await host.stop();
  progress(`  ${formatInt(count)}: save p95 ${percentile(saveMs, 95).toFixed(1)} ms, RSS ${memory.rssMiB.toFixed(0)} MiB`);
  return { count, listMs, spawnToListMs, tsxSpawnToListMs, rebuildMs, openLongMs, openTypicalMs, saveMs, rssMiB: memory.rssMiB, peakMiB: memory.peakMiB, facts };
}

function figuresOf(result: SizeResult): Figure[] {
  const size = `${formatInt(result.count)} drafts`;
  const listMedian = median(result.listMs);
  const saveP95 = percentile(result.saveMs, 95);
  return [
    {
      section: 'Library',
      name: `${size}: web host start → library listed (drafts.list over HTTP, index present)`,
      unit: 'ms',
      stat: 'median',
      key: `library-list-${result.count}`,
      copydesk: sample('start', result.listMs),
      targets: [{ text: '< 300 ms', met: listMedian < 300 }],
    },
    {
      section: 'Library',
      name: `${size}: process spawn → library listed (built web host: node out/web/main.js, Node start-up included)`,
      unit: 'ms',
      stat: 'median',
      copydesk: sample('start', result.spawnToListMs),
      baseline: { label: 'the same host from source through tsx', sample: sample('start', result.tsxSpawnToListMs) },
    },
    {
      section: 'Library',
      name: `${size}: first start after import → listed (no index: every file read, index written)`,
      unit: 'ms',
      stat: 'median',
      copydesk: sample('start', [result.rebuildMs]),
    },
    {
      section: 'Library',
      name: `${size}: open the 10,000-word draft (drafts.open over HTTP)`,
      unit: 'ms',
      stat: 'median',
      copydesk: sample('open', result.openLongMs),
    },
    {
      section: 'Library',
      name: `${size}: open an ordinary draft (300–1,500 words)`,
      unit: 'ms',
      stat: 'median',
      copydesk: sample('open', result.openTypicalMs),
    },
    {
      section: 'Library',
      name: `${size}: save the 10,000-word draft (drafts.save over HTTP, atomic write with fsync)`,
      unit: 'ms',
      stat: 'p95',
      key: `library-save-${result.count}`,
      copydesk: sample('save', result.saveMs),
      targets: [{ text: 'p95 < 30 ms', met: saveP95 < 30 }],
    },
    {
      section: 'Library',
      name: `${size}: web host memory after listing, opening and saving (RSS)`,
      unit: 'MiB',
      stat: 'median',
      key: `library-memory-${result.count}`,
      copydesk: sample('reading', [result.rssMiB]),
      note: `peak ${result.peakMiB.toFixed(0)} MiB`,
    },
  ];
}

/**
 * The draft library on disk through the real web host, at 100, 1,000 and
 * 10,000 drafts: start → listed, open, save p95 of the 10,000-word draft
 * (to show it does not depend on the library's size) and memory. The conf
 * baseline is measured next, by library/conf-baseline.bench.ts.
 */
const libraryBench: Benchmark = async ({ runDir, quick }) => {
  const results: SizeResult[] = [];
  for (const count of LIBRARY_SIZES) results.push(await measureSize(runDir, count, quick));
  const saveP95s = results.map((result) => percentile(result.saveMs, 95));
  const spread = Math.max(...saveP95s) / Math.min(...saveP95s);
  const independence: Figure = {
    section: 'Library',
    name: 'Save p95 at 10,000 drafts ÷ save p95 at 100 drafts (independence from library size)',
    unit: '×',
    stat: 'median',
    copydesk: sample('ratio', [saveP95s.at(-1)! / saveP95s[0]!]),
    targets: [{ text: '≤ 1.5× (independent of size)', met: saveP95s.at(-1)! / saveP95s[0]! <= 1.5 }],
  };
  return {
    figures: [...results.flatMap(figuresOf), independence],
    facts: [
      ...results.flatMap((result) => result.facts),
      `Drafts: the 10,000-word article (${LONG_ARTICLE.attributions} attributions) plus ordinary articles of 300–1,500 words, generated from sentence templates.`,
      `Save p95 at ${LIBRARY_SIZES.map((count) => formatInt(count)).join(' / ')} drafts: ${saveP95s.map((ms) => `${ms.toFixed(1)} ms`).join(' / ')} (largest ÷ smallest ${spread.toFixed(2)}×; the target row compares the largest library with the smallest).`,
      'Each save changes one paragraph and is based on the previous revision; 3 warm-up saves (the first takes the interval history snapshot) are not counted.',
    ],
  };
};

export default libraryBench;
