import type { LinkedSpans } from './assemble';
import type { QuoteRegion } from './quotes';
import type { TokenSpan } from './spans';
import type { Token } from './tokens';

/** Most tokens between a closing mark and the cue: a speaker's name with a title ("Mr. John R. Kasich"). */
const MAX_SPEAKER_TOKENS = 6;
const SPEAKER_POS = new Set(['PROPN', 'PRON', 'NOUN', 'DET', 'ADJ']);

/**
 * “…,” Mrs. Clinton said. / “…,” said Mr. Autor. — a cue that follows a
 * closing quotation mark with nothing but its speaker (and a comma) in
 * between reports that quotation. The tagger sometimes links such a cue to
 * nothing, or reaches back over the quotation to a phrase of the previous
 * paragraph.
 */
export function quotationBeforeCue(tokens: Token[], entry: LinkedSpans, quotes: QuoteRegion[]): TokenSpan | null {
  const { cue, content } = entry;
  const quote = quotes.find((q) => !q.single && q.close !== null && q.close < cue.first && onlySpeakerBetween(tokens, q.close, cue.first));
  if (!quote || quote.close === null) return content;
  // Only a content before the quotation is wrong for sure; one after the cue ("…,” he said, adding that …") may be right.
  if (content && content.last >= quote.open) return content;
  return { first: quote.open, last: quote.close };
}

function onlySpeakerBetween(tokens: Token[], close: number, cueFirst: number): boolean {
  if (cueFirst - close - 1 > MAX_SPEAKER_TOKENS) return false;
  for (let i = close + 1; i < cueFirst; i++) {
    const token = tokens[i]!;
    if (token.paragraphStart) return false;
    if (token.text === ',' && i === close + 1) continue;
    if (!SPEAKER_POS.has(token.pos) && !/^\p{Lu}[\p{L}]*\.?$/u.test(token.text)) return false;
  }
  return true;
}
