import type { ImportBlock, InlineRun, ListItem } from '../../shared/import/blocks';
import { collapseRunSpaces } from '../../shared/import/inline-runs';

export type UnnumberedBlock = ImportBlock extends infer B ? (B extends ImportBlock ? Omit<B, 'origin'> : never) : never;

function hasText(runs: readonly InlineRun[]): boolean {
  return runs.some((run) => (run.kind === 'text' ? run.text.trim() !== '' : run.kind === 'link' && run.runs.some((part) => part.text.trim() !== '')));
}

/**
 * Collects loose inline content into paragraphs between block elements, the
 * way a browser lays out "text <p>para</p> more text": each run of inline
 * content between blocks becomes its own paragraph.
 */
export class HtmlBlockBuilder {
  readonly blocks: UnnumberedBlock[] = [];
  private pending: InlineRun[] = [];

  addRuns(runs: readonly InlineRun[]): void {
    this.pending.push(...runs);
  }

  endParagraph(): void {
    const runs = collapseRunSpaces(this.pending);
    this.pending = [];
    if (hasText(runs)) this.blocks.push({ kind: 'paragraph', runs });
  }

  /** A block with inline content (heading, quote, paragraph); empty ones are dropped. */
  addTextBlock(block: Extract<UnnumberedBlock, { runs: InlineRun[] }>): void {
    this.endParagraph();
    const runs = collapseRunSpaces(block.runs);
    if (hasText(runs)) this.blocks.push({ ...block, runs });
  }

  /** A preformatted block: whitespace is content, so it is not collapsed. */
  addPreformatted(runs: InlineRun[]): void {
    this.endParagraph();
    if (hasText(runs)) this.blocks.push({ kind: 'paragraph', runs });
  }

  addList(ordered: boolean, items: ListItem[]): void {
    this.endParagraph();
    const kept = items.map((item) => ({ ...item, runs: collapseRunSpaces(item.runs) })).filter((item) => hasText(item.runs));
    if (kept.length > 0) this.blocks.push({ kind: 'list', ordered, items: kept });
  }
}
