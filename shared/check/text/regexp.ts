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
function candidateStarts(text: string, tail: string): number[] {
  const finder = cachedRegExp(tail, 'gu');
  const starts: number[] = [];
  finder.lastIndex = 0;
  for (let match = finder.exec(text); match; match = finder.exec(text)) {
    starts.push(match.index);
    finder.lastIndex = match.index + 1;
  }
  return starts;
}

/**
 * The same spans as `text.matchAll(new RegExp(wholeWordsPattern(name), 'gu'))`,
 * found without trying the lookbehind at every position of the text.
 */
export function wholeWordOccurrences(text: string, name: string): Array<{ start: number; end: number }> {
  const words = escapeRegExp(name).replace(/\s+/g, '\\s+');
  const whole = cachedRegExp(wholeWordsPattern(name), 'uy');
  const spans: Array<{ start: number; end: number }> = [];
  let cursor = 0;
  for (const start of candidateStarts(text, `${words}(?![\\p{L}\\p{N}])`)) {
    if (start < cursor) continue;
    whole.lastIndex = start;
    const match = whole.exec(text);
    if (!match) continue;
    spans.push({ start, end: start + match[0].length });
    cursor = start + match[0].length;
  }
  return spans;
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
export function* wordBeforeNameMatches(text: string, name: string): Generator<RegExpExecArray> {
  const words = escapeRegExp(name).replace(/\s+/g, '\\s+');
  const whole = cachedRegExp(`(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}’'-]+)\\s+${words}(?![\\p{L}\\p{N}])`, 'uy');
  let cursor = 0;
  for (const start of candidateStarts(text, `${words}(?![\\p{L}\\p{N}])`)) {
    if (start <= cursor) continue;
    let from = start;
    while (from > 0 && /\s/u.test(text[from - 1]!)) from -= 1;
    while (from > 0 && GIVEN_NAME_CHAR.test(text[from - 1]!)) from -= 1;
    for (let position = Math.max(from, cursor); position < start; position += 1) {
      whole.lastIndex = position;
      const match = whole.exec(text);
      if (!match) continue;
      cursor = position + match[0].length;
      yield match;
      break;
    }
  }
}
