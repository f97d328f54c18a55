import { $isListNode, ListNode } from '@lexical/list';
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $getNearestNodeOfType } from '@lexical/utils';
import { $getSelection, $isRangeSelection } from 'lexical';
import { $getSelectedLink } from '../LinkPlugin/selection';

export type BlockType = 'paragraph' | 'h2' | 'h3' | 'quote' | 'bullet' | 'number';

export type ToolbarState = {
  blockType: BlockType;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strikethrough: boolean;
  link: boolean;
};

export const EMPTY_TOOLBAR_STATE: ToolbarState = {
  blockType: 'paragraph',
  bold: false,
  italic: false,
  underline: false,
  strikethrough: false,
  link: false,
};

/** What the toolbar shows as pressed for the current selection. */
export function $readToolbarState(): ToolbarState {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return EMPTY_TOOLBAR_STATE;
  const anchor = selection.anchor.getNode();
  const block = anchor.getKey() === 'root' ? null : anchor.getTopLevelElement();
  let blockType: BlockType = 'paragraph';
  if ($isHeadingNode(block)) blockType = block.getTag() === 'h3' ? 'h3' : 'h2';
  else if ($isQuoteNode(block)) blockType = 'quote';
  else if ($isListNode(block)) {
    const list = $getNearestNodeOfType(anchor, ListNode) ?? block;
    blockType = list.getListType() === 'number' ? 'number' : 'bullet';
  }
  return {
    blockType,
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    underline: selection.hasFormat('underline'),
    strikethrough: selection.hasFormat('strikethrough'),
    link: $getSelectedLink() !== null,
  };
}

/** Same pressed buttons: the toolbar keeps its state object, so React skips re-rendering it on a keystroke. */
export function sameToolbarState(a: ToolbarState, b: ToolbarState): boolean {
  return (
    a.blockType === b.blockType &&
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.underline === b.underline &&
    a.strikethrough === b.strikethrough &&
    a.link === b.link
  );
}
