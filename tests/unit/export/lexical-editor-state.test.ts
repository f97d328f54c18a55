import { createHeadlessEditor } from '@lexical/headless';
import { $createAutoLinkNode, $createLinkNode, AutoLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $createLineBreakNode, $createParagraphNode, $createTabNode, $createTextNode, $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $createAttributionNode } from '../../../renderer/nodes/AttributionNode';
import { editorNodes } from '../../../renderer/editor/nodes';
import { DEFAULT_TRANSFORMERS } from '../../../shared/export/index';
import { renderDocument } from '../../../shared/export/render-document';
import { SerializedEditorStateSchema } from '../../../shared/model/lexical-json';
import { loadDraft } from './fixture-support';

/** Node types every Lexical editor has, whatever it registers. */
const CORE_TYPES = ['root', 'paragraph', 'text', 'linebreak', 'tab'];

describe('export of editor states written by the real editor', () => {
  it('has a transformer for every node type the Copydesk editor can hold', () => {
    const editorTypes = [...CORE_TYPES, ...editorNodes.map((node) => node.getType())];
    const exported = new Set(DEFAULT_TRANSFORMERS.map((transformer) => transformer.type));
    expect(editorTypes.filter((type) => !exported.has(type))).toEqual([]);
  });

  it("renders Lexical's own serialization of every node type", () => {
    const editor = createHeadlessEditor({
      namespace: 'export-test',
      nodes: [...editorNodes, AutoLinkNode],
      onError: (error) => {
        throw error;
      },
    });
    editor.update(
      () => {
        const heading = $createHeadingNode('h1').append($createTextNode('Ferry route suspended'));
        const bold = $createTextNode('premiums').toggleFormat('bold');
        const lead = $createParagraphNode().append(
          $createAttributionNode(['anna-petrova'], 'quote').append($createTextNode('“We will keep sailing,”')),
          $createTextNode(' said Petrova, as '),
          bold,
          $createTextNode(' rose'),
          $createLineBreakNode(),
          $createTextNode('by a third'),
          $createTabNode(),
          $createAttributionNode(['reuters'], 'claim').append($createTextNode('according to Reuters')),
          $createTextNode('. See '),
          $createLinkNode('https://www.reuters.com/x', { target: '_blank', rel: 'noopener' }).append($createTextNode('the report')),
          $createTextNode(' or '),
          $createAutoLinkNode('https://example.com/').append($createTextNode('example.com')),
        );
        const nested = $createListNode('bullet').append($createListItemNode().append($createTextNode('weekday')));
        const list = $createListNode('number', 2).append(
          $createListItemNode().append($createTextNode('Refunds')),
          $createListItemNode().append(nested),
        );
        const quote = $createQuoteNode().append(
          $createAttributionNode(['reuters'], 'quote').append($createTextNode('Insurers repriced the Baltic.')),
        );
        $getRoot().clear().append(heading, lead, list, quote);
      },
      { discrete: true },
    );
    const content = SerializedEditorStateSchema.parse(JSON.parse(JSON.stringify(editor.getEditorState().toJSON())));
    const { html, warnings } = renderDocument(content.root, { sources: loadDraft('base-draft.json').sources, siteHost: 'nordicdaily.example.com' });
    expect(warnings).toEqual([]);
    expect(html).toBe(
      [
        '<h2>Ferry route suspended</h2>',
        '<p><q class="attribution attribution-quote" data-source-ids="anna-petrova">We will keep sailing,</q><a class="source-ref" href="#source-anna-petrova">[1]</a>' +
          ' said Petrova, as <strong>premiums</strong> rose<br>by a third\t' +
          '<span class="attribution attribution-claim" data-source-ids="reuters">according to Reuters</span><a class="source-ref" href="#source-reuters">[2]</a>' +
          '. See <a href="https://www.reuters.com/x" rel="noopener noreferrer" target="_blank">the report</a>' +
          ' or <a href="https://example.com/" rel="noopener noreferrer">example.com</a></p>',
        '<ol start="2">',
        '<li>Refunds',
        '<ul>',
        '<li>weekday</li>',
        '</ul>',
        '</li>',
        '</ol>',
        '<figure class="block-quote">',
        '<blockquote cite="https://www.reuters.com/world/europe/baltic-ferry-demand/">',
        '<p><span class="quoted-passage" data-source-ids="reuters">Insurers repriced the Baltic.</span></p>',
        '</blockquote>',
        '<figcaption>— <a href="#source-reuters">Reuters</a></figcaption>',
        '</figure>',
      ].join('\n'),
    );
  });
});
