import type { ImportBlock, InlineRun, ListItem } from '../blocks';
import type { SerializedEditorStateShape, SerializedNodeShape } from '../../model/lexical-json';
import {
  serializedHeading,
  serializedLineBreak,
  serializedLink,
  serializedList,
  serializedListItem,
  serializedParagraph,
  serializedQuote,
  serializedRoot,
  serializedText,
} from './serialized-nodes';
import { textFormatBits } from './text-format';

function inlineNodes(runs: readonly InlineRun[]): SerializedNodeShape[] {
  return runs.flatMap((run): SerializedNodeShape[] => {
    if (run.kind === 'break') return [serializedLineBreak()];
    if (run.kind === 'link') return [serializedLink(run.url, run.runs.map((part) => serializedText(part.text, textFormatBits(part.formats))))];
    return run.text === '' ? [] : [serializedText(run.text, textFormatBits(run.formats))];
  });
}

/**
 * Lexical nests a sub-list inside a list item of its own, right after the item
 * it belongs to; items are numbered from 1 at each level, and a nested item's
 * indent is its depth.
 */
function listNode(ordered: boolean, items: readonly ListItem[], depth: number): SerializedNodeShape {
  const children: SerializedNodeShape[] = [];
  let value = 1;
  for (let at = 0; at < items.length; ) {
    const item = items[at]!;
    if (item.depth > depth) {
      let end = at;
      while (end < items.length && items[end]!.depth > depth) end += 1;
      // The wrapper item is not numbered: it shares the value of the item that follows it.
      children.push(serializedListItem(value, depth, [listNode(ordered, items.slice(at, end), depth + 1)]));
      at = end;
    } else {
      children.push(serializedListItem(value, depth, inlineNodes(item.runs)));
      at += 1;
      value += 1;
    }
  }
  return serializedList(ordered, children);
}

function blockNode(block: ImportBlock): SerializedNodeShape {
  switch (block.kind) {
    case 'paragraph':
      return serializedParagraph(inlineNodes(block.runs));
    case 'heading':
      return serializedHeading(`h${block.level}`, inlineNodes(block.runs));
    case 'quote':
      return serializedQuote(inlineNodes(block.runs));
    case 'list':
      return listNode(block.ordered, block.items, 0);
  }
}

/** The serialized editor state of the imported body. An empty body is one empty paragraph, as in a new draft. */
export function blocksToLexical(blocks: readonly ImportBlock[]): SerializedEditorStateShape {
  if (blocks.length === 0) return { root: serializedRoot([serializedParagraph([])]) };
  return { root: serializedRoot(blocks.map(blockNode)) };
}
