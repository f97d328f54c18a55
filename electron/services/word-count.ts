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

/**
 * A word is a run of letters, digits and combining marks, joined by inner
 * apostrophes or hyphens ("don't", "well-known"); each Han, Hiragana or Katakana
 * character counts as one, as editors count CJK text. A regular expression,
 * not Intl.Segmenter: the segmenter is about a hundred times slower, and the
 * library index counts the words of every draft when it is rebuilt.
 */
const WORD_PATTERN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}\p{M}]+(?:['’-][\p{L}\p{N}\p{M}]+)*/gu;

export function countWords(text: string): number {
  let count = 0;
  for (const _match of text.matchAll(WORD_PATTERN)) count += 1;
  return count;
}
