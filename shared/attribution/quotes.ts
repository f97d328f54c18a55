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
  "''": 'either',
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
  "''": ["''"],
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
    const mark = markAt(tokens, i);
    if (token.paragraphStart && i > 0) {
      openSingle = null;
      if (openDouble) {
        const declared = DOUBLE_MARKS[mark.text];
        const continues = declared !== undefined && directionAt(text, token.start, tokens[mark.last]!.end, declared) !== 'close';
        if (continues) {
          // The new paragraph's opening mark restates the quote that is still open.
          lastInParagraph = mark.last;
          i = mark.last;
          continue;
        }
        closeDouble(null, lastInParagraph);
      }
    }
    lastInParagraph = mark.last;
    const doubleDirection = DOUBLE_MARKS[mark.text];
    if (doubleDirection !== undefined) {
      const direction = directionAt(text, token.start, tokens[mark.last]!.end, doubleDirection);
      if (openDouble && (CLOSER_OF[openDouble.mark] ?? []).includes(mark.text) && direction !== 'open') {
        closeDouble(mark.last, mark.last);
        openSingle = null;
      } else if (!openDouble && direction !== 'close') {
        openDouble = { index: i, mark: mark.text };
      }
      i = mark.last;
      continue;
    }
    const singleDirection = SINGLE_MARKS[token.text];
    if (singleDirection !== undefined) {
      const direction = directionAt(text, token.start, token.end, singleDirection);
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

/**
 * The quotation mark starting at token i: two apostrophes with nothing
 * between them ('' as some newspapers' systems write a double quote) are one
 * double mark over two tokens.
 */
function markAt(tokens: Token[], i: number): { text: string; last: number } {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  if (token.text === "'" && next && next.text === "'" && next.start === token.end) return { text: "''", last: i + 1 };
  return { text: token.text, last: i };
}

function directionAt(text: string, start: number, end: number, declared: Direction): Direction {
  if (declared !== 'either') return declared;
  const before = start > 0 ? text[start - 1]! : ' ';
  const after = end < text.length ? text[end]! : ' ';
  const spaceBefore = /[\s([{\u2014\u2013-]/u.test(before);
  const spaceAfter = /[\s.,;:!?)\]}\u2014\u2013-]/u.test(after);
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  return 'either';
}
