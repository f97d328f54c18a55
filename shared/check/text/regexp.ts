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
