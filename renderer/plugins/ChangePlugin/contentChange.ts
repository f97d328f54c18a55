import { $getNodeByKey, $isElementNode } from 'lexical';
import type { EditorState, LexicalNode, NodeKey } from 'lexical';

/** What a node contributes to the stored document by itself: its own fields, and for elements the order of its children. */
function $ownShape(key: NodeKey): string | null {
  const node: LexicalNode | null = $getNodeByKey(key);
  if (!node) return null;
  const own = JSON.stringify(node.exportJSON());
  return $isElementNode(node) ? `${own}|${node.getChildrenKeys().join(',')}` : own;
}

/**
 * Whether an update changed what would be saved. Only the nodes Lexical marked
 * dirty can differ, so comparing those (not the whole document, which cost a
 * full serialization per keystroke in a long article) is enough; an update
 * whose dirty nodes all read back the same — node transforms re-run on open —
 * is no edit.
 */
export function hasContentChange(
  previous: EditorState,
  next: EditorState,
  dirtyElements: ReadonlyMap<NodeKey, boolean>,
  dirtyLeaves: ReadonlySet<NodeKey>,
): boolean {
  const keys = [...dirtyLeaves, ...dirtyElements.keys()];
  const before = previous.read(() => keys.map($ownShape));
  const after = next.read(() => keys.map($ownShape));
  return keys.some((_, index) => before[index] !== after[index]);
}
