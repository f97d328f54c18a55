import { describe, expect, it } from 'vitest';
import { createHeadlessEditor } from '@lexical/headless';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { LexicalEditor, UpdateListener , TextNode } from 'lexical';
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, $isTextNode } from 'lexical';
import { hasContentChange } from '../../../renderer/plugins/ChangePlugin/contentChange';

type Update = Parameters<UpdateListener>[0];

function editorWith(paragraphs: string[]): LexicalEditor {
  const editor = createHeadlessEditor({ namespace: 'test', nodes: [HeadingNode, QuoteNode], onError: (error) => { throw error; } });
  editor.update(
    () => {
      for (const words of paragraphs) $getRoot().append($createParagraphNode().append($createTextNode(words)));
    },
    { discrete: true },
  );
  return editor;
}

/** Runs one update and says whether the change detector saw an edit in it. */
function sawChange(editor: LexicalEditor, edit: () => void): boolean {
  let seen: Update | null = null;
  const unregister = editor.registerUpdateListener((update) => {
    seen = update;
  });
  editor.update(edit, { discrete: true });
  unregister();
  const update = seen as Update | null;
  if (!update || (update.dirtyElements.size === 0 && update.dirtyLeaves.size === 0)) return false;
  return hasContentChange(update.prevEditorState, update.editorState, update.dirtyElements, update.dirtyLeaves);
}

const $firstText = (): TextNode => {
  const paragraph = $getRoot().getFirstChildOrThrow();
  if (!$isElementNode(paragraph)) throw new Error('no paragraph');
  const text = paragraph.getFirstChildOrThrow();
  if (!$isTextNode(text)) throw new Error('no text');
  return text;
};

describe('what counts as an edit for autosave', () => {
  it('sees typed text, formatting, new and removed paragraphs, and moves', () => {
    const editor = editorWith(['Le Pen said on Wednesday.', 'Reuters reported it.']);
    expect(sawChange(editor, () => $firstText().setTextContent('Le Pen said on Thursday.'))).toBe(true);
    expect(sawChange(editor, () => $firstText().toggleFormat('bold'))).toBe(true);
    expect(sawChange(editor, () => $getRoot().append($createParagraphNode().append($createTextNode('A third.'))))).toBe(true);
    expect(sawChange(editor, () => $getRoot().getLastChildOrThrow().remove())).toBe(true);
    expect(sawChange(editor, () => $getRoot().getFirstChildOrThrow().insertBefore($getRoot().getLastChildOrThrow()))).toBe(true);
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe('Reuters reported it.\n\nLe Pen said on Thursday.');
  });

  it('ignores an update that writes nodes without changing them, as transforms do on open', () => {
    const editor = editorWith(['Le Pen said on Wednesday.']);
    expect(sawChange(editor, () => $firstText().getWritable())).toBe(false);
    expect(sawChange(editor, () => $firstText().setTextContent('Le Pen said on Wednesday.'))).toBe(false);
  });
});
