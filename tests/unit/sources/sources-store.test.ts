import { describe, expect, it } from 'vitest';
import { createHeadlessEditor } from '@lexical/headless';
import { $createParagraphNode, $createRangeSelection, $createTextNode, $getRoot, $setSelection } from 'lexical';
import type { LexicalEditor } from 'lexical';
import { AttributionNode } from '../../../renderer/nodes/AttributionNode';
import { $allAttributions, $attributeSelection } from '../../../renderer/plugins/AttributionPlugin/attributionEdits';
import { SourcesStore } from '../../../renderer/sources/sourcesStore';
import { SourceSchema } from '../../../shared/model/source';

const reuters = SourceSchema.parse({ id: 'reuters', name: 'Reuters', kind: 'wire-agency' });
const bbc = SourceSchema.parse({ id: 'bbc', name: 'BBC', kind: 'outlet' });

function publish(editor: LexicalEditor, store: SourcesStore): void {
  store.setPassages(
    editor.getEditorState().read(() =>
      $allAttributions().map((node) => ({ key: node.getKey(), sourceIds: node.getSourceIds(), kind: node.getKind(), text: node.getTextContent() })),
    ),
  );
}

describe('SourcesStore', () => {
  it('reassigns a removed source’s passages, and restoring the earlier document (undo) brings the source back', () => {
    const editor = createHeadlessEditor({ nodes: [AttributionNode], onError: (error) => { throw error; } });
    const store = new SourcesStore('draft-1', [reuters, bbc]);
    let saves = 0;
    store.setSourcesChangedListener(() => (saves += 1));
    store.attachEditor(editor);
    // The plugin publishes on attribution mutations; headless Lexical has no mutation listeners, so on every update.
    editor.registerUpdateListener(() => publish(editor, store));

    editor.update(
      () => {
        const text = $createTextNode('NATO has sent weapons, according to Reuters.');
        $getRoot().append($createParagraphNode().append(text));
        const selection = $createRangeSelection();
        selection.anchor.set(text.getKey(), 0, 'text');
        selection.focus.set(text.getKey(), 21, 'text');
        $setSelection(selection);
        $attributeSelection(selection, { sourceIds: ['reuters'], kind: 'claim' });
      },
      { discrete: true },
    );
    expect(store.passagesOf('reuters')).toHaveLength(1);

    const beforeRemoval = editor.getEditorState();
    store.remove('reuters', 'bbc');
    expect(store.getSnapshot().sources.map((source) => source.id)).toEqual(['bbc']);
    expect(store.passagesOf('bbc')).toHaveLength(1);
    expect(saves).toBe(1);

    // What undo does: the history puts the earlier editor state back, outside any transform.
    editor.setEditorState(beforeRemoval, { tag: 'historic' });
    expect(store.passagesOf('reuters')).toHaveLength(1);
    expect(store.getSnapshot().sources.map((source) => source.id)).toEqual(['bbc', 'reuters']);
    expect(saves).toBe(2);
  });

  it('detaches passages when a source is removed without a replacement', () => {
    const editor = createHeadlessEditor({ nodes: [AttributionNode], onError: (error) => { throw error; } });
    const store = new SourcesStore('draft-2', [reuters]);
    store.attachEditor(editor);
    editor.update(
      () => {
        const text = $createTextNode('Prices rose, according to Reuters.');
        $getRoot().append($createParagraphNode().append(text));
        const selection = $createRangeSelection();
        selection.anchor.set(text.getKey(), 0, 'text');
        selection.focus.set(text.getKey(), 11, 'text');
        $attributeSelection(selection, { sourceIds: ['reuters'], kind: 'claim' });
      },
      { discrete: true },
    );
    store.remove('reuters', null);
    expect(editor.getEditorState().read(() => $allAttributions())).toEqual([]);
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe('Prices rose, according to Reuters.');
    expect(store.getSnapshot().sources).toEqual([]);
  });
});
