/**
 * Trains the attribution tagger on PolNeAR and writes shared/attribution/model/tagger.json.
 *
 *   npx tsx scripts/train-attribution.ts [TRAIN_DIR] [--holdout] [--fold K] [--epochs N] [--out FILE] [--single-pass]
 *
 * TRAIN_DIR defaults to ../shared/corpora/polnear/train (relative to the repo).
 * --holdout trains on nine articles in ten and reports scores on the tenth
 * (tuning happens this way, never on dev or test); --fold K (0-9) leaves out
 * the articles numbered K modulo ten instead of 0, for cross-validation.
 * Without --holdout every article is used and the model file is written (to
 * --out FILE instead, when given).
 * --single-pass skips the second (stacked) pass: a quicker check of first-pass changes.
 * Deterministic: the same corpus gives the same model byte for byte. Only
 * learned weights are written, no corpus text. About three minutes on one core.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDetector } from '../shared/attribution/detect';
import { extractStaticFeatures, quoteContext } from '../shared/attribution/features';
import type { StaticFeatures } from '../shared/attribution/features';
import { findQuoteRegions } from '../shared/attribution/quotes';
import { withFirstPass } from '../shared/attribution/stacking';
import type { LabelSequences } from '../shared/attribution/tagger';
import { tagTokens } from '../shared/attribution/tagger';
import { tokenize } from '../shared/attribution/tokens';
import type { Token } from '../shared/attribution/tokens';
import type { DenseWeights } from '../shared/attribution/weights';
import { loadPasses } from '../shared/attribution/weights';
import { readSplit } from './attribution-corpus';
import { seededRandom, shuffleInPlace } from './seeded-random';
import { evaluate, formatScores } from './attribution-evaluate';
import { goldLabels } from './attribution-gold-labels';
import { serializeModel } from './attribution-model-file';
import type { TrainingExample } from './attribution-learner';
import { AveragedPassiveAggressive } from './attribution-learner';

const HASH_BITS = 20;
const MAX_BUCKETS_PER_PASS = Number(process.env.ATTRIBUTION_BUCKETS ?? 120_000);
/** Folds for the first-pass labels the second pass trains on (each predicted by a model that did not see the article). */
const FOLDS = 4;

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const holdout = args.includes('--holdout');
const singlePass = args.includes('--single-pass');
const epochsFlag = args.indexOf('--epochs');
const epochs = epochsFlag >= 0 ? Number(args[epochsFlag + 1]) : 8;
const foldFlag = args.indexOf('--fold');
const heldOutFold = foldFlag >= 0 ? Number(args[foldFlag + 1]) : 0;
const outFlag = args.indexOf('--out');
const outFile = outFlag >= 0 ? path.resolve(args[outFlag + 1]!) : null;
const valued = new Set(['--epochs', '--out', '--fold']);
const trainDir = path.resolve(
  repo,
  args.find((a, i) => !a.startsWith('--') && !valued.has(args[i - 1] ?? '')) ?? '../shared/corpora/polnear/train',
);
const started = Date.now();
const log = (message: string): void => console.log(`[${((Date.now() - started) / 1000).toFixed(0)}s] ${message}`);

interface PreparedDocument {
  tokens: Token[];
  base: StaticFeatures;
  gold: LabelSequences;
}

function trainPass(examples: TrainingExample[], label: string): DenseWeights {
  const learner = new AveragedPassiveAggressive(HASH_BITS);
  const random = seededRandom(20161108);
  const order = examples.map((_, i) => i);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffleInPlace(order, random);
    learner.errorsByRole.fill(0);
    for (const index of order) learner.train(examples[index]!);
    if (epoch === epochs) log(`${label}: ${examples.length} articles, errors in last epoch [${learner.errorsByRole.join(' ')}]`);
  }
  return learner.averaged();
}

function main(): void {
  const documents = readSplit(trainDir);
  if (documents.length === 0) throw new Error(`no PolNeAR documents under ${trainDir}`);
  if (!Number.isInteger(heldOutFold) || heldOutFold < 0 || heldOutFold > 9) throw new Error('--fold takes 0 to 9');
  const trainDocs = holdout ? documents.filter((_, i) => i % 10 !== heldOutFold) : documents;
  const heldOut = holdout ? documents.filter((_, i) => i % 10 === heldOutFold) : [];
  const prepared: PreparedDocument[] = trainDocs.map((document) => {
    const tokens = tokenize(document.text);
    const base = extractStaticFeatures(tokens, quoteContext(tokens, findQuoteRegions(document.text, tokens)));
    return { tokens, base, gold: goldLabels(tokens, document.attributions) };
  });
  log(`${prepared.length} articles, ${prepared.reduce((sum, d) => sum + d.tokens.length, 0)} tokens prepared`);

  const firstPassExample = (d: PreparedDocument): TrainingExample => ({ tokens: d.tokens, features: d.base, gold: d.gold });
  const firstPass = trainPass(prepared.map(firstPassExample), 'first pass');
  const passes = [firstPass];
  if (!singlePass) passes.push(trainSecondPass(prepared, firstPassExample));

  const model = serializeModel(passes, MAX_BUCKETS_PER_PASS);
  if (holdout) {
    const loaded = loadPasses(model);
    if (loaded.length > 1) log(`held-out, first pass only:\n${formatScores(evaluate(createDetector(loaded.slice(0, 1)), heldOut))}`);
    log(`held-out (${heldOut.length} articles):\n${formatScores(evaluate(createDetector(loaded), heldOut))}`);
  }
  if (!holdout || outFile) {
    const out = outFile ?? path.join(repo, 'shared/attribution/model/tagger.json');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${JSON.stringify(model)}\n`);
    log(`wrote ${out} (${fs.statSync(out).size} bytes)`);
  }
}

function trainSecondPass(prepared: PreparedDocument[], firstPassExample: (d: PreparedDocument) => TrainingExample): DenseWeights {
  const jackknifed: LabelSequences[] = new Array(prepared.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const weights = trainPass(prepared.filter((_, i) => i % FOLDS !== fold).map(firstPassExample), `fold ${fold + 1}/${FOLDS}`);
    prepared.forEach((d, i) => {
      if (i % FOLDS === fold) jackknifed[i] = tagTokens(d.tokens, d.base, weights);
    });
  }
  return trainPass(
    prepared.map((d, i) => ({ tokens: d.tokens, features: withFirstPass(d.tokens, d.base, jackknifed[i]!), gold: d.gold })),
    'second pass',
  );
}

main();
