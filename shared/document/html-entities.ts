/**
 * The character references news pages actually use. Numeric references cover
 * everything else; an unknown named reference is left as written, which is
 * what a browser does too.
 */
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', sbquo: '\u201a', bdquo: '\u201e',
  laquo: '\u00ab', raquo: '\u00bb', hellip: '\u2026', ndash: '\u2013', mdash: '\u2014',
  shy: '\u00ad', copy: '\u00a9', reg: '\u00ae', trade: '\u2122', euro: '\u20ac', pound: '\u00a3', deg: '\u00b0',
  eacute: '\u00e9', egrave: '\u00e8', aacute: '\u00e1', agrave: '\u00e0', oacute: '\u00f3', uuml: '\u00fc',
  ouml: '\u00f6', auml: '\u00e4', ccedil: '\u00e7', ntilde: '\u00f1', iacute: '\u00ed', szlig: '\u00df',
};

/** Decodes the character reference that starts at `index` ("&amp;", "&#8217;"), if one does. */
export function decodeEntityAt(source: string, index: number): { value: string; length: number } | null {
  const match = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/.exec(source.slice(index, index + 40));
  if (!match) return null;
  const [whole, decimal, hex, name] = match;
  if (name !== undefined) {
    const value = NAMED_ENTITIES[name];
    return value === undefined ? null : { value, length: whole.length };
  }
  const codePoint = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16);
  const valid = codePoint > 0 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff);
  return { value: valid ? String.fromCodePoint(codePoint) : '\ufffd', length: whole.length };
}

/** Decodes every character reference in a string (attribute values, short texts). */
export function decodeHtmlText(value: string): string {
  let result = '';
  let index = 0;
  while (index < value.length) {
    const amp = value.indexOf('&', index);
    if (amp === -1) return result + value.slice(index);
    result += value.slice(index, amp);
    const entity = decodeEntityAt(value, amp);
    result += entity ? entity.value : '&';
    index = amp + (entity ? entity.length : 1);
  }
  return result;
}
