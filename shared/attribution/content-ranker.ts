import type { LinkedSpans } from './assemble';
import { contentCandidates } from './content-candidates';
import type { ContentCandidate } from './content-candidates';
import { candidateFeatures, cueContext, dropFeatures } from './content-features';
import type { QuoteRegion } from './quotes';
import type { TokenSpan } from './spans';
import type { Token } from './tokens';
import { decodeGaps, decodeWeightLevels, dequantizeWeight } from './weight-codec';

/** A linear scorer over hashed candidate features. */
export interface RankerWeights {
  readonly hashBits: number;
  /**
   * How far dropping must outscore the best content before an attribution is
   * dropped: a kept attribution that is right half the time still raises F1,
   * so the ranker's even-odds point is too eager.
   */
  readonly dropMargin: number;
  weightOf(bucket: number): number;
}

/**
 * The ranker as written by scripts/train-content-ranker.ts: the buckets with
 * a weight, stored with the tagger's codec (weight-codec.ts), one weight each.
 */
export interface SerializedContentRanker {
  format: 'copydesk-content-ranker';
  version: 1;
  hashBits: number;
  dropMargin: number;
  /** The largest absolute weight: stored levels are relative to it. */
  largest: number;
  bucketGaps: string;
  weights: string;
}

export class SparseRankerWeights implements RankerWeights {
  private constructor(
    readonly hashBits: number,
    readonly dropMargin: number,
    private readonly weights: Map<number, number>,
  ) {}

  static fromSerialized(model: SerializedContentRanker): SparseRankerWeights {
    if (model.format !== 'copydesk-content-ranker' || model.version !== 1) throw new Error('not a Copydesk content ranker (version 1)');
    const gaps = decodeGaps(model.bucketGaps);
    const levels = decodeWeightLevels(model.weights);
    if (gaps.length !== levels.length) throw new Error('content ranker: weights do not match buckets');
    const weights = new Map<number, number>();
    let bucket = 0;
    gaps.forEach((gap, i) => {
      bucket += gap;
      weights.set(bucket, dequantizeWeight(levels[i]!, model.largest));
    });
    return new SparseRankerWeights(model.hashBits, model.dropMargin, weights);
  }

  weightOf(bucket: number): number {
    return this.weights.get(bucket) ?? 0;
  }
}

export function scoreCandidate(weights: RankerWeights, features: number[]): number {
  const mask = (1 << weights.hashBits) - 1;
  let score = 0;
  for (const feature of features) score += weights.weightOf(feature & mask);
  return score;
}

/** The ranker's options for one attribution: each candidate content, and dropping the attribution. */
export interface RankingOptions {
  /** In the order the ranker breaks ties: the linked content first. */
  candidates: { candidate: ContentCandidate; features: number[] }[];
  drop: number[];
}

export function rankingOptions(
  tokens: Token[],
  entry: LinkedSpans,
  quotes: QuoteRegion[],
  marks: Uint8Array,
  otherCues: TokenSpan[],
): RankingOptions {
  const context = cueContext(tokens, entry, marks);
  return {
    candidates: contentCandidates(tokens, entry, quotes).map((candidate) => ({
      candidate,
      features: candidateFeatures(tokens, entry, candidate, context, marks, otherCues),
    })),
    drop: dropFeatures(tokens, entry, context),
  };
}

/** The ranker's verdict: the content to keep, or that the attribution is not one. */
export type Ranking = { keep: true; content: TokenSpan | null } | { keep: false };

/**
 * Picks the attribution's content among the linked one and the usual shapes
 * around its cue, or drops the attribution, by a linear ranker trained on
 * PolNeAR train (with the detector's output for each article coming from a
 * model that had not seen it). The linked content wins ties, so an untrained
 * ranker changes nothing.
 */
export function rankContent(
  tokens: Token[],
  entry: LinkedSpans,
  quotes: QuoteRegion[],
  marks: Uint8Array,
  otherCues: TokenSpan[],
  weights: RankerWeights,
): Ranking {
  const options = rankingOptions(tokens, entry, quotes, marks, otherCues);
  let best: TokenSpan | null = entry.content;
  let bestScore = options.candidates.length > 0 ? -Infinity : 0;
  for (const { candidate, features } of options.candidates) {
    const score = scoreCandidate(weights, features);
    if (score > bestScore) {
      bestScore = score;
      best = candidate.span;
    }
  }
  if (scoreCandidate(weights, options.drop) > bestScore + weights.dropMargin) return { keep: false };
  return { keep: true, content: best };
}
