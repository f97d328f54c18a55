import type { Span } from '../attribution/types';
import type { ArticleText } from './article-text';

/**
 * Plain text keeps its own offsets (so a command-line report can give the
 * line and column in the file); paragraphs are the runs of non-blank lines,
 * as in Markdown, so hard-wrapped prose stays one paragraph.
 */
export function articleFromPlainText(text: string): ArticleText {
  const paragraphs: Span[] = [];
  const blankLine = /\n[ \t\r\f\v]*\n/g;
  let blockStart = 0;
  const pushTrimmed = (start: number, end: number): void => {
    let from = start;
    let to = end;
    while (from < to && /\s/.test(text[from]!)) from += 1;
    while (to > from && /\s/.test(text[to - 1]!)) to -= 1;
    if (to > from) paragraphs.push({ start: from, end: to });
  };
  for (const match of text.matchAll(blankLine)) {
    pushTrimmed(blockStart, match.index);
    blockStart = match.index + match[0].length;
  }
  pushTrimmed(blockStart, text.length);
  return { text, paragraphs };
}
