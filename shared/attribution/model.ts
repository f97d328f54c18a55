import { createDetector } from './detect';
import type { Detector } from './detect';
import trained from './model/tagger.json';
import type { SerializedModel } from './weights';
import { loadPasses } from './weights';

let detector: Detector | null = null;

/** The detector with the committed model, built on first use (unpacking the weights takes a few milliseconds). */
export function defaultDetector(): Detector {
  // The JSON's inferred type is not the interface; loadPasses checks the format tag at run time.
  detector ??= createDetector(loadPasses(trained as unknown as SerializedModel));
  return detector;
}
