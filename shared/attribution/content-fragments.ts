import { OUTSIDE } from './labels';
import type { TokenSpan } from './spans';
import type { Token } from './tokens';

/** Largest run of untagged tokens between two content pieces that is still read as one span (tuned on a train holdout). */
const MAX_GAP = 2;

/**
 * Joins content pieces the tagger split with a short untagged run inside one
 * sentence ("that four different | accounts conducted …"): a content span is a
 * whole clause, and a lone Outside label in it is a tagging slip, not a
 * boundary. A cue in the gap does separate them (two attributions).
 */
export function mergeContentFragments(tokens: Token[], spans: TokenSpan[], cueLabels: Uint8Array): TokenSpan[] {
  const merged: TokenSpan[] = [];
  for (const span of spans) {
    const previous = merged[merged.length - 1];
    if (previous && joinable(tokens, previous, span, cueLabels)) previous.last = span.last;
    else merged.push({ ...span });
  }
  return merged;
}

function joinable(tokens: Token[], before: TokenSpan, after: TokenSpan, cueLabels: Uint8Array): boolean {
  if (after.first - before.last - 1 > MAX_GAP) return false;
  if (tokens[after.first]!.sentence !== tokens[before.last]!.sentence) return false;
  for (let i = before.last + 1; i < after.first; i++) if (cueLabels[i] !== OUTSIDE) return false;
  return true;
}
