import type { Span } from '../../attribution/types';

/** A short paragraph that credits another outlet's story: "Source: Capital", "Via: Reuters". */
const CREDIT_LINE = /^(?:(?:Source|Sources|Credit|Via)\s*:|(?:Originally|First) published (?:by|in|on)|Translated from|With information from)\s*(\S.{0,80}?)\.?$/iu;

export interface CreditLine {
  range: Span;
  credit: string;
}

/** The credit line of an article: by convention its last such paragraph. */
export function findCreditLine(text: string, paragraphs: readonly Span[]): CreditLine | undefined {
  for (let index = paragraphs.length - 1; index >= 0; index -= 1) {
    const paragraph = paragraphs[index]!;
    const match = CREDIT_LINE.exec(text.slice(paragraph.start, paragraph.end));
    if (match) return { range: paragraph, credit: match[1]!.trim() };
  }
  return undefined;
}
