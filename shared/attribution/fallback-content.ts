import type { LinkedSpans } from './assemble';
import type { QuoteRegion } from './quotes';
import type { TokenSpan } from './spans';
import { sentenceRange } from './sentence-range';
import type { Token } from './tokens';

/**
 * A content for a cue the tagger found no content for, from the sentence's
 * shape: an adjacent quotation ("“…,” she said", "said: “…”"), else the rest
 * of the sentence after the cue, else the part before its source and cue
 * ("Prices will rise, the bank warned").
 */
export function fallbackContent(tokens: Token[], entry: LinkedSpans, quotes: QuoteRegion[]): TokenSpan | null {
  const { cue, source } = entry;
  const leftEdge = source && source.last < cue.first ? source.first : cue.first;
  const rightEdge = source && source.first > cue.last ? source.last : cue.last;
  for (const quote of quotes) {
    if (quote.single || quote.close === null) continue;
    if (quote.close < leftEdge && leftEdge - quote.close <= 2) return { first: quote.open, last: quote.close };
    if (quote.open > rightEdge && quote.open - rightEdge <= 2) return { first: quote.open, last: quote.close };
  }
  const [first, last] = sentenceRange(tokens, cue.first);
  if (last - rightEdge >= 2) return { first: rightEdge + 1, last };
  if (leftEdge - first >= 2) return { first, last: leftEdge - 1 };
  return null;
}
