/**
 * Measures detector throughput in words per second of CPU time (not wall
 * time, so that other work on a shared machine does not distort it), for the
 * trained detector and the regex baseline.
 *
 *   npx tsx scripts/attribution-throughput.ts [DIR_OF_TXT_FILES] [--rounds N]
 *
 * DIR defaults to ../shared/corpora/polnear/dev/text. Only timings are printed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectAttributions, detectRegexBaseline } from '../shared/attribution/index';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const roundsFlag = args.indexOf('--rounds');
const rounds = roundsFlag >= 0 ? Number(args[roundsFlag + 1]) : 3;
const dir = path.resolve(repo, args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--rounds') ?? '../shared/corpora/polnear/dev/text');

const texts = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
const words = texts.reduce((sum, t) => sum + t.split(/\s+/).filter(Boolean).length, 0);

function cpuSeconds(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

// The first call unpacks the weights and warms up the JIT; it is timed separately.
const loadSeconds = cpuSeconds(() => detectAttributions('She said so.'));
console.log(`${texts.length} texts, ${words} words; first call (unpacks the weights, warms up) ${(loadSeconds * 1000).toFixed(0)} ms CPU`);
for (const [name, detect] of [
  ['detectAttributions', detectAttributions],
  ['detectRegexBaseline', detectRegexBaseline],
] as const) {
  let best = Infinity;
  for (let round = 0; round < rounds; round++) best = Math.min(best, cpuSeconds(() => texts.forEach((t) => detect(t))));
  console.log(`${name.padEnd(20)} ${Math.round(words / best)} words/s (best of ${rounds}, ${(best * 1000).toFixed(0)} ms CPU)`);
}
