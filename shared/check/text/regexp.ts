/** Escapes a literal (an outlet's or a person's name) for use inside a regular expression. */
export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A name as a whole-word pattern: any run of whitespace between its words,
 * no letter or digit glued on either side.
 */
export function wholeWordsPattern(name: string): string {
  return `(?<![\\p{L}\\p{N}])${escapeRegExp(name).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`;
}

/** Compiled patterns by source and flags: names recur on every check while the editor types. */
const compiled = new Map<string, RegExp>();
/** Names typed into the source list add patterns; past this many the cache starts over. */
const MAX_COMPILED = 2000;

/**
 * A compiled pattern, shared between calls. Callers of a global or sticky
 * pattern must set `lastIndex` before each use.
 */
export function cachedRegExp(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let pattern = compiled.get(key);
  if (!pattern) {
    pattern = new RegExp(source, flags);
    if (compiled.size >= MAX_COMPILED) compiled.clear();
    compiled.set(key, pattern);
  }
  return pattern;
}

/**
 * Every position where `tail` (a pattern that starts with literal text) may
 * match, in order, overlapping ones included. A pattern led by a lookbehind
 * makes the engine try every position of the text; one led by literal text
 * lets it skip ahead, so candidates are found with `tail` and confirmed with
 * the full pattern.
 */
function candidateStarts(text: string, tail: string, flags = 'gu'): number[] {
  // A case-sensitive pattern led by a literal word: indexOf finds its starts fastest.
  const literal = /^[^\\\s.*+?^${}()|[\]]+/.exec(tail)?.[0];
  if (literal !== undefined && !flags.includes('i')) return literalStarts(text, literal);
  const finder = cachedRegExp(tail, flags);
  const starts: number[] = [];
  finder.lastIndex = 0;
  for (let match = finder.exec(text); match; match = finder.exec(text)) {
    starts.push(match.index);
    finder.lastIndex = match.index + 1;
  }
  return starts;
}

/** Every position where `literal` occurs, overlapping ones included. */
function literalStarts(text: string, literal: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(literal); at !== -1; at = text.indexOf(literal, at + 1)) starts.push(at);
  return starts;
}

/**
 * What `text.matchAll(pattern)` gives for a global pattern, given `sticky`
 * (the same pattern with the sticky flag instead) and every position where a
 * match may start (more do no harm): the positions are tried in order, each
 * past the end of the last match, as matchAll tries them.
 */
export function matchAllFrom(text: string, sticky: RegExp, candidates: readonly number[]): RegExpExecArray[] {
  const positions = [...new Set(candidates)].sort((a, b) => a - b);
  const matches: RegExpExecArray[] = [];
  let cursor = 0;
  for (const position of positions) {
    if (position < cursor || position > text.length || insideSurrogatePair(text, position)) continue;
    sticky.lastIndex = position;
    const match = sticky.exec(text);
    if (!match) continue;
    matches.push(match);
    cursor = position + Math.max(1, match[0].length);
  }
  return matches;
}

/** matchAll in unicode mode never starts a match between the halves of a surrogate pair. */
function insideSurrogatePair(text: string, position: number): boolean {
  const code = text.charCodeAt(position);
  const before = text.charCodeAt(position - 1);
  return code >= 0xdc00 && code <= 0xdfff && before >= 0xd800 && before <= 0xdbff;
}

/** The number of whitespace characters just before `at`. */
function whitespaceBefore(text: string, at: number): number {
  let from = at;
  while (from > 0 && /\s/u.test(text[from - 1]!)) from -= 1;
  return at - from;
}

/**
 * The same spans as `text.matchAll(new RegExp(wholeWordsPattern(name), 'gu'))`,
 * found without trying the lookbehind at every position of the text.
 */
export function wholeWordOccurrences(text: string, name: string): Array<{ start: number; end: number }> {
  const words = escapeRegExp(name).replace(/\s+/g, '\\s+');
  const whole = cachedRegExp(wholeWordsPattern(name), 'uy');
  return matchAllFrom(text, whole, candidateStarts(text, `${words}(?![\\p{L}\\p{N}])`)).map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** Word characters of the given name in `(\p{Lu}[\p{L}’'-]+)\s+name`; surrogate halves are kept, to be safe. */
const GIVEN_NAME_CHAR = /[\p{L}’'-]|[\uD800-\uDFFF]/u;

/**
 * The matches of `(?<![\p{L}\p{N}])(\p{Lu}[\p{L}’'-]+)\s+NAME(?![\p{L}\p{N}])`
 * over the whole text, in order and without overlaps, as `matchAll` gives
 * them, found from the occurrences of the name. A match's capitalised word
 * lies in the run of word characters just before the spaces before the name,
 * so only the positions of that run are tried.
 */
export function wordBeforeNameMatches(text: string, name: string): RegExpExecArray[] {
  const words = escapeRegExp(name).replace(/\s+/g, '\\s+');
  const whole = cachedRegExp(`(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}’'-]+)\\s+${words}(?![\\p{L}\\p{N}])`, 'uy');
  const candidates: number[] = [];
  for (const start of candidateStarts(text, `${words}(?![\\p{L}\\p{N}])`)) {
    let from = start - whitespaceBefore(text, start);
    while (from > 0 && GIVEN_NAME_CHAR.test(text[from - 1]!)) from -= 1;
    for (let position = from; position < start; position += 1) candidates.push(position);
  }
  return matchAllFrom(text, whole, candidates);
}

/**
 * The matches of an outlet pattern `LOOKBEHIND(?:(the|The)\s+)?(ALIAS)LOOKAHEAD`
 * (global `flags`), found from the occurrences of `aliasTail`, the alias with
 * its lookahead: a match starts at the alias or at the "the" before it.
 */
export function leadingTheMatches(text: string, source: string, aliasTail: string, flags: string): RegExpExecArray[] {
  const sticky = cachedRegExp(source, flags.replace('g', 'y'));
  const candidates: number[] = [];
  for (const start of candidateStarts(text, aliasTail, flags)) {
    const spaces = whitespaceBefore(text, start);
    if (spaces > 0) for (let position = start - spaces - 3; position < start; position += 1) if (position >= 0) candidates.push(position);
    candidates.push(start);
  }
  return matchAllFrom(text, sticky, candidates);
}
