import type { LinkedSpans } from './assemble';
import type { QuoteRegion } from './quotes';
import type { TokenSpan } from './spans';
import type { Token } from './tokens';

const EDGE_PUNCTUATION = new Set([',', ';', ':', '.', '—', '–', '-']);

/**
 * Fixes a linked content span's edges where the tagger is unreliable and the
 * annotation conventions are not: content never includes its own cue or
 * source ("…,” said Smith" ends at the closing mark), a quotation is taken
 * whole with its marks, and punctuation outside quotation marks at either
 * edge is not part of what was said.
 */
export function refineContent(
  tokens: Token[],
  entry: LinkedSpans,
  others: { cues: TokenSpan[]; sources: TokenSpan[] },
  quotes: QuoteRegion[],
  marks: Uint8Array,
): TokenSpan | null {
  const content = entry.content;
  if (!content) return null;
  let { first, last } = content;
  for (const own of [entry.cue, entry.source]) {
    if (!own || own.last < first || own.first > last) continue;
    if (own.first - first >= last - own.last) last = Math.min(last, own.first - 1);
    else first = Math.max(first, own.last + 1);
  }
  if (first > last) return null;
  last = stopBeforeNextAttribution(tokens, first, last, entry.cue, others, marks);

  for (const quote of quotes) {
    if (quote.single) continue;
    const close = quote.close ?? lastTokenOf(tokens, quote.end);
    // Starts just inside a quotation or ends just short of its closing mark: take the whole quotation edge.
    if (first > quote.open && first <= quote.open + 2 && last >= first) first = quote.open;
    if (last < close && last >= close - 2 && first <= close && first >= quote.open) last = close;
    // A content that opens a quotation takes all of it; one that closes it, all of it too.
    if (first === quote.open && last > quote.open && last < close) last = close;
    if (last === close && first > quote.open && first < close) first = quote.open;
    // A short lead-in before a quotation that the content otherwise matches ("mayors in Indianapolis, “…”").
    if (last === close && first < quote.open && quote.open - first <= 12) {
      const lead = tokens[quote.open - 1];
      if (lead && (lead.text === ',' || lead.text === ':') && !hasQuoteMark(marks, first, quote.open - 1)) first = quote.open;
    }
  }

  while (first < last && marks[last] === 0 && EDGE_PUNCTUATION.has(tokens[last]!.text) && !insideQuote(quotes, last)) last--;
  while (first < last && marks[first] === 0 && EDGE_PUNCTUATION.has(tokens[first]!.text)) first++;
  return { first, last };
}

/**
 * Another cue inside the content starts a new attribution when a clause
 * boundary (comma, semicolon, closing mark) comes right before it or before
 * its source: "“…,” adding that …", "the wall, his critics denounced him".
 * Without such a boundary it is nested ("said Smith told reporters …") and
 * stays inside.
 */
function stopBeforeNextAttribution(
  tokens: Token[],
  first: number,
  last: number,
  ownCue: TokenSpan,
  others: { cues: TokenSpan[]; sources: TokenSpan[] },
  marks: Uint8Array,
): number {
  for (const cue of others.cues) {
    if (cue === ownCue || cue.first <= first || cue.first > last) continue;
    const source = others.sources.find((s) => s.last === cue.first - 1);
    const start = source && source.first > first ? source.first : cue.first;
    const before = tokens[start - 1]!;
    if (before.text === ',' || before.text === ';' || marks[start - 1] === 2) return start - 1;
  }
  return last;
}

function insideQuote(quotes: QuoteRegion[], index: number): boolean {
  return quotes.some((q) => !q.single && index > q.open && (q.close === null || index < q.close));
}

function hasQuoteMark(marks: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (marks[i]) return true;
  return false;
}

function lastTokenOf(tokens: Token[], end: number): number {
  let i = tokens.length - 1;
  while (i > 0 && tokens[i]!.end > end) i--;
  return i;
}
