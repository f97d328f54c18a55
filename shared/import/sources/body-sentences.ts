import type { Span } from '../../attribution/types';
import { splitSentences } from '../../check/text/sentences';

/** Sentence lookup for a body whose paragraphs are separated by blank lines. */
export function sentenceFinder(text: string): (offset: number) => Span {
  const sentences: Span[] = [];
  let start = 0;
  for (const paragraph of text.split('\n\n')) {
    sentences.push(...splitSentences(text, { start, end: start + paragraph.length }));
    start += paragraph.length + 2;
  }
  return (offset) => sentences.find((sentence) => sentence.start <= offset && offset < sentence.end) ?? { start: offset, end: offset };
}
