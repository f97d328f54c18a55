import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, plainTextOf, WORD_DEFINITION } from '../../../electron/services/word-count';
import { documentWith } from './test-helpers';

describe('word count', () => {
  it('counts words across paragraphs, ignoring punctuation', () => {
    const doc = documentWith('"We will not resign," the minister said.', 'Talks resume on Monday.');
    expect(countWords(plainTextOf(doc.root))).toBe(11);
  });

  it('does not split a word whose letters are formatted differently', () => {
    const root = {
      type: 'root',
      version: 1,
      children: [
        {
          type: 'paragraph',
          version: 1,
          children: [
            { type: 'text', version: 1, text: 'un' },
            { type: 'link', version: 1, children: [{ type: 'text', version: 1, text: 'believ' }] },
            { type: 'text', version: 1, text: 'able news' },
          ],
        },
      ],
    };
    expect(plainTextOf(root)).toBe('unbelievable news\n\n');
    expect(countWords(plainTextOf(root))).toBe(2);
  });

  it('keeps contractions and hyphenated words whole and counts CJK characters one by one', () => {
    expect(countWords("Don't call it a well-known fact — it isn't.")).toBe(8);
    expect(countWords('首相は辞任した')).toBe(7);
    expect(countWords('Café naïve 2026')).toBe(3);
  });

  it('counts an empty document as zero words', () => {
    expect(countWords(plainTextOf(documentWith().root))).toBe(0);
  });

  /** Characters where the definition's edges are: joiners, marks, CJK inside and outside words, astral and lone surrogates. */
  const EDGE_CHARACTERS = ['a', 'Z', '7', ' ', "'", '’', '-', '—', '.', '\u0301', 'é', 'ß', 'Ж', '漢', '字', 'ひ', 'カ', 'ｶ', '〆', '々', '〇', '⺀', '𠀋', '😀', '\ud800', '\udc00', '\n', '٣', 'ـ'];

  it('counts exactly the matches of its definition, for any text', () => {
    const reference = (text: string): number => [...text.matchAll(WORD_DEFINITION)].length;
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...EDGE_CHARACTERS), maxLength: 40 }), (text) => countWords(text) === reference(text)),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => countWords(text) === reference(text)),
      { numRuns: 2000 },
    );
  });
});
