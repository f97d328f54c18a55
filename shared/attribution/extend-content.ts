import type { LinkedSpans } from './assemble';
import { OUTSIDE } from './labels';
import type { TokenSpan } from './spans';
import type { Token } from './tokens';

/**
 * Extends a content that follows its cue to the end of its sentence when the
 * tagger stopped short and nothing in the rest could start another span: no
 * cue or source label, no comma, semicolon or quotation mark. Most annotated
 * contents after a cue run to the sentence's end ("said that … ."), and a
 * clean tail is almost always part of them.
 */
export function extendToSentenceEnd(
  tokens: Token[],
  entry: LinkedSpans,
  labels: { cue: Uint8Array; source: Uint8Array },
  marks: Uint8Array,
): TokenSpan | null {
  const content = entry.content;
  if (!content || content.first <= entry.cue.last) return content;
  const sentence = tokens[content.last]!.sentence;
  let end = content.last;
  while (end + 1 < tokens.length && tokens[end + 1]!.sentence === sentence) end++;
  while (end > content.last && /^[.!?]$/.test(tokens[end]!.text)) end--;
  for (let i = content.last + 1; i <= end; i++) {
    if (labels.cue[i] !== OUTSIDE || labels.source[i] !== OUTSIDE || marks[i] !== 0) return content;
    if (tokens[i]!.text === ',' || tokens[i]!.text === ';') return content;
  }
  return { first: content.first, last: end };
}
