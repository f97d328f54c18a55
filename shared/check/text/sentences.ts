import type { Span } from '../../attribution/types';

/** Abbreviations that end in a full stop without ending the sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm',
  'jr', 'sr', 'inc', 'co', 'corp', 'ltd', 'no', 'vs', 'etc', 'approx', 'dept', 'est', 'fig', 'mt', 'ft',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e',
]);

/** A sentence ends at . ! ? or … followed by closing quotes or brackets, then space and a capital, digit or opening quote. */
const BOUNDARY = /[.!?…]+["'”’»)\]]*(?=\s+["'“‘«„([]?[\p{Lu}\p{N}])|\n+/gu;

/**
 * Splits a paragraph into sentences. Good enough for attribution rules, which
 * only ask "same or adjacent sentence"; abbreviations and initials ("Mr.",
 * "J. Smith", "U.S.") do not end a sentence.
 */
export function splitSentences(text: string, paragraph: Span): Span[] {
  const body = text.slice(paragraph.start, paragraph.end);
  const sentences: Span[] = [];
  let start = 0;
  for (const match of body.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    if (match[0][0] === '.' && endsWithAbbreviation(body, match.index)) continue;
    pushTrimmed(body, start, end, paragraph.start, sentences);
    start = end;
  }
  pushTrimmed(body, start, body.length, paragraph.start, sentences);
  return sentences;
}

function endsWithAbbreviation(body: string, dotIndex: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(body.slice(Math.max(0, dotIndex - 12), dotIndex))?.[1] ?? '';
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. Smith"
  return ABBREVIATIONS.has(word.toLowerCase());
}

function pushTrimmed(body: string, from: number, to: number, offset: number, into: Span[]): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(body[start]!)) start += 1;
  while (end > start && /\s/.test(body[end - 1]!)) end -= 1;
  if (end > start) into.push({ start: start + offset, end: end + offset });
}
