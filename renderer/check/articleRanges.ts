/**
 * From article text offsets (what the check reports) back to the editor:
 * shared/document's offset map gives node paths (child indices from the
 * root) and offsets inside those nodes; here they become Lexical selections
 * (to select a finding's words) and DOM ranges (to highlight them).
 */
import { $createRangeSelection, $getRoot, $isElementNode, $isTextNode, $setSelection } from 'lexical';
import type { LexicalEditor, LexicalNode, RangeSelection } from 'lexical';
import type { Span } from '../../shared/attribution/types';
import type { DocumentText, NodePoint } from '../../shared/document/document-text';
import { textRangeToNodeRange } from '../../shared/document/locate';

function $nodeAtPath(path: readonly number[]): LexicalNode | null {
  let node: LexicalNode | null = $getRoot();
  for (const index of path) {
    if (!$isElementNode(node)) return null;
    node = node.getChildAtIndex(index);
  }
  return node;
}

function $setPoint(point: RangeSelection['anchor'], target: NodePoint): boolean {
  const node = $nodeAtPath(target.path);
  if ($isTextNode(node)) {
    point.set(node.getKey(), Math.min(target.offset, node.getTextContentSize()), 'text');
    return true;
  }
  // A linebreak or tab: place the point beside it in its parent.
  const parent = node?.getParent();
  if (!node || !parent) return false;
  point.set(parent.getKey(), node.getIndexWithinParent() + (target.offset > 0 ? 1 : 0), 'element');
  return true;
}

/** A selection over the article text range, or null when the document no longer has those nodes. */
export function $selectionForRange(document: DocumentText, range: Span): RangeSelection | null {
  const nodeRange = textRangeToNodeRange(document, range);
  if (!nodeRange) return null;
  const selection = $createRangeSelection();
  if (!$setPoint(selection.anchor, nodeRange.anchor) || !$setPoint(selection.focus, nodeRange.focus)) return null;
  return selection;
}

/** Selects the words in the editor and brings them into view. */
export function selectArticleRange(editor: LexicalEditor, document: DocumentText, range: Span): void {
  editor.update(
    () => {
      const selection = $selectionForRange(document, range);
      if (selection) $setSelection(selection);
    },
    { onUpdate: () => editor.getRootElement()?.ownerDocument.getSelection()?.focusNode?.parentElement?.scrollIntoView({ block: 'center' }) },
  );
  editor.focus();
}

function domPoint(editor: LexicalEditor, target: NodePoint): { node: Node; offset: number } | null {
  return editor.read(() => {
    const node = $nodeAtPath(target.path);
    if (!node) return null;
    const element = editor.getElementByKey(node.getKey());
    if (!element) return null;
    if ($isTextNode(node) && element.firstChild?.nodeType === Node.TEXT_NODE) {
      return { node: element.firstChild, offset: Math.min(target.offset, element.firstChild.textContent?.length ?? 0) };
    }
    // Not a plain text node (a linebreak, or text Lexical rendered in pieces): before or after the whole element.
    const parent = element.parentNode;
    if (!parent) return null;
    const index = Array.prototype.indexOf.call(parent.childNodes, element) as number;
    return { node: parent, offset: index + (target.offset > 0 ? 1 : 0) };
  });
}

/** A live DOM range over the words, for the Custom Highlight API. */
export function domRangeForArticleRange(editor: LexicalEditor, document: DocumentText, range: Span): Range | null {
  const nodeRange = textRangeToNodeRange(document, range);
  if (!nodeRange) return null;
  const start = domPoint(editor, nodeRange.anchor);
  const end = domPoint(editor, nodeRange.focus);
  if (!start || !end) return null;
  const domRange = new Range();
  try {
    domRange.setStart(start.node, start.offset);
    domRange.setEnd(end.node, end.offset);
  } catch {
    // The DOM moved on since the check ran; the next check repaints.
    return null;
  }
  return domRange;
}
