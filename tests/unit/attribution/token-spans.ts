import type { TokenSpan } from '../../../shared/attribution/spans';
import type { Token } from '../../../shared/attribution/tokens';

/** Token span of the n-th occurrence of `words` in the text. */
export function spanOf(tokens: Token[], text: string, words: string, nth = 0): TokenSpan {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = text.indexOf(words, start + 1);
  const end = start + words.length;
  return { first: tokens.findIndex((t) => t.start === start), last: tokens.findIndex((t) => t.end === end) };
}
