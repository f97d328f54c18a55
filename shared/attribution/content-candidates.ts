import type { LinkedSpans } from './assemble';
import type { QuoteRegion } from './quotes';
import type { TokenSpan } from './spans';
import { sentenceRange } from './sentence-range';
import type { Token } from './tokens';

/** How a candidate content was read from the sentence around the cue. */
export const CANDIDATE_KINDS = [
  'linked',
  'linkedToComma',
  'linkedToEnd',
  'after',
  'afterToComma',
  'before',
  'beforeFromComma',
  'sentence',
  'quoteBefore',
  'quoteAfter',
] as const;
export type CandidateKind = (typeof CANDIDATE_KINDS)[number];

/** One span the content could be, with every reading that produced it. */
export interface ContentCandidate {
  span: TokenSpan;
  kinds: CandidateKind[];
}

const EDGE = /^[.,;:!?]$/;

/**
 * The spans an attribution's content is likely to be: what the tagger and the
 * rules linked, and the usual shapes of a content around its cue (the rest of
 * the sentence after it, the part before it, up to or from the nearest comma,
 * the whole sentence, the quotation on either side). On a train holdout one
 * of these matched the annotated content in two of three cases where the
 * linked content did not.
 */
export function contentCandidates(tokens: Token[], entry: LinkedSpans, quotes: QuoteRegion[]): ContentCandidate[] {
  const { cue, source, content } = entry;
  const left = source ? Math.min(source.first, cue.first) : cue.first;
  const right = source ? Math.max(source.last, cue.last) : cue.last;
  const [first, last] = sentenceRange(tokens, cue.first);
  const found = new Map<string, ContentCandidate>();
  const add = (kind: CandidateKind, from: number, to: number, exact = false): void => {
    const span = exact ? { first: from, last: to } : trim(tokens, from, to);
    if (!span) return;
    const key = `${span.first}:${span.last}`;
    const existing = found.get(key);
    if (existing) existing.kinds.push(kind);
    else found.set(key, { span, kinds: [kind] });
  };
  if (content) {
    add('linked', content.first, content.last, true);
    add('linkedToComma', content.first, nextComma(tokens, content.first, content.last));
    if (content.last < last && content.first >= first) add('linkedToEnd', content.first, last);
  }
  if (right < last) {
    add('after', right + 1, last);
    add('afterToComma', right + 1, nextComma(tokens, right + 1, last));
  }
  if (left > first) {
    add('before', first, left - 1);
    add('beforeFromComma', previousComma(tokens, first, left - 1), left - 1);
  }
  add('sentence', first, last);
  const before = quotes.filter((q) => !q.single && q.close !== null && q.close < cue.first).pop();
  if (before && before.close !== null && tokens[before.open]!.sentence >= tokens[first]!.sentence - 1) add('quoteBefore', before.open, before.close);
  const after = quotes.find((q) => !q.single && q.open > cue.last && q.close !== null);
  if (after && after.close !== null && tokens[after.open]!.sentence <= tokens[last]!.sentence + 1) add('quoteAfter', after.open, after.close);
  return [...found.values()];
}

function trim(tokens: Token[], from: number, to: number): TokenSpan | null {
  let first = from;
  let last = to;
  while (last > first && EDGE.test(tokens[last]!.text)) last--;
  while (first < last && EDGE.test(tokens[first]!.text)) first++;
  return first <= last && !EDGE.test(tokens[first]!.text) ? { first, last } : null;
}

function nextComma(tokens: Token[], from: number, to: number): number {
  for (let i = from + 1; i <= to; i++) if (tokens[i]!.text === ',') return i - 1;
  return to;
}

function previousComma(tokens: Token[], from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (tokens[i]!.text === ',') return i + 1;
  return from;
}
