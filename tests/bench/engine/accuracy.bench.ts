import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { sample } from '../lib/measure';
import { BENCH_DIR, POLNEAR_DEV_TEXT, ROOT } from '../lib/paths';
import { progress } from '../lib/progress';
import type { Benchmark, Figure } from '../lib/result';
import { annotatorAgreement } from '../../../scripts/attribution-agreement';

const run = promisify(execFile);
const SCORER = path.resolve(ROOT, '..', 'shared', 'tools', 'polnear-score.mjs');

interface Scores {
  docs: number;
  words: number;
  wallMs: number;
  cueExact: { f1: number };
  sourceExact: { f1: number };
  contentExact: { f1: number };
  attribution: { f1: number };
}

async function score(project: string): Promise<Scores> {
  const corpus = path.dirname(process.env['BENCH_POLNEAR_DIR'] ?? POLNEAR_DEV_TEXT);
  const { stdout } = await run(process.execPath, [SCORER, corpus, project, '--json'], { cwd: ROOT, maxBuffer: 1 << 26, timeout: 600_000 });
  return JSON.parse(stdout.trim().split('\n').pop()!) as Scores;
}

/** A throwaway project whose `npm run cli` is the regex detector, so the scorer runs the baseline the same way. */
function regexProject(runDir: string): string {
  const dir = path.join(runDir, 'regex-cli');
  mkdirSync(dir, { recursive: true });
  const loader = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs');
  const cli = path.join(BENCH_DIR, 'engine', 'regex-cli.ts');
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'regex-cli', private: true, scripts: { cli: `node --import ${JSON.stringify(loader)} ${JSON.stringify(cli)}` } }));
  return dir;
}

/**
 * Detection accuracy on the PolNeAR dev split with the team's scorer
 * (../shared/tools/polnear-score.mjs, which runs `npm run cli -- attributions
 * --json`), and the plain-regex detector scored by the same tool in the same run.
 */
const accuracyBench: Benchmark = async ({ runDir }) => {
  const ours = await score(ROOT);
  progress(`  dev F1: cue ${ours.cueExact.f1.toFixed(3)}, source ${ours.sourceExact.f1.toFixed(3)}, content ${ours.contentExact.f1.toFixed(3)}, attribution ${ours.attribution.f1.toFixed(3)}`);
  const regex = await score(regexProject(runDir));
  const trainDir = path.resolve(ROOT, '..', 'shared', 'corpora', 'polnear', 'train');
  const agreement = annotatorAgreement(trainDir).scores;
  const figure = (name: string, pick: (scores: Scores) => number, target: number): Figure => ({
    section: 'Engine and export',
    name: `PolNeAR dev: ${name}`,
    unit: 'F1',
    stat: 'median',
    higherIsBetter: true,
    copydesk: sample('scoring', [pick(ours)]),
    baseline: { label: 'plain-regex detector', sample: sample('scoring', [pick(regex)]) },
    targets: [{ text: `≥ ${target.toFixed(2)}`, met: pick(ours) >= target }],
  });
  return {
    figures: [
      figure('cue exact-span F1', (scores) => scores.cueExact.f1, 0.75),
      figure('source exact-span F1', (scores) => scores.sourceExact.f1, 0.65),
      figure('content exact-span F1', (scores) => scores.contentExact.f1, 0.5),
      figure('attribution F1', (scores) => scores.attribution.f1, 0.65),
    ],
    facts: [
      `Scored with node ../shared/tools/polnear-score.mjs ../shared/corpora/polnear/dev . over ${ours.docs} documents (${ours.words.toLocaleString('en-GB')} words); the whole CLI run took ${(ours.wallMs / 1000).toFixed(1)} s, start-up included (regex baseline: ${(regex.wallMs / 1000).toFixed(1)} s).`,
      `For scale, PolNeAR's own annotators agree with one another at F1 cue ${agreement.cue!.f1.toFixed(3)}, source ${agreement.source!.f1.toFixed(3)}, content ${agreement.content!.f1.toFixed(3)}, attribution ${agreement.attribution!.f1.toFixed(3)} (scored the same way, on the train articles that several annotators labelled; npx tsx scripts/attribution-agreement.ts).`,
    ],
  };
};

export default accuracyBench;
