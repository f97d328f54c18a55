import type { LinkedSpans } from './assemble';
import type { QuoteRegion } from './quotes';
import { wordsIn } from './spans';
import type { TokenSpan } from './spans';
import type { Token } from './tokens';

/** Most tokens between a closing mark and the cue: a speaker's name with a title ("Mr. John R. Kasich"). */
const MAX_SPEAKER_TOKENS = 6;
const SPEAKER_POS = new Set(['PROPN', 'PRON', 'NOUN', 'DET', 'ADJ']);

/**
 * “…,” Mrs. Clinton said. / “…,” said Mr. Autor. — a cue that follows a
 * closing quotation mark with nothing but its speaker (and a comma) in
 * between reports that quotation. The tagger sometimes links such a cue to
 * nothing, to a few words after it, or reaches back over the quotation to a
 * phrase of the previous paragraph.
 */
export function quotationBeforeCue(tokens: Token[], entry: LinkedSpans, quotes: QuoteRegion[]): TokenSpan | null {
  const { cue, content } = entry;
  const quote = quotes.find((q) => !q.single && q.close !== null && q.close < cue.first && onlySpeakerBetween(tokens, q.close, cue.first));
  if (!quote || quote.close === null) return content;
  if (content && content.last >= quote.open && !isStrayTail(tokens, cue, content)) return content;
  return { first: quote.open, last: quote.close };
}

/** Most words in a tail after the cue that is not what was said ("said in response", "said of Mr. Trump"). */
const MAX_TAIL_WORDS = 3;

/**
 * A content after the cue is usually right ("…,” he said, adding that …"),
 * but not a short tail of the cue's own sentence or a content that only
 * starts in the next one: with the quotation right before the cue, that
 * quotation is what was said (and a quotation continuing in the next
 * sentence is joined to it later, see quote-continuation.ts).
 */
function isStrayTail(tokens: Token[], cue: TokenSpan, content: TokenSpan): boolean {
  if (content.first <= cue.last) return false;
  if (tokens[content.first]!.sentence !== tokens[cue.last]!.sentence) return true;
  return wordsIn(tokens, content) <= MAX_TAIL_WORDS;
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
