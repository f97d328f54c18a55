import { $isLinkNode } from '@lexical/link';
import type { LinkNode } from '@lexical/link';
import { $findMatchingParent } from '@lexical/utils';
import { $getSelection, $isRangeSelection } from 'lexical';
import type { BaseSelection } from 'lexical';

/** The link the selection (by default the editor's) sits in, if any. */
export function $getSelectedLink(selection: BaseSelection | null = $getSelection()): LinkNode | null {
  if (!$isRangeSelection(selection)) return null;
  const link = $findMatchingParent(selection.anchor.getNode(), $isLinkNode);
  return $isLinkNode(link) ? link : null;
}
