import { findQuoteRegions } from '../../../shared/attribution/quotes';
import type { QuoteRegion } from '../../../shared/attribution/quotes';
import type { TokenSpan } from '../../../shared/attribution/spans';
import { tokenize } from '../../../shared/attribution/tokens';
import type { Token } from '../../../shared/attribution/tokens';

/** Token span of the n-th occurrence of `words` in the text. */
export function spanOf(tokens: Token[], text: string, words: string, nth = 0): TokenSpan {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = text.indexOf(words, start + 1);
  const end = start + words.length;
  return { first: tokens.findIndex((t) => t.start === start), last: tokens.findIndex((t) => t.end === end) };
}

/** A text's tokens and quotations, with `span(words)` for the token span of some of its words. */
export function analysed(text: string): { tokens: Token[]; quotes: QuoteRegion[]; span: (words: string, nth?: number) => TokenSpan } {
  const tokens = tokenize(text);
  return { tokens, quotes: findQuoteRegions(text, tokens), span: (words, nth = 0) => spanOf(tokens, text, words, nth) };
}
