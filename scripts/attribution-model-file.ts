/**
 * Shrinks trained weights to the committed model file: keeps the buckets with
 * the largest weights and stores them with the codec in
 * shared/attribution/weight-codec.ts, so the JSON stays a few MB and loads quickly.
 */
import { OUTPUTS } from '../shared/attribution/labels';
import { encodeGaps, encodeWeightLevels, quantizeWeight } from '../shared/attribution/weight-codec';
import { MODEL_VERSION } from '../shared/attribution/weights';
import type { DenseWeights, SerializedModel, SerializedWeights } from '../shared/attribution/weights';

export function serializeWeights(weights: DenseWeights, maxBuckets: number): SerializedWeights {
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
  const bucketGaps: number[] = [];
  const levels: number[] = [];
  let previous = 0;
  for (let b = 0; b < bucketCount; b++) {
    const s = strength[b]!;
    if (s === 0 || s < threshold || quantizeWeight(s, largest) === 0) continue;
    bucketGaps.push(b - previous);
    previous = b;
    for (let o = 0; o < OUTPUTS; o++) levels.push(quantizeWeight(values[b * OUTPUTS + o]!, largest));
  }
  return { hashBits: weights.hashBits, largest, bucketGaps: encodeGaps(bucketGaps), weights: encodeWeightLevels(levels) };
}

export function serializeModel(passes: DenseWeights[], maxBucketsPerPass: number): SerializedModel {
  return {
    format: 'copydesk-attribution-tagger',
    version: MODEL_VERSION,
    passes: passes.map((weights) => serializeWeights(weights, maxBucketsPerPass)),
  };
}
