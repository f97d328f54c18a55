import type { Span } from '../../attribution/types';

/** A passage in quotation marks. `range` includes the marks, `inner` is the quoted words. */
export interface Quotation {
  range: Span;
  inner: Span;
  wordCount: number;
  /** The quotation runs to the end of its paragraph without a closing mark (a quote continued in the next paragraph). */
  unclosed: boolean;
}

/** Opening marks and the marks that may close them: English, French/Russian and German/Greek styles. */
const CLOSERS: Record<string, string> = {
  '\u201c': '\u201d', // “ ”
  '\u00ab': '\u00bb', // « »
  '\u201e': '\u201c\u201d', // „ “ (or ”)
  '"': '"',
};

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Finds the quotations in one paragraph. Quotations do not nest here: an inner quote belongs to its outer one. */
export function findQuotations(text: string, paragraph: Span): Quotation[] {
  const quotations: Quotation[] = [];
  let index = paragraph.start;
  while (index < paragraph.end) {
    const opener = text[index]!;
    const closers = CLOSERS[opener];
    if (closers === undefined || (opener === '"' && !opensStraightQuote(text, index, paragraph))) {
      index += 1;
      continue;
    }
    let close = index + 1;
    while (close < paragraph.end && !closers.includes(text[close]!)) close += 1;
    const unclosed = close >= paragraph.end;
    const end = unclosed ? paragraph.end : close + 1;
    const inner = { start: index + 1, end: unclosed ? paragraph.end : close };
    quotations.push({ range: { start: index, end }, inner, wordCount: countWords(text.slice(inner.start, inner.end)), unclosed });
    index = end;
  }
  return quotations;
}

/** A straight double quote opens when it follows a space, a paragraph start or an opening bracket. */
function opensStraightQuote(text: string, index: number, paragraph: Span): boolean {
  if (index === paragraph.start) return true;
  return /[\s([{—–-]/.test(text[index - 1]!);
}
