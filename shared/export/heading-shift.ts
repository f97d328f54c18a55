import type { SerializedNodeShape } from '../model/lexical-json';

/**
 * How far to move body headings so the headline is the only h1 and the
 * outline has no gaps: the highest body heading becomes h2, the rest keep
 * their distance from it (h1/h2 in the editor become h2/h3; a body that
 * starts at h3 moves up to h2).
 */
export function headingShiftFor(root: SerializedNodeShape): number {
  let highest = 7;
  const visit = (node: SerializedNodeShape): void => {
    if (node.type === 'heading' && typeof node.tag === 'string') {
      const match = /^h([1-6])$/.exec(node.tag);
      if (match) highest = Math.min(highest, Number(match[1]));
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return highest === 7 ? 0 : 2 - highest;
}
