import type { Token } from './tokens';

/** The first and last token of the sentence around a token, leaving out its final . ! or ?. */
export function sentenceRange(tokens: Token[], index: number): [number, number] {
  const sentence = tokens[index]!.sentence;
  let first = index;
  while (first > 0 && tokens[first - 1]!.sentence === sentence) first--;
  let last = index;
  while (last + 1 < tokens.length && tokens[last + 1]!.sentence === sentence) last++;
  while (last > first && /^[.!?]$/.test(tokens[last]!.text)) last--;
  return [first, last];
}
