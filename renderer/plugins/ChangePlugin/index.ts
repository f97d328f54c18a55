import { useEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import type { EditorState } from 'lexical';
import { countWords } from '../../status/wordCount';
import { hasContentChange } from './contentChange';

type Props = {
  /** Called after every change to the document's content (not on selection moves or no-op updates). */
  onChange: () => void;
  /** Called with the document's word count whenever it may have changed, and once on mount. */
  onWordCount: (words: number) => void;
};

/** The count is for the status bar: a pause in typing is soon enough, and a keystroke never pays for it. */
const WORD_COUNT_DELAY_MS = 200;

const $wordsOf = (state: EditorState): number => state.read(() => countWords($getRoot().getTextContent()));

/** Reports real content changes (for autosave) and the live word count. */
export function ChangePlugin({ onChange, onWordCount }: Props): null {
  const [editor] = useLexicalComposerContext();
  const callbacks = useRef({ onChange, onWordCount });
  useEffect(() => {
    callbacks.current = { onChange, onWordCount };
  }, [onChange, onWordCount]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    callbacks.current.onWordCount($wordsOf(editor.getEditorState()));
    const unregister = editor.registerUpdateListener(({ editorState, prevEditorState, dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      if (!hasContentChange(prevEditorState, editorState, dirtyElements, dirtyLeaves)) return;
      callbacks.current.onChange();
      clearTimeout(timer);
      timer = setTimeout(() => callbacks.current.onWordCount($wordsOf(editor.getEditorState())), WORD_COUNT_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unregister();
    };
  }, [editor]);
  return null;
}
