import type { LinkedSpans } from './assemble';
import type { TokenSpan } from './spans';
import type { Token } from './tokens';

/**
 * "Prices, the minister added, will keep rising": a source and cue set off by
 * commas inside a sentence attribute the whole sentence around them, and
 * the annotated content runs over the aside from the sentence's start to
 * its end (without a final stop outside quotation marks). Applied only when
 * the tagger linked one side of the aside, which scored best on a train holdout.
 */
export function wholeSentenceAroundAside(tokens: Token[], entry: LinkedSpans, marks: Uint8Array): TokenSpan | null {
  const { cue, source, content } = entry;
  if (!content) return content;
  const left = source && source.last < cue.first && source.last >= cue.first - 1 ? source.first : cue.first;
  const right = source && source.first > cue.last && source.first <= cue.last + 1 ? source.last : cue.last;
  const sentence = tokens[cue.first]!.sentence;
  let first = left;
  while (first > 0 && tokens[first - 1]!.sentence === sentence) first--;
  let last = right;
  while (last + 1 < tokens.length && tokens[last + 1]!.sentence === sentence) last++;
  if (left - 1 <= first || tokens[left - 1]!.text !== ',') return content;
  if (right + 1 >= last || tokens[right + 1]!.text !== ',') return content;
  // Only when the linked content is one of the two sides: otherwise the tagger saw something else.
  const onOneSide = (content.first >= first && content.last < left) || (content.first > right && content.last <= last);
  if (!onOneSide) return content;
  while (last > right + 1 && marks[last] === 0 && /^[.!?;:]$/.test(tokens[last]!.text)) last--;
  return { first, last };
}
