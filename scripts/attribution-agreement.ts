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
import type { PredictedAttribution, Score } from './attribution-evaluate';

export interface Agreement {
  articles: number;
  annotations: number;
  /** Ordered (gold, other) annotator pairs scored. */
  pairs: number;
  scores: Record<string, Score>;
}

export function annotatorAgreement(dir: string): Agreement {
  const documents = readMultiplyAnnotated(dir);
  const pairs: { document: GoldDocument; predicted: PredictedAttribution[] }[] = [];
  for (const { name, text, annotations } of documents) {
    annotations.forEach((gold, g) =>
      annotations.forEach((other, p) => {
        if (g !== p) pairs.push({ document: { name, text, attributions: gold }, predicted: other });
      }),
    );
  }
  return {
    articles: documents.length,
    annotations: documents.reduce((sum, d) => sum + d.annotations.length, 0),
    pairs: pairs.length,
    scores: scorePredictions(pairs),
  };
}

const thisFile = fileURLToPath(import.meta.url);
if (process.argv[1] && path.resolve(process.argv[1]) === thisFile) {
  const repo = path.resolve(path.dirname(thisFile), '..');
  const agreement = annotatorAgreement(path.resolve(repo, process.argv[2] ?? '../shared/corpora/polnear/train'));
  console.log(`${agreement.articles} articles with ${agreement.annotations} annotations, ${agreement.pairs} ordered annotator pairs`);
  console.log(formatScores(agreement.scores));
}
