import type { SerializedNodeShape } from '../../shared/model/lexical-json';

/** Element nodes that sit inside a line of text; every other element is a block and ends a line. */
const INLINE_ELEMENT_TYPES = new Set(['link', 'autolink', 'attribution', 'mark', 'hashtag']);

/** The plain text of a Lexical document: inline runs joined, blocks on their own lines. */
export function plainTextOf(root: SerializedNodeShape): string {
  const parts: string[] = [];
  const visit = (node: SerializedNodeShape): void => {
    if (typeof node['text'] === 'string') parts.push(node['text']);
    else if (node.type === 'linebreak') parts.push('\n');
    else if (node.type === 'tab') parts.push('\t');
    for (const child of node.children ?? []) visit(child);
    if (node.children && !INLINE_ELEMENT_TYPES.has(node.type)) parts.push('\n');
  };
  visit(root);
  return parts.join('');
}

const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** Counts words the way an editor would: Unicode word boundaries, punctuation excluded. */
export function countWords(text: string): number {
  let count = 0;
  for (const segment of wordSegmenter.segment(text)) {
    if (segment.isWordLike) count += 1;
  }
  return count;
}
