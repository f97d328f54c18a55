import type { LinkedSpans } from './assemble';
import type { QuoteRegion } from './quotes';
import type { TokenSpan } from './spans';
import type { Token } from './tokens';

/**
 * “…,” she said. “…” — a quotation that the speaker's cue interrupts goes on
 * in the next sentence (or after a comma, “…,” she said, “and …”), and the
 * annotated content runs from the first opening mark to the last closing
 * one, over the cue. This takes a content that ends with a closing mark,
 * whose cue follows in the same sentence, and which a quotation opening after
 * the cue and a comma, or right after that sentence in the same paragraph,
 * continues. (On a train holdout, crossing a paragraph break or requiring
 * nothing but the source and cue between the quotations both scored lower.)
 */
export function continueQuoteAcrossCue(tokens: Token[], entry: LinkedSpans, quotes: QuoteRegion[]): TokenSpan | null {
  const content = entry.content;
  if (!content) return content;
  const ending = quotes.find((q) => !q.single && q.close === content.last);
  if (!ending || entry.cue.first <= content.last) return content;
  const sentence = tokens[content.last]!.sentence;
  let end = content.last + 1;
  while (end < tokens.length && tokens[end]!.sentence === sentence) end++;
  if (tokens[entry.cue.last]!.sentence !== sentence) return content;
  // The quotation that continues opens the next sentence, or the rest of this one after a comma ("he said, “and …”").
  const next = quotes.find(
    (q) =>
      !q.single &&
      ((q.open === end && !tokens[end]!.paragraphStart) ||
        (q.open > entry.cue.last && q.open < end && tokens[q.open - 1]!.text === ',')),
  );
  if (!next) return content;
  return { first: content.first, last: next.close ?? lastTokenOf(tokens, next.end) };
}

function lastTokenOf(tokens: Token[], end: number): number {
  let i = tokens.length - 1;
  while (i > 0 && tokens[i]!.end > end) i--;
  return i;
}

/**
 * The same shape read from the other side: the cue was linked to the
 * quotation after it ("“…,” he said on Sunday. “…”"), so the content also
 * takes the quotation that opened the cue's sentence.
 */
export function continueQuoteBackAcrossCue(tokens: Token[], entry: LinkedSpans, quotes: QuoteRegion[]): TokenSpan | null {
  const content = entry.content;
  if (!content || content.first <= entry.cue.last) return content;
  const opening = quotes.find((q) => !q.single && q.open === content.first);
  if (!opening || tokens[content.first]!.paragraphStart) return content;
  const cueSentence = tokens[entry.cue.first]!.sentence;
  if (tokens[content.first - 1]?.sentence !== cueSentence || tokens[content.first]!.sentence === cueSentence) return content;
  let start = entry.cue.first;
  while (start > 0 && tokens[start - 1]!.sentence === cueSentence) start--;
  const earlier = quotes.find((q) => !q.single && q.open === start && q.close !== null && q.close < entry.cue.first);
  return earlier ? { first: earlier.open, last: content.last } : content;
}
