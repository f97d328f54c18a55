import type { SerializedNodeShape } from '../model/lexical-json';

/*
 * Editors type the quotation marks of a direct quote. A <q> element adds its
 * own marks (the browser's quotes property, localized), so the typed pair is
 * removed where the quote is rendered as <q>, or readers would see “„…“”.
 */

const OPENING = ['“', '"', '«', '„', '‘', "'", '‹', '‚'];
const CLOSING = ['”', '"', '»', '“', '’', "'", '›', '‘'];

function textLeaves(node: SerializedNodeShape): SerializedNodeShape[] {
  if (node.type === 'text') return [node];
  return (node.children ?? []).flatMap(textLeaves);
}

function cloneDeep(node: SerializedNodeShape): SerializedNodeShape {
  return { ...node, ...(node.children ? { children: node.children.map(cloneDeep) } : {}) };
}

/**
 * A copy of the node with one enclosing pair of typed quotation marks removed,
 * or null when its text is not enclosed in quotation marks.
 */
export function withoutEnclosingQuotationMarks(node: SerializedNodeShape): SerializedNodeShape | null {
  const copy = cloneDeep(node);
  const leaves = textLeaves(copy);
  const first = leaves[0];
  const last = leaves[leaves.length - 1];
  if (!first || !last || typeof first.text !== 'string' || typeof last.text !== 'string') return null;
  const opening = OPENING.find((mark) => (first.text as string).startsWith(mark));
  const closing = CLOSING.find((mark) => (last.text as string).endsWith(mark));
  if (opening === undefined || closing === undefined) return null;
  if (first === last && first.text.length < opening.length + closing.length) return null;
  first.text = first.text.slice(opening.length);
  last.text = (last.text as string).slice(0, -closing.length);
  return copy;
}
