import type { LinkedSpans } from './assemble';
import { wordsIn } from './spans';
import type { Token } from './tokens';

/** Fewer content words than this, with no source either, is not an attribution an editor can act on. */
const MIN_UNSOURCED_CONTENT_WORDS = 3;

/**
 * A cue with no source and a content of a word or two ("looked" | "like
 * terrorists", "seems" | "contradiction") is nearly always a verb the tagger
 * misread: on a train holdout none of 32 such detections matched an
 * annotated attribution, so they are dropped rather than shown.
 */
export function isTooThin(tokens: Token[], entry: LinkedSpans): boolean {
  if (entry.source) return false;
  return !entry.content || wordsIn(tokens, entry.content) < MIN_UNSOURCED_CONTENT_WORDS;
}
