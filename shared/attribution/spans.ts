import { BEGIN, INSIDE } from './labels';
import type { Token } from './tokens';

/** A run of tokens [first, last] (inclusive) that one tagger head marked as a span. */
export interface TokenSpan {
  first: number;
  last: number;
}

/** How many words (tokens other than punctuation) a span holds. */
export function wordsIn(tokens: Token[], span: TokenSpan): number {
  let words = 0;
  for (let i = span.first; i <= span.last; i++) if (tokens[i]!.pos !== 'PUNCT') words++;
  return words;
}

/** Reads the Beginning/Inside runs of one role's labels as token spans. */
export function labelsToSpans(labels: Uint8Array): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let current: TokenSpan | null = null;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (label === BEGIN || (label === INSIDE && current === null)) {
      if (current) spans.push(current);
      current = { first: i, last: i };
    } else if (label === INSIDE && current) {
      current.last = i;
    } else if (current) {
      spans.push(current);
      current = null;
    }
  }
  if (current) spans.push(current);
  return spans;
}

const TITLE_ABBREVIATIONS = /^(mr|mrs|ms|dr|sen|rep|gov|gen|lt|col|sgt|prof|rev|st)\.?$/;

/**
 * Repairs a source span the tagger cut short after a title or an article
 * ("Mr." | "Trump", "the" | "senator"): a source never ends in one of those,
 * so it takes in the following span or name. (A trailing comma stays: the
 * annotators usually include it, "Marine Le Pen," in an apposition.)
 */
export function mergeBrokenSources(tokens: Token[], spans: TokenSpan[]): TokenSpan[] {
  const merged: TokenSpan[] = [];
  for (const span of spans) {
    const previous = merged[merged.length - 1];
    if (previous && previous.last + 1 === span.first && endsBroken(tokens[previous.last]!)) previous.last = span.last;
    else merged.push({ ...span });
  }
  for (const span of merged) {
    // "Bill | Clinton": a name's earlier words belong to it.
    while (span.first > 0 && tokens[span.first]!.pos === 'PROPN' && tokens[span.first - 1]!.pos === 'PROPN' && tokens[span.first - 1]!.sentence === tokens[span.first]!.sentence) span.first--;
    while (endsBroken(tokens[span.last]!) && span.last + 1 < tokens.length && continuesName(tokens[span.last + 1]!)) span.last++;
    // "The governor" with the article left out: sources include their determiner.
    if (span.first > 0 && tokens[span.first - 1]!.pos === 'DET' && /^(the|a|an|this|these|those)$/.test(tokens[span.first - 1]!.lower)) span.first--;
  }
  return merged;
}

function endsBroken(token: Token): boolean {
  return token.pos === 'DET' || TITLE_ABBREVIATIONS.test(token.lower);
}

function continuesName(token: Token): boolean {
  return token.pos === 'PROPN' || token.pos === 'NOUN' || /^\p{Lu}/u.test(token.text);
}
