/**
 * Trains the content ranker (shared/attribution/content-ranker.ts), which
 * picks each attribution's content among the linked one and the usual shapes
 * around its cue, and writes shared/attribution/model/content-ranker.json.
 *
 *   for k in 0 1 2 3 4 5 6 7 8 9; do
 *     npx tsx scripts/train-attribution.ts --holdout --fold $k --out out/folds/fold-$k.json
 *   done
 *   npx tsx scripts/train-content-ranker.ts out/folds [--holdout] [TRAIN_DIR]
 *
 * The ranker must learn from the detector's mistakes on articles it has not
 * seen, so each article's linked spans come from the tagger trained without
 * its tenth of train (fold k leaves out the articles numbered k modulo ten).
 * --holdout trains on folds 1-9 and compares, on fold 0, the detector with
 * and without the ranker. Deterministic; writes learned weights only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { createDetector, linkAttributions } from '../shared/attribution/detect';
import { rankingOptions, scoreCandidate, SparseRankerWeights } from '../shared/attribution/content-ranker';
import { encodeGaps, encodeWeightLevels, quantizeWeight } from '../shared/attribution/weight-codec';
import type { RankerWeights, SerializedContentRanker } from '../shared/attribution/content-ranker';
import type { Span } from '../shared/attribution/types';
import type { SerializedModel } from '../shared/attribution/weights';
import { loadPasses } from '../shared/attribution/weights';
import { readSplit } from './attribution-corpus';
import { seededRandom, shuffleInPlace } from './seeded-random';
import type { GoldAttribution } from './attribution-corpus';
import { evaluate, formatScores } from './attribution-evaluate';

const HASH_BITS = 18;
const EPOCHS = 5;
const FOLDS = 10;
/** The scorer's threshold: a content counts when its Jaccard overlap with the annotated one reaches this. */
const GOOD_OVERLAP = 0.5;
/**
 * The ranker's dropMargin (see content-ranker.ts). Training leaves it out
 * (dropping competes with the contents as an equal); --holdout reports the
 * scores at several margins, and this one scored best on fold 0.
 */
const DROP_MARGIN = 10;
const MARGINS_TRIED = [0, 5, 10, 20, 1e9];

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const holdout = args.includes('--holdout');
const [foldDir, trainDirArg] = args.filter((a) => !a.startsWith('--'));
if (!foldDir) throw new Error('usage: train-content-ranker.ts FOLD_MODEL_DIR [--holdout] [TRAIN_DIR]');
const trainDir = path.resolve(repo, trainDirArg ?? '../shared/corpora/polnear/train');

const modelSchema = z.object({ format: z.literal('copydesk-attribution-tagger'), version: z.number(), passes: z.array(z.unknown()) });

/** One attribution's options: their features and how well each overlaps the annotated content (1 or 0 for dropping it). */
interface RankingExample {
  features: number[][];
  overlaps: number[];
}

function jaccard(a: Span, b: Span): number {
  const overlap = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union > 0 ? overlap / union : 0;
}

function loadFold(fold: number): SerializedModel {
  const file = path.resolve(foldDir!, `fold-${fold}.json`);
  const parsed = modelSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  return parsed as unknown as SerializedModel;
}

/**
 * The ranking examples of one article, read with the tagger that did not see
 * it. The options are the candidate contents and, last, dropping the
 * attribution: for a cue the annotators marked, the right options are the
 * candidates that overlap the annotated content enough to count; for a cue
 * they did not mark, only dropping it is right.
 */
function examplesOf(text: string, gold: GoldAttribution[], passes: ReturnType<typeof loadPasses>): RankingExample[] {
  const found = linkAttributions(text, passes);
  if (!found) return [];
  const { tokens, quotes, marks, linked, cues } = found;
  const examples: RankingExample[] = [];
  const used = new Set<number>();
  for (const entry of linked) {
    const cue = { start: tokens[entry.cue.first]!.start, end: tokens[entry.cue.last]!.end };
    const { candidates, drop } = rankingOptions(tokens, entry, quotes, marks, cues);
    const features = [...candidates.map((c) => c.features), drop];
    const match = gold.findIndex((g, i) => !used.has(i) && g.cue !== null && jaccard(g.cue, cue) > 0);
    if (match < 0) {
      if (!gold.some((g) => g.cue !== null && jaccard(g.cue, cue) > 0)) examples.push({ features, overlaps: [...candidates.map(() => 0), 1] });
      continue;
    }
    used.add(match);
    const content = gold[match]!.content;
    if (!content) continue;
    const overlaps = candidates.map(({ candidate }) => jaccard(content, { start: tokens[candidate.span.first]!.start, end: tokens[candidate.span.last]!.end }));
    if (overlaps.some((o) => o >= GOOD_OVERLAP)) examples.push({ features, overlaps: [...overlaps, 0] });
  }
  return examples;
}

