import { numberBlocks, type HeadingLevel, type ImportBlock, type InlineRun, type ListItem } from '../blocks';
import { mergeRuns } from '../inline-runs';
import { parseMarkdownInline } from './markdown-inline';
import { normaliseLines } from './text-lines';

const HEADING = /^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const LIST_ITEM = /^(\s*)([-*+]|\d{1,9}[.)])\s+(.*)$/;
const QUOTE = /^ {0,3}>\s?(.*)$/;
const FENCE = /^ {0,3}(```|~~~)/;
const RULE = /^ {0,3}(?:[-*_]\s*){3,}$/;
const SETEXT = /^ {0,3}(=+|-+)\s*$/;
const SPACES_PER_LEVEL = 2;

/** Paragraph lines joined as Markdown does: a line ending in two spaces or a backslash is a hard break. */
function inlineOfLines(lines: readonly string[]): InlineRun[] {
  const runs: InlineRun[] = [];
  lines.forEach((line, index) => {
    const hardBreak = /(?: {2,}|\\)$/.test(line);
    runs.push(...parseMarkdownInline(line.trim().replace(/\\$/, '')));
    if (index < lines.length - 1) runs.push(hardBreak ? { kind: 'break' } : { kind: 'text', text: ' ', formats: [] });
  });
  return mergeRuns(runs);
}

function isBlockStart(line: string): boolean {
  return HEADING.test(line) || LIST_ITEM.test(line) || QUOTE.test(line) || FENCE.test(line) || RULE.test(line);
}

/**
 * A small CommonMark-like block parser: ATX and setext headings, bullet and
 * numbered lists (nested by indentation), block quotes, fenced code (kept as
 * code-formatted text), paragraphs. HTML blocks are kept as text, never as markup.
 */
export function parseMarkdown(markdown: string): ImportBlock[] {
  const lines = normaliseLines(markdown);
  const blocks: ImportBlock[] = [];
  let at = 0;
  while (at < lines.length) {
    const line = lines[at]!;
    if (line.trim() === '' || RULE.test(line)) {
      at += 1;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', level: heading[1]!.length as HeadingLevel, runs: parseMarkdownInline(heading[2]!), origin: 0 });
      at += 1;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const body: string[] = [];
      for (at += 1; at < lines.length && !lines[at]!.trim().startsWith(fence[1]!); at += 1) body.push(lines[at]!);
      at += 1;
      const runs: InlineRun[] = [];
      body.forEach((codeLine, index) => {
        if (index > 0) runs.push({ kind: 'break' });
        if (codeLine) runs.push({ kind: 'text', text: codeLine, formats: ['code'] });
      });
      if (runs.length > 0) blocks.push({ kind: 'paragraph', runs, origin: 0 });
      continue;
    }
    if (QUOTE.test(line)) {
      const quoted: string[] = [];
      for (; at < lines.length && QUOTE.test(lines[at]!); at += 1) quoted.push(QUOTE.exec(lines[at]!)![1]!);
      // A quote holds text only in Lexical; nested structure inside it is flattened to its lines.
      const text = quoted.filter((quotedLine) => quotedLine.trim() !== '').map((quotedLine) => quotedLine.replace(/^#+\s+|^\s*[-*+]\s+/, ''));
      if (text.length > 0) blocks.push({ kind: 'quote', runs: inlineOfLines(text), origin: 0 });
      continue;
    }
    const first = LIST_ITEM.exec(line);
    if (first) {
      const items: ListItem[] = [];
      const ordered = /\d/.test(first[2]!);
      for (; at < lines.length; at += 1) {
        const item = LIST_ITEM.exec(lines[at]!);
        if (item) {
          items.push({ runs: parseMarkdownInline(item[3]!), depth: Math.floor(item[1]!.replace(/\t/g, '    ').length / SPACES_PER_LEVEL) });
        } else if (lines[at]!.trim() !== '' && /^\s+\S/.test(lines[at]!) && items.length > 0) {
          // An indented continuation line belongs to the item above.
          const last = items[items.length - 1]!;
          last.runs = mergeRuns([...last.runs, { kind: 'text', text: ' ', formats: [] }, ...parseMarkdownInline(lines[at]!.trim())]);
        } else {
          break;
        }
      }
      blocks.push({ kind: 'list', ordered, items: normaliseDepths(items), origin: 0 });
      continue;
    }
    const paragraph: string[] = [];
    let setextLevel: HeadingLevel | undefined;
    for (; at < lines.length && lines[at]!.trim() !== ''; at += 1) {
      const setext = paragraph.length > 0 ? SETEXT.exec(lines[at]!) : null;
      if (setext) {
        setextLevel = setext[1]!.startsWith('=') ? 1 : 2;
        at += 1;
        break;
      }
      if (paragraph.length > 0 && isBlockStart(lines[at]!)) break;
      paragraph.push(lines[at]!);
    }
    if (setextLevel !== undefined) {
      blocks.push({ kind: 'heading', level: setextLevel, runs: inlineOfLines(paragraph), origin: 0 });
      continue;
    }
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', runs: inlineOfLines(paragraph), origin: 0 });
  }
  return numberBlocks(blocks);
}

/** A list item may be at most one level deeper than the one above it, as in every editor. */
function normaliseDepths(items: ListItem[]): ListItem[] {
  let previous = -1;
  return items.map((item) => {
    const depth = Math.min(item.depth, previous + 1);
    previous = depth;
    return { ...item, depth };
  });
}
