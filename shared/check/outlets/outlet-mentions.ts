import type { Span } from '../../attribution/types';
import { escapeRegExp, leadingTheMatches } from '../text/regexp';
import { overlaps } from '../text/spans';
import type { CatalogueOutlet } from './outlet-catalogue';

export interface OutletMention {
  outlet: CatalogueOutlet;
  /** The name as written, without a leading "the". */
  range: Span;
  /** Including a leading "the" when present: what a reader sees as the name. */
  phrase: Span;
}

/**
 * All-capital names (BBC, TASS, RT) must match exactly, or "rt" in a word
 * would be an outlet; other names match in any case as long as the copy
 * capitalises the first letter ("Ria Novosti" for RIA Novosti, but not
 * "capital" for Capital).
 */
function aliasPattern(alias: string): { source: string; caseSensitive: boolean } {
  const bare = alias.replace(/^the\s+/i, '');
  return { source: escapeRegExp(bare), caseSensitive: bare === bare.toUpperCase() };
}

const LOOKBEHIND = '(?<![\\p{L}\\p{N}.-])';
const LOOKAHEAD = '(?![\\p{L}\\p{N}]|-\\p{L})';

/**
 * Every match of `LOOKBEHIND(?:(the|The)\s+)?(alias)LOOKAHEAD`, as matchAll
 * gives them. The lookbehind would make the engine try every position of the
 * text for each alias, so the alias's occurrences are found first.
 */
function mentionMatches(text: string, alias: string): { matches: RegExpExecArray[]; caseSensitive: boolean } {
  const { source, caseSensitive } = aliasPattern(alias);
  const flags = caseSensitive ? 'gu' : 'giu';
  return {
    matches: leadingTheMatches(text, `${LOOKBEHIND}(?:(the|The)\\s+)?(${source})${LOOKAHEAD}`, `${source}${LOOKAHEAD}`, flags),
    caseSensitive,
  };
}

/** The index of the first of disjoint, sorted spans that ends after `offset`: the only one that may overlap a span starting there. */
function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle]!.end > offset) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * A quick test that an alias cannot occur in the text, so most of a hundred
 * aliases cost no pattern search. An ASCII alias matched without regard to
 * case can match only its letters in either case, or the two characters
 * Unicode folds onto ASCII letters (ſ, the Kelvin sign); where those occur,
 * nothing is ruled out.
 */
function absentAliasTest(text: string): (alias: string) => boolean {
  const lower = /[\u017f\u212a]/u.test(text) ? null : text.toLowerCase();
  return (alias) => {
    const bare = alias.replace(/^the\s+/i, '');
    if (bare === bare.toUpperCase()) return !text.includes(bare);
    return lower !== null && /^[\x20-\x7e]*$/u.test(bare) && !lower.includes(bare.toLowerCase());
  };
}

/** Finds every mention of a catalogue outlet, longest name first so "Bloomberg News" beats "Bloomberg". */
export function findOutletMentions(text: string, catalogue: readonly CatalogueOutlet[]): OutletMention[] {
  const candidates: Array<{ outlet: CatalogueOutlet; alias: string }> = catalogue.flatMap((outlet) =>
    [outlet.name, ...outlet.aliases].map((alias) => ({ outlet, alias })),
  );
  candidates.sort((a, b) => b.alias.length - a.alias.length);
  const mentions: OutletMention[] = [];
  // Disjoint spans sorted by start (and so by end): an overlap test is a binary search.
  const taken: Span[] = [];
  const absent = absentAliasTest(text);
  for (const { outlet, alias } of candidates) {
    if (absent(alias)) continue;
    const { matches, caseSensitive } = mentionMatches(text, alias);
    for (const match of matches) {
      const name = match[2]!;
      if (!caseSensitive && !/^\p{Lu}/u.test(name)) continue;
      const nameStart = match.index + match[0].length - name.length;
      const range = { start: nameStart, end: nameStart + name.length };
      const at = firstEndingAfter(taken, range.start);
      if (at < taken.length && overlaps(taken[at]!, range)) continue;
      taken.splice(at, 0, range);
      mentions.push({ outlet, range, phrase: { start: match.index, end: range.end } });
    }
  }
  return mentions.sort((a, b) => a.range.start - b.range.start);
}
