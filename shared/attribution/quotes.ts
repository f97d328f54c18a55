import type { Token } from './tokens';

/** A passage in quotation marks, as token indexes; `close` is null when the quote runs to the end of its paragraph unclosed. */
export interface QuoteRegion {
  open: number;
  close: number | null;
  /** UTF-16 range including the marks (up to the last token when unclosed). */
  start: number;
  end: number;
  /** Single quotes nest inside double quotes and are usually titles or scare quotes. */
  single: boolean;
}

type Direction = 'open' | 'close' | 'either';

const DOUBLE_MARKS: Record<string, Direction> = {
  '"': 'either',
  '“': 'either', // opens in English, closes in German („…“)
  '”': 'close',
  '„': 'open',
  '«': 'either', // opens in French, closes in »German«
  '»': 'either',
  '″': 'either',
};
const SINGLE_MARKS: Record<string, Direction> = {
  "'": 'either',
  '‘': 'either',
  '’': 'close',
  '‚': 'open',
  '‹': 'either',
  '›': 'either',
};
/** The mark that closes a quote opened by the key. */
const CLOSER_OF: Record<string, string[]> = {
  '"': ['"', '“', '”'],
  '“': ['”', '"', '“'],
  '„': ['“', '”', '"'],
  '«': ['»'],
  '»': ['«'],
  '″': ['″', '"'],
  "'": ["'", '’'],
  '‘': ['’', "'"],
  '‚': ['‘', '’'],
  '‹': ['›'],
  '›': ['‹'],
};

export function isQuoteMark(text: string): boolean {
  return text in DOUBLE_MARKS || text in SINGLE_MARKS;
}

/**
 * Pairs quotation marks into regions. Direction comes from the mark itself
 * where it is unambiguous and otherwise from spacing: a mark after a space and
 * before a word opens, one after a word closes. A double quote still open at
 * the end of a paragraph continues when the next paragraph starts with an
 * opening mark (the convention for multi-paragraph quotes) and otherwise ends
 * there. A single mark pairs only within its paragraph, so apostrophes
 * ("the voters' choice", "'90s") never open a quote that swallows the text.
 */
export function findQuoteRegions(text: string, tokens: Token[]): QuoteRegion[] {
  const regions: QuoteRegion[] = [];
  let openDouble: { index: number; mark: string } | null = null;
  let openSingle: { index: number; mark: string } | null = null;
  let lastInParagraph = -1;

  const closeDouble = (closeIndex: number | null, lastToken: number): void => {
    if (!openDouble) return;
    const endToken = tokens[closeIndex ?? lastToken];
    const openToken = tokens[openDouble.index];
    if (openToken && endToken) {
      regions.push({ open: openDouble.index, close: closeIndex, start: openToken.start, end: endToken.end, single: false });
    }
    openDouble = null;
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.paragraphStart && i > 0) {
      openSingle = null;
      if (openDouble) {
        const continues = DOUBLE_MARKS[token.text] !== undefined && directionAt(text, token, DOUBLE_MARKS[token.text]!) !== 'close';
        if (continues) {
          // The new paragraph's opening mark restates the quote that is still open.
          lastInParagraph = i;
          continue;
        }
        closeDouble(null, lastInParagraph);
      }
    }
    lastInParagraph = i;
    const doubleDirection = DOUBLE_MARKS[token.text];
    if (doubleDirection !== undefined) {
      const direction = directionAt(text, token, doubleDirection);
      if (openDouble && (CLOSER_OF[openDouble.mark] ?? []).includes(token.text) && direction !== 'open') {
        closeDouble(i, i);
        openSingle = null;
      } else if (!openDouble && direction !== 'close') {
        openDouble = { index: i, mark: token.text };
      }
      continue;
    }
    const singleDirection = SINGLE_MARKS[token.text];
    if (singleDirection !== undefined) {
      const direction = directionAt(text, token, singleDirection);
      if (openSingle && (CLOSER_OF[openSingle.mark] ?? []).includes(token.text) && direction !== 'open') {
        const openToken = tokens[openSingle.index]!;
        regions.push({ open: openSingle.index, close: i, start: openToken.start, end: token.end, single: true });
        openSingle = null;
      } else if (!openSingle && direction === 'open') {
        openSingle = { index: i, mark: token.text };
      }
    }
  }
  closeDouble(null, lastInParagraph);
  return regions.sort((a, b) => a.start - b.start);
}

function directionAt(text: string, token: Token, declared: Direction): Direction {
  if (declared !== 'either') return declared;
  const before = token.start > 0 ? text[token.start - 1]! : ' ';
  const after = token.end < text.length ? text[token.end]! : ' ';
  const spaceBefore = /[\s([{\u2014\u2013-]/u.test(before);
  const spaceAfter = /[\s.,;:!?)\]}\u2014\u2013-]/u.test(after);
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  return 'either';
}
