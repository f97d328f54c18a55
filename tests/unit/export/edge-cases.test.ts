import { describe, expect, it } from 'vitest';
import { renderDocument } from '../../../shared/export/render-document';
import type { SerializedNodeShape } from '../../../shared/model/lexical-json';
import { loadDraft } from './fixture-support';

const text = (value: string, format = 0): SerializedNodeShape => ({ type: 'text', version: 1, text: value, format });
const paragraph = (...children: SerializedNodeShape[]): SerializedNodeShape => ({ type: 'paragraph', version: 1, children });
const root = (...children: SerializedNodeShape[]): SerializedNodeShape => ({ type: 'root', version: 1, children });

function render(...blocks: SerializedNodeShape[]) {
  return renderDocument(root(...blocks), { sources: loadDraft('base-draft.json').sources, siteHost: 'nordicdaily.example.com' });
}

describe('export edge cases', () => {
  it('turns line feeds inside text into line breaks, as the editor shows them', () => {
    expect(render(paragraph(text('Harbour Road 1\nKiel', 1))).html).toBe('<p><strong>Harbour Road 1<br>Kiel</strong></p>');
  });

  it('leaves out a link without words, and says so', () => {
    const result = render(paragraph(text('Before'), { type: 'link', version: 1, url: 'https://example.com/', children: [] }));
    expect(result.html).toBe('<p>Before</p>');
    expect(result.warnings).toEqual(['an empty link was left out (at root.children[0].children[1])']);
  });

  it('keeps the words of a link nested in another link, without the inner link', () => {
    const inner = { type: 'link', version: 1, url: 'https://inner.example/', children: [text('inner')] };
    const result = render(paragraph({ type: 'link', version: 1, url: 'https://outer.example/', children: [text('outer '), inner] }));
    expect(result.html).toBe('<p><a href="https://outer.example/" rel="noopener noreferrer">outer inner</a></p>');
  });

  it('puts no reference marker (a link) inside a link, but keeps the source ids', () => {
    const attribution = { type: 'attribution', version: 1, sourceIds: ['reuters'], kind: 'claim', children: [text('Reuters said')] };
    const result = render(paragraph({ type: 'link', version: 1, url: 'https://www.reuters.com/', children: [attribution] }));
    expect(result.html).toBe(
      '<p><a href="https://www.reuters.com/" rel="noopener noreferrer"><span class="attribution attribution-claim" data-source-ids="reuters">Reuters said</span></a></p>',
    );
  });

  it('nests a list that opens a list inside an item of its own', () => {
    const list = (...items: SerializedNodeShape[]): SerializedNodeShape => ({ type: 'list', version: 1, listType: 'bullet', children: items });
    const item = (...children: SerializedNodeShape[]): SerializedNodeShape => ({ type: 'listitem', version: 1, children });
    expect(render(list(item(list(item(text('deep')))), item(text('shallow')))).html).toBe(
      '<ul>\n<li>\n<ul>\n<li>deep</li>\n</ul>\n</li>\n<li>shallow</li>\n</ul>',
    );
  });

  it('moves a body that starts at h3 up to h2, so the outline has no gap after the h1', () => {
    const heading = (tag: string, words: string): SerializedNodeShape => ({ type: 'heading', version: 1, tag, children: [text(words)] });
    expect(render(heading('h3', 'Three'), heading('h4', 'Four')).html).toBe('<h2>Three</h2>\n<h3>Four</h3>');
  });

  it('drops characters no HTML document may hold', () => {
    expect(render(paragraph(text('a\u0000b\u0007c\uD800d\r\ne'))).html).toBe('<p>abcd<br>e</p>');
  });
});
