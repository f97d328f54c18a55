import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import type { LexicalEditor } from 'lexical';
import { $createParagraphNode, $getRoot, $getSelection } from 'lexical';
import type { BlockType } from './state';

/** Turns the selected blocks into `target`, or back into paragraphs when they already are. */
export function toggleBlockType(editor: LexicalEditor, current: BlockType, target: BlockType): void {
  const next = current === target ? 'paragraph' : target;
  // Reached from the keyboard before the body was ever focused: act on the last block.
  editor.update(() => {
    if ($getSelection() === null) $getRoot().selectEnd();
  });
  if (current === 'bullet' || current === 'number') {
    if (next === 'bullet' || next === 'number') {
      editor.dispatchCommand(next === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
      return;
    }
    editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    if (next === 'paragraph') return;
  }
  if (next === 'bullet') {
    editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined);
    return;
  }
  if (next === 'number') {
    editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined);
    return;
  }
  editor.update(() => {
    const selection = $getSelection();
    if (next === 'paragraph') $setBlocksType(selection, () => $createParagraphNode());
    else if (next === 'quote') $setBlocksType(selection, () => $createQuoteNode());
    else $setBlocksType(selection, () => $createHeadingNode(next));
  });
}
