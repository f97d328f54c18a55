import type { SerializedNodeShape } from '../../model/lexical-json';

/**
 * Factories for the serialized node JSON that Lexical 0.52's exportJSON
 * writes (lexical, @lexical/rich-text, @lexical/list, @lexical/link), so an
 * imported draft is byte-for-byte what the editor itself would save. Fields
 * exportJSON leaves undefined (an element's textFormat 0 and textStyle '', a
 * list item's checked) are omitted, as JSON.stringify omits them; a paragraph
 * always writes them. tests/unit/import/lexical-shapes.test.ts checks this
 * against a headless editor.
 */

function element(type: string, children: SerializedNodeShape[], extra: Record<string, unknown> = {}): SerializedNodeShape {
  return { children, ...extra, direction: null, format: '', indent: 0, type, version: 1 };
}

export function serializedText(text: string, format: number): SerializedNodeShape {
  return { detail: 0, format, mode: 'normal', style: '', text, type: 'text', version: 1 };
}

export function serializedLineBreak(): SerializedNodeShape {
  return { type: 'linebreak', version: 1 };
}

export function serializedLink(url: string, children: SerializedNodeShape[]): SerializedNodeShape {
  return element('link', children, { rel: null, target: null, title: null, url });
}

export function serializedParagraph(children: SerializedNodeShape[]): SerializedNodeShape {
  return { children, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', type: 'paragraph', version: 1 };
}

export function serializedHeading(tag: `h${1 | 2 | 3 | 4 | 5 | 6}`, children: SerializedNodeShape[]): SerializedNodeShape {
  return element('heading', children, { tag });
}

export function serializedQuote(children: SerializedNodeShape[]): SerializedNodeShape {
  return element('quote', children);
}

export function serializedList(ordered: boolean, children: SerializedNodeShape[]): SerializedNodeShape {
  return element('list', children, { listType: ordered ? 'number' : 'bullet', start: 1, tag: ordered ? 'ol' : 'ul' });
}

/** ListItemNode writes its own key order: checked (omitted when unset), indent, value, then the element fields. */
export function serializedListItem(value: number, indent: number, children: SerializedNodeShape[]): SerializedNodeShape {
  return { children, indent, value, direction: null, format: '', type: 'listitem', version: 1 };
}

export function serializedRoot(children: SerializedNodeShape[]): SerializedNodeShape {
  return element('root', children);
}
