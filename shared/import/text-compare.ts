/**
 * Compares lines the way a reader would: case, spacing, dash and quote style
 * and trailing ellipses do not make two headlines different.
 */
export function comparableText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/(?:\.\.\.|\u2026)\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function wordCount(text: string): number {
  const words = text.trim().split(/\s+/);
  return words[0] === '' ? 0 : words.length;
}

/** Collapses runs of whitespace (including non-breaking spaces) into one space. */
export function tidySpaces(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}
