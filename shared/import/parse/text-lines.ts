/**
 * Line handling shared by the plain-text and Markdown parsers: one line-ending
 * style, no byte-order mark, no control characters (they cannot be typed and
 * some break Lexical's text handling), tabs kept.
 */
export function normaliseLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .split('\n');
}

/** Lines grouped by blank lines, each line trimmed of trailing spaces. */
export function lineGroups(lines: readonly string[]): string[][] {
  const groups: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      if (current.length > 0) groups.push(current);
      current = [];
    } else {
      current.push(line.replace(/\s+$/, ''));
    }
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
