/**
 * Trains the attribution tagger on PolNeAR and writes shared/attribution/model/tagger.json.
 *
 *   npx tsx scripts/train-attribution.ts [TRAIN_DIR] [--holdout] [--epochs N]
 *
 * TRAIN_DIR defaults to ../shared/corpora/polnear/train (relative to the repo).
 * --holdout trains on nine articles in ten and reports scores on the tenth
 * (tuning happens this way, never on dev or test); without it every article
 * is used and the model file is written. Deterministic: the same corpus gives
 * the same model byte for byte. Only learned weights are written, no corpus text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDetector } from '../shared/attribution/detect';
import { extractStaticFeatures, quoteContext } from '../shared/attribution/features';
import { findQuoteRegions } from '../shared/attribution/quotes';
import { tokenize } from '../shared/attribution/tokens';
import { SparseWeights } from '../shared/attribution/weights';
import type { GoldDocument } from './attribution-corpus';
import { readSplit } from './attribution-corpus';
import { evaluate, formatScores } from './attribution-evaluate';
import { goldLabels } from './attribution-gold-labels';
import { serializeWeights } from './attribution-model-file';
import type { TrainingExample } from './attribution-perceptron';
import { AveragedPerceptron } from './attribution-perceptron';

const HASH_BITS = 20;
const MAX_BUCKETS = 90_000;

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const holdout = args.includes('--holdout');
const epochsFlag = args.indexOf('--epochs');
const epochs = epochsFlag >= 0 ? Number(args[epochsFlag + 1]) : 8;
const trainDir = path.resolve(repo, args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--epochs') ?? '../shared/corpora/polnear/train');

function toExample(document: GoldDocument): TrainingExample {
  const tokens = tokenize(document.text);
  const features = extractStaticFeatures(tokens, quoteContext(tokens, findQuoteRegions(document.text, tokens)));
  return { tokens, features, gold: goldLabels(tokens, document.attributions) };
}

/** A small seeded generator (mulberry32), so the shuffled order is the same on every run. */
function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function main(): void {
  const started = Date.now();
  const documents = readSplit(trainDir);
  if (documents.length === 0) throw new Error(`no PolNeAR documents under ${trainDir}`);
  const trainDocs = holdout ? documents.filter((_, i) => i % 10 !== 0) : documents;
  const heldOut = holdout ? documents.filter((_, i) => i % 10 === 0) : [];
  const examples = trainDocs.map(toExample);
  const tokenCount = examples.reduce((sum, e) => sum + e.tokens.length, 0);
  console.log(`${trainDocs.length} articles, ${tokenCount} tokens prepared in ${Date.now() - started} ms`);

  const perceptron = new AveragedPerceptron(HASH_BITS);
  const random = seededRandom(20161108);
  const order = examples.map((_, i) => i);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    perceptron.errorsByRole.fill(0);
    for (const index of order) errors += perceptron.train(examples[index]!);
    console.log(`epoch ${epoch}: ${errors} label errors [${perceptron.errorsByRole.join(' ')}] (${Date.now() - started} ms)`);
  }
  const model = serializeWeights(perceptron.averaged(), MAX_BUCKETS);
  console.log(`kept ${model.bucketGaps.length} feature buckets`);
  if (holdout) {
    const detector = createDetector(SparseWeights.fromSerialized(model));
    console.log(`held-out (${heldOut.length} articles):\n${formatScores(evaluate(detector, heldOut))}`);
  } else {
    const out = path.join(repo, 'shared/attribution/model/tagger.json');
    fs.writeFileSync(out, `${JSON.stringify(model)}\n`);
    console.log(`wrote ${path.relative(repo, out)} (${fs.statSync(out).size} bytes)`);
  }
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main();
