import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHeadlessEditor } from '@lexical/headless';
import { LinkNode } from '@lexical/link';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import type { LexicalEditor, SerializedEditorState, TextNode } from 'lexical';
import { $createParagraphNode, $createRangeSelection, $createTextNode, $getRoot, $getSelection, $isParagraphNode, $isRangeSelection, $setSelection } from 'lexical';
import { AttributionNode, $isAttributionNode } from '../../../renderer/nodes/AttributionNode';
import {
  $allAttributions,
  $attributeSelection,
  $dropUnknownSources,
  $replaceSourceInAttributions,
} from '../../../renderer/plugins/AttributionPlugin/attributionEdits';
import type { AttributionValue } from '../../../renderer/plugins/AttributionPlugin/attributionEdits';
import { DraftStore } from '../../../electron/services/draft-store';
import { SourceSchema } from '../../../shared/model/source';
import { useTempDir } from '../helpers/temp-dir';

function newEditor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: 'test',
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, AttributionNode],
    onError: (error) => {
      throw error;
    },
  });
}

/** Builds paragraphs from [text, format] runs; returns the text nodes by paragraph. */
function setParagraphs(editor: LexicalEditor, paragraphs: Array<Array<[string, number]>>): void {
  editor.update(
    () => {
      const root = $getRoot().clear();
      for (const runs of paragraphs) {
        const paragraph = $createParagraphNode();
        for (const [text, format] of runs) paragraph.append($createTextNode(text).setFormat(format));
        root.append(paragraph);
      }
    },
    { discrete: true },
  );
}

/** Selects from `startOffset` in the text node at path [paragraph, child] to `endOffset` in another. */
function select(editor: LexicalEditor, from: [number, number, number], to: [number, number, number]): void {
  editor.update(
    () => {
      const textAt = ([paragraph, child]: [number, number, number]): TextNode => {
        const block = $getRoot().getChildAtIndex(paragraph);
        if (!$isParagraphNode(block)) throw new Error('no paragraph');
        return block.getAllTextNodes()[child]!;
      };
      const selection = $createRangeSelection();
      selection.anchor.set(textAt(from).getKey(), from[2], 'text');
      selection.focus.set(textAt(to).getKey(), to[2], 'text');
      $setSelection(selection);
    },
    { discrete: true },
  );
}

function attribute(editor: LexicalEditor, value: AttributionValue): void {
  editor.update(
    () => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) throw new Error('no range selection');
      $attributeSelection(selection, value);
    },
    { discrete: true },
  );
}

/** Each paragraph as a list of runs: plain text, or [kind:ids] text. */
function shape(editor: LexicalEditor): string[] {
  return editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((block) =>
        $isParagraphNode(block)
          ? block
              .getChildren()
              .map((child) => ($isAttributionNode(child) ? `[${child.getKind()}:${child.getSourceIds().join(',')} ${child.getTextContent()}]` : child.getTextContent()))
              .join('|')
          : block.getTextContent(),
      ),
  );
}

const BOLD = 1;
const ITALIC = 2;

