/**
 * Exact-span precision/recall/F1 per role and per attribution, with the same
 * definitions as the team's polnear-score tool, so held-out numbers from
 * training are comparable with the official dev check.
 */
import type { Detector } from '../shared/attribution/detect';
import type { Span } from '../shared/attribution/types';
import type { GoldDocument } from './attribution-corpus';

export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

const ROLES = ['cue', 'source', 'content'] as const;

function score(truePositives: number, predicted: number, gold: number): Score {
  const precision = predicted ? truePositives / predicted : 0;
  const recall = gold ? truePositives / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

function jaccard(a: Span, b: Span): number {
  const overlap = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union > 0 ? overlap / union : 0;
}

const key = (s: Span): string => `${s.start}:${s.end}`;

export function evaluate(detector: Detector, documents: GoldDocument[]): Record<string, Score> {
  return scorePredictions(documents.map((document) => ({ document, predicted: detector(document.text) })));
}

/** Spans some system (or another annotator) found in one article; an attribution without a cue is never matched. */
export interface PredictedAttribution {
  cue: Span | null;
  source: Span | null;
  content: Span | null;
}

/** Pooled scores over articles, each with what was predicted for it. */
export function scorePredictions(pairs: { document: GoldDocument; predicted: PredictedAttribution[] }[]): Record<string, Score> {
  const counts = Object.fromEntries(ROLES.map((r) => [r, { tp: 0, predicted: 0, gold: 0 }]));
  const attribution = { tp: 0, predicted: 0, gold: 0 };
  for (const { document, predicted } of pairs) {
    for (const role of ROLES) {
      const gold = new Set(document.attributions.map((a) => a[role]).filter((s): s is Span => s !== null).map(key));
      const guesses = new Set(predicted.map((a) => a[role]).filter((s): s is Span => s !== null && s.end > s.start).map(key));
      const count = counts[role]!;
      count.gold += gold.size;
      count.predicted += guesses.size;
      for (const guess of guesses) if (gold.has(guess)) count.tp++;
    }
    attribution.gold += document.attributions.length;
    attribution.predicted += predicted.length;
    const used = new Set<number>();
    for (const guess of predicted) {
      const guessCue = guess.cue;
      if (!guessCue) continue;
      const match = document.attributions.findIndex(
        (gold, index) =>
          !used.has(index) &&
          gold.cue !== null &&
          jaccard(gold.cue, guessCue) > 0 &&
          (!gold.content || (guess.content !== null && jaccard(gold.content, guess.content) >= 0.5)),
      );
      if (match >= 0) {
        used.add(match);
        attribution.tp++;
      }
    }
  }
  const result: Record<string, Score> = {};
  for (const role of ROLES) result[role] = score(counts[role]!.tp, counts[role]!.predicted, counts[role]!.gold);
  result.attribution = score(attribution.tp, attribution.predicted, attribution.gold);
  return result;
}

export function formatScores(scores: Record<string, Score>): string {
  return Object.entries(scores)
    .map(([name, s]) => `${name.padEnd(12)} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`)
    .join('\n');
}
