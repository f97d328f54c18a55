import { createDetector } from './detect';
import type { Detector } from './detect';
import { SparseRankerWeights } from './content-ranker';
import type { SerializedContentRanker } from './content-ranker';
import ranker from './model/content-ranker.json';
import trained from './model/tagger.json';
import type { SerializedModel } from './weights';
import { loadPasses } from './weights';

let detector: Detector | null = null;

/** The detector with the committed models, built on first use (unpacking the weights takes a few milliseconds). */
export function defaultDetector(): Detector {
  // The JSONs' inferred types are not the interfaces; the loaders check the format tags at run time.
  detector ??= createDetector(
    loadPasses(trained as unknown as SerializedModel),
    SparseRankerWeights.fromSerialized(ranker as unknown as SerializedContentRanker),
  );
  return detector;
}
