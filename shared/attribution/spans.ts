import { BEGIN, INSIDE } from './labels';

/** A run of tokens [first, last] (inclusive) that one tagger head marked as a span. */
export interface TokenSpan {
  first: number;
  last: number;
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
