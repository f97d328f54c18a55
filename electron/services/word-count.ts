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
 * apostrophes or hyphens ("don't", "well-known"); each Han, Hiragana or
 * Katakana character outside such a run counts as one, as editors count CJK
 * text. In regular-expression terms, the number of matches of WORD_DEFINITION.
 *
 * Counted by a scan instead of the expression itself: rebuilding the library
 * index counts the words of every draft, and the scan (ASCII classified by
 * code, other characters by the same Unicode properties) is several times
 * faster. A property test checks that both always agree.
 */
export const WORD_DEFINITION = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}\p{M}]+(?:['’-][\p{L}\p{N}\p{M}]+)*/gu;

const WORD_CHARACTER = /^[\p{L}\p{N}\p{M}]$/u;
const CJK_CHARACTER = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;
const HYPHEN = 0x2d;

function isWordCharacter(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return WORD_CHARACTER.test(String.fromCodePoint(code));
}

function isCjkCharacter(code: number): boolean {
  return code >= 0x80 && CJK_CHARACTER.test(String.fromCodePoint(code));
}

const isJoiner = (code: number): boolean => code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE || code === HYPHEN;

export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  let at = 0;
  while (at < text.length) {
    const code = text.codePointAt(at)!;
    const width = code > 0xffff ? 2 : 1;
    if (inWord) {
      if (isWordCharacter(code)) {
        at += width;
        continue;
      }
      // A joiner continues the word only when a word character follows it.
      if (isJoiner(code) && at + 1 < text.length && isWordCharacter(text.codePointAt(at + 1)!)) {
        at += 1;
        continue;
      }
      inWord = false;
    }
    if (isCjkCharacter(code)) count += 1;
    else if (isWordCharacter(code)) {
      count += 1;
      inWord = true;
    }
    at += width;
  }
  return count;
}
