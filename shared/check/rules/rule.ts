import type { Span } from '../../attribution/types';
import type { RuleFinding } from '../finding';
import type { RuleContext } from '../rule-context';

/** A rule of attribution-rules.md: a pure function from the article to its findings. */
export type Rule = (context: RuleContext) => RuleFinding[];

/** Words of the article for a message, shortened in the middle when long. */
export function excerpt(text: string, span: Span, max = 70): string {
  const words = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  if (words.length <= max) return words;
  const head = words.slice(0, Math.floor(max * 0.6)).replace(/\s+\S*$/, '');
  const tail = words.slice(words.length - Math.floor(max * 0.3)).replace(/^\S*\s+/, '');
  return `${head} … ${tail}`;
}

/** Keeps the capital of the word it replaces: "Claimed" → "Said". */
export function matchCase(original: string, replacement: string): string {
  return /^\p{Lu}/u.test(original) ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}

/** All matches of a global pattern in a span of the text, with article offsets. */
export function matchesIn(text: string, span: Span, pattern: RegExp): Array<{ range: Span; match: RegExpMatchArray }> {
  if (!pattern.global) throw new TypeError('matchesIn needs a global pattern');
  const slice = text.slice(span.start, span.end);
  // The matches depend only on the words of the span: most sentences are the same as at the last check.
  let bySlice = matchesBySlice.get(pattern);
  if (!bySlice) {
    bySlice = new Map();
    matchesBySlice.set(pattern, bySlice);
  }
  let matches = bySlice.get(slice);
  if (!matches) {
    matches = matchesInSlice(slice, pattern);
    if (bySlice.size >= MAX_CACHED_SLICES) bySlice.clear();
    bySlice.set(slice, matches);
  }
  return matches.map((match) => ({ range: { start: span.start + match.index!, end: span.start + match.index! + match[0].length }, match }));
}

/** Matches by pattern and by the words searched; the match arrays are shared, so callers only read them. */
const matchesBySlice = new WeakMap<RegExp, Map<string, RegExpMatchArray[]>>();
/** Past this many spans per pattern the cache starts over. */
const MAX_CACHED_SLICES = 5000;

function matchesInSlice(slice: string, pattern: RegExp): RegExpMatchArray[] {
  const found: RegExpMatchArray[] = [];
  // What matchAll gives, without the copy of the pattern it makes on every call (rules call this per sentence).
  pattern.lastIndex = 0;
  try {
    for (let match = pattern.exec(slice); match; match = pattern.exec(slice)) {
      found.push(match);
      if (match[0] === '') pattern.lastIndex = advanceIndex(slice, pattern.lastIndex, pattern.unicode || pattern.flags.includes('v'));
    }
  } finally {
    pattern.lastIndex = 0;
  }
  return found;
}

/** After an empty match, the next position, by code point in unicode mode (AdvanceStringIndex). */
function advanceIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

/** The first linked passage of a source: where a finding about the source list can point. */
export function firstPassageOf(context: RuleContext, sourceId: string): Span | null {
  return context.linked.find((passage) => passage.sourceIds.includes(sourceId))?.range ?? null;
}

/** "Reuters’ report", "the BBC's report". */
export function possessive(name: string): string {
  return /s$/.test(name) ? `${name}’` : `${name}’s`;
}

/**
 * The text that inserts an appositive after a name: ", the Russian state news
 * agency," in running text, without the closing comma where punctuation
 * already follows ("Ria Novosti – that", "TASS.").
 */
export function appositive(text: string, at: number, description: string): string {
  const closed = /^\s*[,.;:–—)!?]/u.test(text.slice(at, at + 3)) || at >= text.length;
  return closed ? `, ${description}` : `, ${description},`;
}
