import { escapeText } from '../html-escape';
import { integerField, stringField } from '../node-fields';
import type { NodeTransformer } from '../render-context';

/**
 * Lexical's text format bitmask (lexical/src/LexicalConstants.ts), outermost
 * element first. Case transforms (lowercase, uppercase, capitalize) are
 * presentation only and are not exported, like inline styles.
 */
const FORMAT_ELEMENTS: ReadonlyArray<readonly [bit: number, tag: string]> = [
  [1, 'strong'],
  [2, 'em'],
  [8, 'u'],
  [4, 's'],
  [32, 'sub'],
  [64, 'sup'],
  [128, 'mark'],
  [16, 'code'],
];

export function wrapInFormatElements(html: string, format: number): string {
  let wrapped = html;
  // Innermost first, so the list reads outermost first.
  for (const [bit, tag] of [...FORMAT_ELEMENTS].reverse()) {
    if ((format & bit) !== 0) wrapped = `<${tag}>${wrapped}</${tag}>`;
  }
  return wrapped;
}

export const textTransformer: NodeTransformer = {
  type: 'text',
  render(at) {
    const text = stringField(at, 'text');
    if (text === '') return '';
    // The editor shows a line feed inside text (pasted or imported) as a line break; so does the page.
    const html = escapeText(text).split('\n').join('<br>');
    return wrapInFormatElements(html, integerField(at, 'format', 0));
  },
};
