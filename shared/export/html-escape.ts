/*
 * Escaping that matches the HTML serializer byte for byte (the algorithm
 * browsers and jsdom use for innerHTML). Keeping to it is what lets the
 * DOMPurify pass on the Node side return a clean export unchanged, so any
 * difference it reports is a real removal.
 */

/**
 * Characters the HTML parser rejects or rewrites: C0/C1 controls other than
 * tab and line feed, carriage returns (the parser folds them into line feeds),
 * noncharacters, and lone surrogates. Dropping them here keeps the output
 * stable across a parse/serialize round trip and valid for the Nu validator.
 */
const UNSERIALIZABLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text an editor typed, minus characters no HTML document can carry. */
export function cleanText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(UNSERIALIZABLE, '');
}

/** Text content: the serializer escapes &, <, > and the no-break space. */
export function escapeText(value: string): string {
  return cleanText(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00A0/g, '&nbsp;');
}

/** Attribute values, always written double-quoted: &, ", <, > and the no-break space. */
export function escapeAttribute(value: string): string {
  return cleanText(value)
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00A0/g, '&nbsp;');
}

/** Attributes in the given order; empty-string values are kept, undefined ones left out. */
export function attributes(pairs: ReadonlyArray<readonly [string, string | undefined]>): string {
  return pairs
    .filter((pair): pair is readonly [string, string] => pair[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
}
