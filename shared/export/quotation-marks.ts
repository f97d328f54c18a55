import type { SerializedNodeShape } from '../model/lexical-json';

/*
 * Editors type the quotation marks of a direct quote. A <q> element adds its
 * own (the browser's localized quotes), so a typed pair enclosing the whole
 * passage is removed where the quote becomes <q>; otherwise readers would
 * see “„…“”. A passage that has typed marks anywhere else ("“Yes,” he said,
 * “we will.”") keeps them and is not made a <q>.
 */

const PAIRS: ReadonlyArray<readonly [opening: string, closing: string]> = [
  ['“', '”'], ['„', '“'], ['"', '"'], ['«', '»'], ['»', '«'], ['‘', '’'], ['‚', '‘'], ["'", "'"], ['‹', '›'],
];

/** Double quotation marks; single ones double as apostrophes, so only these reveal a second quotation. */
const DOUBLE_MARKS = /[“”„"«»]/;

export type QuotationShape =
  | { kind: 'enclosed'; withoutMarks: SerializedNodeShape }
  | { kind: 'unmarked' }
  | { kind: 'mixed' };

function textLeaves(node: SerializedNodeShape): SerializedNodeShape[] {
  if (node.type === 'text' || node.type === 'tab') return [node];
  return (node.children ?? []).flatMap(textLeaves);
}

function cloneDeep(node: SerializedNodeShape): SerializedNodeShape {
  return { ...node, ...(node.children ? { children: node.children.map(cloneDeep) } : {}) };
}

function textOf(leaf: SerializedNodeShape): string {
  return typeof leaf.text === 'string' ? leaf.text : '';
}

/** How the typed quotation marks of an attributed quote sit around its words. */
export function quotationShapeOf(node: SerializedNodeShape): QuotationShape {
  const copy = cloneDeep(node);
  const leaves = textLeaves(copy).filter((leaf) => textOf(leaf) !== '');
  const whole = leaves.map(textOf).join('');
  const first = leaves[0];
  const last = leaves[leaves.length - 1];
  if (!first || !last) return { kind: 'unmarked' };
  const pair = PAIRS.find(([opening, closing]) => whole.length >= 2 && whole.startsWith(opening) && whole.endsWith(closing));
  if (!pair) return DOUBLE_MARKS.test(whole) ? { kind: 'mixed' } : { kind: 'unmarked' };
  const inner = whole.slice(pair[0].length, whole.length - pair[1].length);
  if (DOUBLE_MARKS.test(inner)) return { kind: 'mixed' };
  first.text = textOf(first).slice(pair[0].length);
  last.text = textOf(last).slice(0, textOf(last).length - pair[1].length);
  return { kind: 'enclosed', withoutMarks: copy };
}
