import { useEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import type { EditorState } from 'lexical';
import { countWords } from '../../status/wordCount';

type Props = {
  /** Called after every change to the document's content (not on selection moves or no-op updates). */
  onChange: () => void;
  /** Called with the document's word count whenever it may have changed, and once on mount. */
  onWordCount: (words: number) => void;
};

const $wordsOf = (state: EditorState): number => state.read(() => countWords($getRoot().getTextContent()));

/** Reports real content changes (for autosave) and the live word count. */
export function ChangePlugin({ onChange, onWordCount }: Props): null {
  const [editor] = useLexicalComposerContext();
  const callbacks = useRef({ onChange, onWordCount });
  useEffect(() => {
    callbacks.current = { onChange, onWordCount };
  }, [onChange, onWordCount]);

  useEffect(() => {
    // Registering node transforms re-runs them over the document on open; that
    // produces updates without any change, which must not count as an edit.
    let last = JSON.stringify(editor.getEditorState().toJSON());
    callbacks.current.onWordCount($wordsOf(editor.getEditorState()));
    return editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      const json = JSON.stringify(editorState.toJSON());
      if (json === last) return;
      last = json;
      callbacks.current.onWordCount($wordsOf(editorState));
      callbacks.current.onChange();
    });
  }, [editor]);
  return null;
}
