import type { InlineFormat } from '../blocks';

/** Lexical's TextNode format bit flags (IS_BOLD, IS_ITALIC, ... in lexical/LexicalConstants). */
const FORMAT_BITS: Record<InlineFormat, number> = {
  bold: 1,
  italic: 1 << 1,
  strikethrough: 1 << 2,
  underline: 1 << 3,
  code: 1 << 4,
  subscript: 1 << 5,
  superscript: 1 << 6,
};

export function textFormatBits(formats: readonly InlineFormat[]): number {
  // Lexical treats subscript and superscript as exclusive; keep the first one given.
  const script = formats.find((format) => format === 'subscript' || format === 'superscript');
  return formats
    .filter((format) => (format !== 'subscript' && format !== 'superscript') || format === script)
    .reduce((bits, format) => bits | FORMAT_BITS[format], 0);
}
