import { MappedTextBuilder, type MappedArticleText } from './mapped-text';

/** Line starts that are Markdown structure, not words: headings, quotes, list markers. */
const LINE_MARKER = /^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+)*/;
/** Lines that hold no prose: rules, fences, tables' separator rows. */
const STRUCTURE_LINE = /^[ \t]*(?:(?:[-*_][ \t]*){3,}|`{3,}.*|~{3,}.*|\|?[ \t]*:?-{3,}.*)$/;
/** Inline syntax to read past: images and links keep their text, emphasis and code marks go. */
const INLINE_SYNTAX = /!?\[([^\]\n]*)\]\([^)\n]*\)|<[^>\n]+>|(?<![\p{L}\p{N}])[*_]{1,3}|[*_]{1,3}(?![\p{L}\p{N}])|`+/gu;

/**
 * The reading text of a Markdown file. Headings, list items and quotes are
 * paragraphs of their own; consecutive prose lines form one paragraph. Every
 * character keeps its offset in the file.
 */
export function articleFromMarkdown(markdown: string): MappedArticleText {
  const builder = new MappedTextBuilder();
  let lineStart = 0;
  let inFence = false;
  while (lineStart <= markdown.length) {
    const newline = markdown.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? markdown.length : newline;
    const line = markdown.slice(lineStart, lineEnd);
    if (/^[ \t]*(?:```|~~~)/.test(line)) inFence = !inFence;
    if (inFence || STRUCTURE_LINE.test(line) || line.trim() === '') {
      builder.endParagraph();
    } else {
      const marker = LINE_MARKER.exec(line)![0];
      if (marker.length > 0) builder.endParagraph();
      appendInline(builder, line.slice(marker.length), lineStart + marker.length);
      builder.append(' ', lineEnd);
      if (/^[ \t]{0,3}#/.test(line)) builder.endParagraph();
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return builder.result();
}

function appendInline(builder: MappedTextBuilder, line: string, offset: number): void {
  let index = 0;
  for (const match of line.matchAll(INLINE_SYNTAX)) {
    builder.append(line.slice(index, match.index), offset + index);
    const label = match[1];
    if (label !== undefined) {
      const labelStart = match.index + match[0].indexOf('[') + 1;
      builder.append(label, offset + labelStart);
    }
    index = match.index + match[0].length;
  }
  builder.append(line.slice(index), offset + index);
}
