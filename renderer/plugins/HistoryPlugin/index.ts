import { useEffect, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';

/** Undo steps kept per draft; each holds a whole editor state, so the stack must not grow without bound. */
export const MAX_UNDO_DEPTH = 200;
/** Keystrokes closer together than this merge into one undo step. */
const MERGE_DELAY_MS = 400;

/** Undo/redo (Ctrl/Cmd+Z, Shift+Z) with a capped stack. */
export function HistoryPlugin(): null {
  const [editor] = useLexicalComposerContext();
  const [historyState] = useState(createEmptyHistoryState);
  useEffect(
    () => registerHistory(editor, historyState, MERGE_DELAY_MS, Date.now, undefined, MAX_UNDO_DEPTH),
    [editor, historyState],
  );
  return null;
}
