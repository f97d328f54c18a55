import { createDetector } from './detect';
import type { Detector } from './detect';
import trained from './model/tagger.json';
import type { SerializedModel } from './weights';
import { SparseWeights } from './weights';

let detector: Detector | null = null;

/** The detector with the committed model, built on first use (unpacking the weights takes a few milliseconds). */
export function defaultDetector(): Detector {
  detector ??= createDetector(SparseWeights.fromSerialized(trained as SerializedModel));
  return detector;
}
