import { decodeHtmlText } from './html-entities';

/**
 * A small HTML scanner for the two places that read HTML without a DOM: the
 * CLI's text extraction and the export check. It knows what those need (tags,
 * attributes, comments, raw-text elements), not the whole parsing algorithm.
 */
export type HtmlToken =
  | { kind: 'text'; start: number; end: number }
  | { kind: 'open'; name: string; attributes: Map<string, string>; selfClosing: boolean; start: number; end: number }
  | { kind: 'close'; name: string; start: number; end: number }
  | { kind: 'comment'; start: number; end: number };

/** Elements whose content is not markup: their text must not be read as tags. */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript']);

export function* tokenizeHtml(html: string): Generator<HtmlToken> {
  let index = 0;
  while (index < html.length) {
    const lt = html.indexOf('<', index);
    const textEnd = lt === -1 ? html.length : lt;
    if (textEnd > index) yield { kind: 'text', start: index, end: textEnd };
    if (lt === -1) return;
    index = lt;
    if (html.startsWith('<!--', index)) {
      const close = html.indexOf('-->', index + 4);
      const end = close === -1 ? html.length : close + 3;
      yield { kind: 'comment', start: index, end };
      index = end;
      continue;
    }
    if (html[index + 1] === '!' || html[index + 1] === '?') {
      const close = html.indexOf('>', index);
      const end = close === -1 ? html.length : close + 1;
      yield { kind: 'comment', start: index, end };
      index = end;
      continue;
    }
    const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(index, index + 64));
    if (!tag) {
      // A "<" that starts no tag is text, as in "a < b".
      yield { kind: 'text', start: index, end: index + 1 };
      index += 1;
      continue;
    }
    const name = tag[2]!.toLowerCase();
    const { attributes, end, selfClosing } = readAttributes(html, index + tag[0].length);
    if (tag[1] === '/') {
      yield { kind: 'close', name, start: index, end };
      index = end;
      continue;
    }
    yield { kind: 'open', name, attributes, selfClosing, start: index, end };
    index = end;
    if (RAW_TEXT_ELEMENTS.has(name) && !selfClosing) {
      const closing = new RegExp(`</${name}\\s*>`, 'i').exec(html.slice(index));
      const contentEnd = closing ? index + closing.index : html.length;
      if (contentEnd > index) yield { kind: 'comment', start: index, end: contentEnd };
      if (closing) yield { kind: 'close', name, start: contentEnd, end: contentEnd + closing[0].length };
      index = closing ? contentEnd + closing[0].length : html.length;
    }
  }
}

function readAttributes(html: string, from: number): { attributes: Map<string, string>; end: number; selfClosing: boolean } {
  const attributes = new Map<string, string>();
  const attribute = /\s*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?|\s*(\/?)>|\s*\//y;
  attribute.lastIndex = from;
  while (attribute.lastIndex < html.length) {
    const match = attribute.exec(html);
    if (!match) break;
    if (match[0].endsWith('>') && match[1] === undefined) {
      return { attributes, end: attribute.lastIndex, selfClosing: match[5] === '/' };
    }
    if (match[1] !== undefined && !attributes.has(match[1].toLowerCase())) {
      attributes.set(match[1].toLowerCase(), decodeHtmlText(match[2] ?? match[3] ?? match[4] ?? ''));
    }
  }
  return { attributes, end: html.length, selfClosing: false };
}
