/**
 * The intermediate document every reader produces and every clean-up rule
 * works on. It is deliberately smaller than Lexical's node tree: readers
 * (text, Markdown, HTML, Word) only have to say "paragraph", "heading", "list",
 * and the one place that knows Lexical's JSON shapes is lexical/.
 */

export const INLINE_FORMATS = ['bold', 'italic', 'strikethrough', 'underline', 'code', 'subscript', 'superscript'] as const;
export type InlineFormat = (typeof INLINE_FORMATS)[number];

export interface TextRun {
  kind: 'text';
  text: string;
  formats: readonly InlineFormat[];
}

export interface LinkRun {
  kind: 'link';
  /** Already checked to be http(s) or mailto by the reader that built it. */
  url: string;
  runs: TextRun[];
}

export interface LineBreakRun {
  kind: 'break';
}

export type InlineRun = TextRun | LinkRun | LineBreakRun;

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface ListItem {
  runs: InlineRun[];
  /** 0 for a top-level item, 1 for an item of a list nested in it, and so on. */
  depth: number;
}

/** Fields every block has. `origin` is the block's position as it came in, so a removed line can be put back where it was. */
interface BlockBase {
  origin: number;
}

export type ImportBlock = BlockBase &
  (
    | { kind: 'paragraph'; runs: InlineRun[] }
    | { kind: 'heading'; level: HeadingLevel; runs: InlineRun[] }
    | { kind: 'quote'; runs: InlineRun[] }
    | { kind: 'list'; ordered: boolean; items: ListItem[] }
  );

export type BlockKind = ImportBlock['kind'];

export function textRun(text: string, formats: readonly InlineFormat[] = []): TextRun {
  return { kind: 'text', text, formats };
}

function runsText(runs: readonly InlineRun[]): string {
  return runs
    .map((run) => {
      if (run.kind === 'text') return run.text;
      if (run.kind === 'link') return run.runs.map((inner) => inner.text).join('');
      return '\n';
    })
    .join('');
}

/** The visible text of a block; list items are one per line. */
export function blockText(block: ImportBlock): string {
  if (block.kind === 'list') return block.items.map((item) => runsText(item.runs)).join('\n');
  return runsText(block.runs);
}

/** Numbers blocks in reading order; readers call this once when they are done. */
export function numberBlocks<T extends { origin: number }>(blocks: T[]): T[] {
  return blocks.map((block, index) => ({ ...block, origin: index }));
}
