/**
 * The document edits behind attributions, as $ functions that run inside an
 * editor update (and so in one undo step each). Attributions wrap leaves
 * (text and line breaks) inside one block; a selection across blocks gets
 * one attribution per block. Attributions never nest: attributing part of an
 * attributed passage splits the old one around the new one.
 */
import type { ElementNode, LexicalNode, RangeSelection } from 'lexical';
import { $createRangeSelection, $getRoot, $isElementNode, $isLineBreakNode, $isTextNode } from 'lexical';
import type { AttributionKind } from '../../../shared/model/attribution-node';
import { $createAttributionNode, $isAttributionNode } from '../../nodes/AttributionNode';
import type { AttributionNode } from '../../nodes/AttributionNode';

export type AttributionValue = { sourceIds: readonly string[]; kind: AttributionKind };

function $isLeaf(node: LexicalNode): boolean {
  return $isTextNode(node) || $isLineBreakNode(node);
}

function $attributionAncestor(node: LexicalNode): AttributionNode | null {
  for (let parent = node.getParent(); parent !== null; parent = parent.getParent()) {
    if ($isAttributionNode(parent)) return parent;
  }
  return null;
}

/** Moves an attribution's children into its place and removes it. */
export function $unwrapAttribution(node: AttributionNode): void {
  for (const child of node.getChildren()) node.insertBefore(child);
  node.remove();
}

/** Wraps runs of adjacent sibling leaves, each run in a new attribution carrying `value`. */
function $wrapLeaves(leaves: readonly LexicalNode[], value: AttributionValue): AttributionNode[] {
  const created: AttributionNode[] = [];
  let current: AttributionNode | null = null;
  for (const leaf of leaves) {
    // The previous leaf was appended to `current`, so a leaf right after `current` continues the run.
    if (current === null || leaf.getPreviousSibling()?.is(current) !== true) {
      current = $createAttributionNode(value.sourceIds, value.kind);
      leaf.insertBefore(current);
      created.push(current);
    }
    current.append(leaf);
  }
  return created;
}

/**
 * Attributes the selected text: splits text at the selection's edges, wraps
 * it, and re-wraps the unselected rest of any attribution it cut through.
 * Returns the new attributions (empty when nothing but whitespace is selected).
 */
export function $attributeSelection(selection: RangeSelection, value: AttributionValue): AttributionNode[] {
  if (selection.isCollapsed() || value.sourceIds.length === 0) return [];
  // extract() splits text nodes at the edges; a forward copy keeps the caller's selection untouched.
  const forward = $createRangeSelection();
  const [start, end] = selection.isBackward() ? [selection.focus, selection.anchor] : [selection.anchor, selection.focus];
  forward.anchor.set(start.key, start.offset, start.type);
  forward.focus.set(end.key, end.offset, end.type);
  const selected = forward.extract().filter($isLeaf);
  if (selected.every((leaf) => leaf.getTextContent().trim() === '')) return [];

  const selectedKeys = new Set(selected.map((leaf) => leaf.getKey()));
  const cutThrough = new Map<string, { value: AttributionValue; rest: LexicalNode[] }>();
  for (const leaf of selected) {
    const old = $attributionAncestor(leaf);
    if (old === null || cutThrough.has(old.getKey())) continue;
    const rest = old.getAllTextNodes().filter((text) => !selectedKeys.has(text.getKey()));
    const lineBreaks = old.getChildren().filter((child) => $isLineBreakNode(child) && !selectedKeys.has(child.getKey()));
    cutThrough.set(old.getKey(), { value: { sourceIds: old.getSourceIds(), kind: old.getKind() }, rest: [...rest, ...lineBreaks] });
    $unwrapAttribution(old);
  }
  const created = $wrapLeaves(selected, value);
  for (const { value: oldValue, rest } of cutThrough.values()) {
    const inOrder = [...rest].sort((a, b) => (a.isBefore(b) ? -1 : 1));
    $wrapLeaves(inOrder, oldValue);
  }
  for (const node of created) $mergeWithEqualNeighbours(node);
  return created.filter((node) => node.isAttached());
}

function sameValue(a: AttributionNode, b: AttributionNode): boolean {
  const ids = a.getSourceIds();
  const other = b.getSourceIds();
  return a.getKind() === b.getKind() && ids.length === other.length && ids.every((id, index) => id === other[index]);
}

/** Adjacent attributions with the same sources and kind are one passage: merge them. */
export function $mergeWithEqualNeighbours(node: AttributionNode): AttributionNode {
  let target = node;
  const previous = target.getPreviousSibling();
  if ($isAttributionNode(previous) && sameValue(previous, target)) {
    previous.append(...target.getChildren());
    target.remove();
    target = previous;
  }
  const next = target.getNextSibling();
  if ($isAttributionNode(next) && sameValue(next, target)) {
    target.append(...next.getChildren());
    next.remove();
  }
  return target;
}

/** Every attribution in the document, in document order. */
export function $allAttributions(): AttributionNode[] {
  const found: AttributionNode[] = [];
  const visit = (node: ElementNode): void => {
    for (const child of node.getChildren()) {
      if ($isAttributionNode(child)) found.push(child);
      if ($isElementNode(child)) visit(child);
    }
  };
  visit($getRoot());
  return found;
}

/**
 * Takes a source out of every passage: `replacement` takes its place (once),
 * or with null the source is dropped, and a passage left with no source is
 * unwrapped so nothing points at a missing source.
 */
export function $replaceSourceInAttributions(sourceId: string, replacement: string | null): number {
  let changed = 0;
  for (const node of $allAttributions()) {
    const ids = node.getSourceIds();
    if (!ids.includes(sourceId)) continue;
    changed += 1;
    const next = [...new Set(ids.map((id) => (id === sourceId ? replacement : id)).filter((id): id is string => id !== null))];
    if (next.length === 0) $unwrapAttribution(node);
    else $mergeWithEqualNeighbours(node.setSourceIds(next));
  }
  return changed;
}

/**
 * Drops ids that name no source of this draft, unwrapping passages left
 * without any: pasted HTML can carry attribution attributes from another
 * draft or another program, and those must never become attributions here.
 */
export function $dropUnknownSources(node: AttributionNode, known: ReadonlySet<string>): void {
  const ids = node.getSourceIds();
  const kept = ids.filter((id) => known.has(id));
  if (kept.length === ids.length) return;
  if (kept.length === 0) $unwrapAttribution(node);
  else node.setSourceIds(kept);
}
