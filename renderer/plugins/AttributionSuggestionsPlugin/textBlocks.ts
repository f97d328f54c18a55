/**
 * Maps between a block's plain text (what the detector reads) and Lexical
 * points, so a span the engine finds can become a selection to attribute.
 */
import type { ElementNode, LexicalNode, RangeSelection, TextNode } from 'lexical';
import { $createRangeSelection, $getRoot, $isElementNode, $isTextNode } from 'lexical';
import type { Span } from '../../../shared/attribution';
import { $isAttributionNode } from '../../nodes/AttributionNode';

type Leaf = { node: LexicalNode; start: number; end: number };

/** Blocks whose children are text: paragraphs, headings, quotes, list items. */
export function $textBlocks(): ElementNode[] {
  const blocks: ElementNode[] = [];
  const visit = (node: ElementNode): void => {
    for (const child of node.getChildren()) {
      if (!$isElementNode(child) || child.isInline()) continue;
      if (child.getChildren().some((grandchild) => !$isElementNode(grandchild) || grandchild.isInline())) blocks.push(child);
      else visit(child);
    }
  };
  visit($getRoot());
  return blocks;
}

function $leaves(block: ElementNode): Leaf[] {
  const leaves: Leaf[] = [];
  let offset = 0;
  const visit = (node: ElementNode): void => {
    for (const child of node.getChildren()) {
      if ($isElementNode(child) && child.isInline()) {
        visit(child);
        continue;
      }
      const length = child.getTextContentSize();
      leaves.push({ node: child, start: offset, end: offset + length });
      offset += length;
    }
  };
  visit(block);
  return leaves;
}

/** The block's text spans that sit inside attributions, with their source ids. */
export function $linkedSpans(block: ElementNode): Array<Span & { sourceIds: readonly string[] }> {
  return $leaves(block).flatMap((leaf) => {
    const attribution = leaf.node.getParents().find($isAttributionNode);
    return attribution ? [{ start: leaf.start, end: leaf.end, sourceIds: attribution.getSourceIds() }] : [];
  });
}

/** A selection over `span` of the block's text, or null when the text no longer reaches that far. */
export function $selectionForSpan(block: ElementNode, span: Span): RangeSelection | null {
  const texts = $leaves(block).filter((leaf): leaf is Leaf & { node: TextNode } => $isTextNode(leaf.node));
  const startLeaf = texts.find((leaf) => span.start >= leaf.start && span.start < leaf.end);
  const endLeaf = texts.find((leaf) => span.end > leaf.start && span.end <= leaf.end);
  if (!startLeaf || !endLeaf) return null;
  const selection = $createRangeSelection();
  selection.anchor.set(startLeaf.node.getKey(), span.start - startLeaf.start, 'text');
  selection.focus.set(endLeaf.node.getKey(), span.end - endLeaf.start, 'text');
  return selection;
}
