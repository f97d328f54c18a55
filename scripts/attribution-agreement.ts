/**
 * How far PolNeAR's own annotators agree, scored exactly like the detector:
 * on the train articles that several annotators labelled, each annotator in
 * turn is the gold standard and every other one the prediction, pooled.
 * This is the ceiling a detector learning from these annotations can expect.
 *
 *   npx tsx scripts/attribution-agreement.ts [SPLIT_DIR]
 *
 * SPLIT_DIR defaults to ../shared/corpora/polnear/train. Prints scores only.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readMultiplyAnnotated } from './attribution-corpus';
import type { GoldDocument } from './attribution-corpus';
import { formatScores, scorePredictions } from './attribution-evaluate';
import type { PredictedAttribution } from './attribution-evaluate';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.resolve(repo, process.argv[2] ?? '../shared/corpora/polnear/train');
const documents = readMultiplyAnnotated(dir);
const pairs: { document: GoldDocument; predicted: PredictedAttribution[] }[] = [];
for (const { name, text, annotations } of documents) {
  annotations.forEach((gold, g) =>
    annotations.forEach((other, p) => {
      if (g !== p) pairs.push({ document: { name, text, attributions: gold }, predicted: other });
    }),
  );
}
const annotationCount = documents.reduce((sum, d) => sum + d.annotations.length, 0);
console.log(`${documents.length} articles with ${annotationCount} annotations, ${pairs.length} ordered annotator pairs`);
console.log(formatScores(scorePredictions(pairs)));