class DenseRankerWeights implements RankerWeights {
  readonly values: Float32Array;
  /** Training compares dropping with the contents as an equal. */
  readonly dropMargin = 0;
  constructor(readonly hashBits: number) {
    this.values = new Float32Array(1 << hashBits);
  }
  weightOf(bucket: number): number {
    return this.values[bucket]!;
  }
}

/**
 * Averaged perceptron ranking: when the top-scoring option would not count as
 * right, move towards the best one and away from it.
 */
function train(examples: RankingExample[]): DenseRankerWeights {
  const weights = new DenseRankerWeights(HASH_BITS);
  const totals = new Float64Array(weights.values.length);
  const stamps = new Int32Array(weights.values.length);
  const mask = (1 << HASH_BITS) - 1;
  let clock = 0;
  const update = (features: number[], delta: number): void => {
    for (const feature of features) {
      const b = feature & mask;
      totals[b]! += (clock - stamps[b]!) * weights.values[b]!;
      stamps[b] = clock;
      weights.values[b]! += delta;
    }
  };
  const random = seededRandom(20181108);
  const order = examples.map((_, i) => i);
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    shuffleInPlace(order, random);
    let wrong = 0;
    for (const index of order) {
      clock++;
      const { features, overlaps } = examples[index]!;
      let chosen = 0;
      let best = 0;
      features.forEach((f, c) => {
        if (scoreCandidate(weights, f) > scoreCandidate(weights, features[chosen]!)) chosen = c;
        if (overlaps[c]! > overlaps[best]!) best = c;
      });
      if (overlaps[chosen]! >= GOOD_OVERLAP) continue;
      wrong++;
      update(features[best]!, 1);
      update(features[chosen]!, -1);
    }
    if (epoch === EPOCHS) console.log(`${examples.length} attributions, wrong in last epoch: ${wrong}`);
  }
  const averaged = new DenseRankerWeights(HASH_BITS);
  for (let b = 0; b < averaged.values.length; b++) averaged.values[b] = (totals[b]! + (clock - stamps[b]!) * weights.values[b]!) / Math.max(1, clock);
  return averaged;
}

function serialize(weights: DenseRankerWeights, dropMargin: number): SerializedContentRanker {
  let largest = 0;
  for (const value of weights.values) largest = Math.max(largest, Math.abs(value));
  const gaps: number[] = [];
  const levels: number[] = [];
  let previous = 0;
  weights.values.forEach((value, bucket) => {
    const level = quantizeWeight(value, largest);
    if (level === 0) return;
    gaps.push(bucket - previous);
    previous = bucket;
    levels.push(level);
  });
  const format = 'copydesk-content-ranker';
  return { format, version: 1, hashBits: HASH_BITS, dropMargin, largest, bucketGaps: encodeGaps(gaps), weights: encodeWeightLevels(levels) };
}

function main(): void {
  const documents = readSplit(trainDir);
  const folds = Array.from({ length: FOLDS }, (_, k) => loadPasses(loadFold(k)));
  const examples: RankingExample[] = [];
  documents.forEach((document, i) => {
    if (holdout && i % FOLDS === 0) return;
    examples.push(...examplesOf(document.text, document.attributions, folds[i % FOLDS]!));
  });
  const weights = train(examples);
  if (holdout) {
    const heldOut = documents.filter((_, i) => i % FOLDS === 0);
    console.log(`fold 0 without the ranker:\n${formatScores(evaluate(createDetector(folds[0]!), heldOut))}`);
    for (const margin of MARGINS_TRIED) {
      const ranker = SparseRankerWeights.fromSerialized(serialize(weights, margin));
      console.log(`fold 0 with the ranker, drop margin ${margin}:\n${formatScores(evaluate(createDetector(folds[0]!, ranker), heldOut))}`);
    }
    return;
  }
  const out = path.join(repo, 'shared/attribution/model/content-ranker.json');
  fs.writeFileSync(out, `${JSON.stringify(serialize(weights, DROP_MARGIN))}\n`);
  console.log(`wrote ${out} (${fs.statSync(out).size} bytes)`);
}

main();
