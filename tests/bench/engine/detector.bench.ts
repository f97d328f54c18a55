import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { detectAttributions, detectRegexBaseline } from '../../../shared/attribution';
import { collectGarbage, formatInt, now, sample } from '../lib/measure';
import { POLNEAR_DEV_TEXT } from '../lib/paths';
import { progress } from '../lib/progress';
import type { Benchmark } from '../lib/result';
import { median } from '../lib/stats';

const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });
function countWords(text: string): number {
  let count = 0;
  for (const segment of wordSegmenter.segment(text)) if (segment.isWordLike) count += 1;
  return count;
}

/** Seconds for one pass of `detect` over every text. */
function pass(texts: readonly string[], detect: (text: string) => unknown): number {
  collectGarbage();
  const started = now();
  for (const text of texts) detect(text);
  return (now() - started) / 1000;
}

/**
 * Detector words per second over the PolNeAR dev texts (read in place, never
 * copied into the repository), against the plain-regex detector. Passes
 * alternate between the two so both see the same machine conditions.
 */
const detectorBench: Benchmark = async ({ quick }) => {
  const dir = process.env['BENCH_POLNEAR_DIR'] ?? POLNEAR_DEV_TEXT;
  const files = readdirSync(dir).filter((name) => name.endsWith('.txt')).sort();
  if (files.length === 0) throw new Error(`no PolNeAR dev texts in ${dir}`);
  const texts = files.map((name) => readFileSync(path.join(dir, name), 'utf8'));
  const words = texts.reduce((sum, text) => sum + countWords(text), 0);

  let started = now();
  detectAttributions('The minister said on Monday that the talks would resume.');
  const firstCallMs = now() - started;
  started = now();
  pass(texts, detectAttributions);
  const warmupSeconds = (now() - started) / 1000;
  pass(texts, detectRegexBaseline);

  const runs = quick ? 2 : 5;
  const model: number[] = [];
  const regex: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    model.push(words / pass(texts, detectAttributions));
    regex.push(words / pass(texts, detectRegexBaseline));
    progress(`  detector pass ${run + 1}/${runs}: ${formatInt(model.at(-1)!)} words/s (regex ${formatInt(regex.at(-1)!)})`);
  }
  const throughput = sample('pass', model);
  return {
    figures: [
      {
        section: 'Engine and export',
        name: 'Detector throughput, PolNeAR dev texts',
        unit: 'words/s',
        stat: 'median',
        higherIsBetter: true,
        copydesk: throughput,
        baseline: { label: 'plain-regex detector', sample: sample('pass', regex) },
        targets: [{ text: '≥ 50,000 words/s', met: median(model) >= 50_000 }],
      },
    ],
    facts: [
      `PolNeAR dev: ${files.length} texts, ${formatInt(words)} words (Unicode word segments), read from ${path.relative(process.cwd(), dir)}; one pass = every text once, on one core (single thread).`,
      `First detector call (model load) ${firstCallMs.toFixed(0)} ms; untimed warm-up pass ${warmupSeconds.toFixed(1)} s.`,
    ],
  };
};

export default detectorBench;