describe('AttributionNode', () => {
  it('serializes only its ids and kind, and deserializes to the same JSON', () => {
    const editor = newEditor();
    setParagraphs(editor, [[['Le Pen said she would stay.', 0]]]);
    select(editor, [0, 0, 0], [0, 0, 6]);
    attribute(editor, { sourceIds: ['le-pen'], kind: 'quote' });
    const json = editor.getEditorState().toJSON();
    const paragraph = json.root.children[0] as unknown as { children: Array<Record<string, unknown>> };
    expect(paragraph.children[0]).toMatchObject({ type: 'attribution', version: 1, sourceIds: ['le-pen'], kind: 'quote' });
    // Only ids and the kind: no names or other source fields leak into the document.
    expect(JSON.stringify(paragraph.children[0])).not.toMatch(/name|url|role/i);

    const reloaded = newEditor();
    reloaded.setEditorState(reloaded.parseEditorState(JSON.stringify(json)));
    expect(reloaded.getEditorState().toJSON()).toEqual(json);
    expect(shape(reloaded)).toEqual(['[quote:le-pen Le Pen]| said she would stay.']);
  });

  it('refuses a serialized attribution without sources instead of silently dropping it', () => {
    const editor = newEditor();
    const broken = {
      root: {
        type: 'root', version: 1, direction: null, format: '', indent: 0,
        children: [{
          type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '',
          children: [{ type: 'attribution', version: 1, direction: null, format: '', indent: 0, sourceIds: [], kind: 'quote', children: [] }],
        }],
      },
    };
    expect(() => editor.parseEditorState(JSON.stringify(broken))).toThrow(/malformed/);
  });

  it('splits text at the selection edges and keeps each run’s format', () => {
    const editor = newEditor();
    setParagraphs(editor, [[['Marine ', 0], ['Le Pen', BOLD], [' said no.', ITALIC]]]);
    select(editor, [0, 0, 3], [0, 2, 5]);
    attribute(editor, { sourceIds: ['reuters'], kind: 'claim' });
    expect(shape(editor)).toEqual(['Mar|[claim:reuters ine Le Pen said]| no.']);
    const formats = editor.getEditorState().read(() => $allAttributions()[0]!.getAllTextNodes().map((text) => [text.getTextContent(), text.getFormat()]));
    expect(formats).toEqual([['ine ', 0], ['Le Pen', BOLD], [' said', ITALIC]]);
  });

  it('wraps a selection across paragraphs in one attribution per paragraph', () => {
    const editor = newEditor();
    setParagraphs(editor, [[['First paragraph.', 0]], [['Second paragraph.', 0]]]);
    select(editor, [0, 0, 6], [1, 0, 6]);
    attribute(editor, { sourceIds: ['bbc'], kind: 'paraphrase' });
    expect(shape(editor)).toEqual(['First |[paraphrase:bbc paragraph.]', '[paraphrase:bbc Second]| paragraph.']);
  });

  it('splits an existing attribution around a new one instead of nesting', () => {
    const editor = newEditor();
    setParagraphs(editor, [[['one two three', 0]]]);
    select(editor, [0, 0, 0], [0, 0, 13]);
    attribute(editor, { sourceIds: ['bbc'], kind: 'claim' });
    select(editor, [0, 0, 4], [0, 0, 7]);
    attribute(editor, { sourceIds: ['reuters'], kind: 'quote' });
    expect(shape(editor)).toEqual(['[claim:bbc one ]|[quote:reuters two]|[claim:bbc  three]']);
  });

  it('merges adjacent passages with the same sources and kind', () => {
    const editor = newEditor();
    setParagraphs(editor, [[['alpha beta gamma', 0]]]);
    select(editor, [0, 0, 0], [0, 0, 5]);
    attribute(editor, { sourceIds: ['bbc'], kind: 'claim' });
    select(editor, [0, 1, 0], [0, 1, 5]);
    attribute(editor, { sourceIds: ['bbc'], kind: 'claim' });
    expect(shape(editor)).toEqual(['[claim:bbc alpha beta]| gamma']);
  });

  it('disappears when its whole passage is deleted', () => {
    const editor = newEditor();
    setParagraphs(editor, [[['keep this quote here', 0]]]);
    select(editor, [0, 0, 5], [0, 0, 16]);
    attribute(editor, { sourceIds: ['bbc'], kind: 'quote' });
    select(editor, [0, 0, 5], [0, 1, 11]);
    editor.update(
      () => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) throw new Error('no range selection');
        selection.removeText();
      },
      { discrete: true },
    );
    expect(shape(editor)).toEqual(['keep here']);
    expect(editor.getEditorState().read(() => $allAttributions())).toEqual([]);
  });

  it('reassigns or detaches passages when a source is removed', () => {
    const editor = newEditor();
    setParagraphs(editor, [[['alpha beta gamma', 0]]]);
    select(editor, [0, 0, 0], [0, 0, 5]);
    attribute(editor, { sourceIds: ['bbc', 'ria'], kind: 'claim' });
    select(editor, [0, 1, 1], [0, 1, 5]);
    attribute(editor, { sourceIds: ['ria'], kind: 'claim' });
    editor.update(() => void $replaceSourceInAttributions('ria', 'bbc'), { discrete: true });
    expect(shape(editor)).toEqual(['[claim:bbc alpha]| |[claim:bbc beta]| gamma']);
    editor.update(() => void $replaceSourceInAttributions('bbc', null), { discrete: true });
    expect(shape(editor)).toEqual(['alpha beta gamma']);
  });

  it('drops ids unknown to the draft and unwraps a passage left without sources', () => {
    const editor = newEditor();
    setParagraphs(editor, [[['alpha beta', 0]]]);
    select(editor, [0, 0, 0], [0, 0, 5]);
    attribute(editor, { sourceIds: ['bbc', 'foreign'], kind: 'claim' });
    editor.update(() => $allAttributions().forEach((node) => $dropUnknownSources(node, new Set(['bbc']))), { discrete: true });
    expect(shape(editor)).toEqual(['[claim:bbc alpha]| beta']);
    editor.update(() => $allAttributions().forEach((node) => $dropUnknownSources(node, new Set())), { discrete: true });
    expect(shape(editor)).toEqual(['alpha beta']);
  });
});

