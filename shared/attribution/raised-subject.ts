import type { LinkedSpans } from './assemble';
import type { TokenSpan } from './spans';
import type { Token } from './tokens';

/**
 * "The bank is expected to raise rates", "Some advisers are said to be
 * urging …": with a passive cue followed by "to", what is attributed is the
 * whole clause, subject included, so the content starts where the sentence does.
 */
export function includeRaisedSubject(tokens: Token[], entry: LinkedSpans): TokenSpan | null {
  const { cue, content } = entry;
  if (!content || content.first !== cue.last + 1 || tokens[content.first]!.lower !== 'to') return content;
  if (!cue.first || !PASSIVE_AUXILIARY.test(tokens[cue.first]!.lower)) return content;
  let first = cue.first;
  while (first > 0 && tokens[first - 1]!.sentence === tokens[cue.first]!.sentence) first--;
  if (first === cue.first) return content;
  return { first, last: content.last };
}

const PASSIVE_AUXILIARY = /^(is|are|was|were|be|been|being|'s|’s)$/;
