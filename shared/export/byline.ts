/** "By Anna Petrova and Ivan Sidorov" -> ["Anna Petrova", "Ivan Sidorov"], for JSON-LD authors. */
export function authorsOf(byline: string): string[] {
  return byline
    .trim()
    .replace(/^by\s+/i, '')
    .split(/\s*(?:,|&|\band\b)\s*/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** The byline as readers see it: "By ..." unless the editor already wrote it so. */
export function bylineText(byline: string): string {
  const trimmed = byline.trim();
  if (trimmed === '') return '';
  return /^by\s/i.test(trimmed) ? trimmed : `By ${trimmed}`;
}
