import { decodeEntityAt } from './html-entities';
import { tokenizeHtml } from './html-tokens';
import { MappedTextBuilder, type MappedArticleText } from './mapped-text';

/** Elements that end a paragraph of reading text. */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'td', 'th', 'tr', 'ul', 'body', 'html', 'head',
]);

/**
 * The reading text of an HTML page: text nodes with entities decoded,
 * whitespace collapsed, one paragraph per block element; scripts, styles and
 * comments are not text. Every character keeps its offset in the file.
 */
export function articleFromHtml(html: string): MappedArticleText {
  const builder = new MappedTextBuilder();
  for (const token of tokenizeHtml(html)) {
    if (token.kind === 'text') appendDecoded(builder, html, token.start, token.end);
    else if ((token.kind === 'open' || token.kind === 'close') && BLOCK_ELEMENTS.has(token.name)) builder.endParagraph();
  }
  return builder.result();
}

function appendDecoded(builder: MappedTextBuilder, html: string, start: number, end: number): void {
  let index = start;
  while (index < end) {
    const amp = html.indexOf('&', index);
    const plainEnd = amp === -1 || amp >= end ? end : amp;
    if (plainEnd > index) builder.append(html.slice(index, plainEnd), index);
    if (plainEnd === end) return;
    const entity = decodeEntityAt(html, plainEnd);
    if (entity) {
      builder.append(entity.value, plainEnd, false);
      index = plainEnd + entity.length;
    } else {
      builder.append('&', plainEnd);
      index = plainEnd + 1;
    }
  }
}
