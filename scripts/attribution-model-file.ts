/**
 * Shrinks trained weights to the committed model file: keeps the buckets with
 * the largest weights, stores weights as small integers and bucket numbers as
 * gaps, so the JSON stays a few MB and loads quickly.
 */
import { OUTPUTS } from '../shared/attribution/labels';
import type { DenseWeights, SerializedModel, SerializedWeights } from '../shared/attribution/weights';

export const MODEL_VERSION = 2;

export function serializeWeights(weights: DenseWeights, maxBuckets: number, levels = 2000): SerializedWeights {
  const values = weights.values;
  const bucketCount = values.length / OUTPUTS;
  const strength = new Float32Array(bucketCount);
  let largest = 0;
  for (let b = 0; b < bucketCount; b++) {
    let max = 0;
    for (let o = 0; o < OUTPUTS; o++) max = Math.max(max, Math.abs(values[b * OUTPUTS + o]!));
    strength[b] = max;
    largest = Math.max(largest, max);
  }
  const threshold = maxBuckets < bucketCount ? [...strength].sort((a, b) => b - a)[maxBuckets - 1]! : 0;
  const scale = levels / (largest || 1);
  const bucketGaps: number[] = [];
  const stored: number[] = [];
  let previous = 0;
  for (let b = 0; b < bucketCount; b++) {
    const s = strength[b]!;
    if (s === 0 || s < threshold || Math.round(s * scale) === 0) continue;
    bucketGaps.push(b - previous);
    previous = b;
    for (let o = 0; o < OUTPUTS; o++) stored.push(Math.round(values[b * OUTPUTS + o]! * scale));
  }
  return { hashBits: weights.hashBits, scale, bucketGaps, weights: stored };
}

export function serializeModel(passes: DenseWeights[], maxBucketsPerPass: number): SerializedModel {
  return {
    format: 'copydesk-attribution-tagger',
    version: MODEL_VERSION,
    passes: passes.map((weights) => serializeWeights(weights, maxBucketsPerPass)),
  };
}