describe('drafts with attributions on disk', () => {
  const dataDir = useTempDir({ prefix: 'copydesk-attribution-' });

  it('round-trip through save and load exactly', async () => {
    const editor = newEditor();
    setParagraphs(editor, [[['“I will leave”, ', 0], ['Le Pen', BOLD], [' said, according to Reuters.', 0]], [['Second.', 0]]]);
    select(editor, [0, 0, 0], [0, 0, 14]);
    attribute(editor, { sourceIds: ['le-pen'], kind: 'quote' });
    select(editor, [0, 3, 7], [0, 3, 28]);
    attribute(editor, { sourceIds: ['reuters', 'le-pen'], kind: 'claim' });
    const content = editor.getEditorState().toJSON() as unknown as SerializedEditorState;
    const sources = [
      SourceSchema.parse({ id: 'le-pen', name: 'Marine Le Pen', kind: 'person', role: 'National Rally leader' }),
      SourceSchema.parse({ id: 'reuters', name: 'Reuters', kind: 'wire-agency', url: 'https://www.reuters.com/' }),
    ];
    const store = new DraftStore({ dataDir: dataDir() });
    const created = await store.create({ content: content as never, sources });
    const opened = await store.open(created.id);
    expect(opened.content).toEqual(content);

    const reloaded = newEditor();
    reloaded.setEditorState(reloaded.parseEditorState(JSON.stringify(opened.content)));
    expect(reloaded.getEditorState().toJSON()).toEqual(content);
    await store.save({ id: opened.id, baseRevision: opened.revision, meta: opened.meta, sources: opened.sources, content: reloaded.getEditorState().toJSON() as never, status: opened.status, checkOverrides: [] });
    expect((await new DraftStore({ dataDir: dataDir() }).open(created.id)).content).toEqual(content);
    await store.flush();
  });

  it('open when written before attributions existed', async () => {
    const store = new DraftStore({ dataDir: dataDir() });
    const created = await store.create({});
    await store.flush();
    const legacy = {
      ...created,
      sources: [],
      content: {
        root: {
          type: 'root', version: 1, direction: 'ltr', format: '', indent: 0,
          children: [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '',
            children: [{ type: 'text', version: 1, text: 'Written before attributions.', format: 0, style: '', mode: 'normal', detail: 0 }] }],
        },
      },
    };
    await writeFile(path.join(dataDir(), 'drafts', `${created.id}.json`), JSON.stringify(legacy));
    const opened = await new DraftStore({ dataDir: dataDir() }).open(created.id);
    const editor = newEditor();
    editor.setEditorState(editor.parseEditorState(JSON.stringify(opened.content)));
    expect(shape(editor)).toEqual(['Written before attributions.']);
  });
});
