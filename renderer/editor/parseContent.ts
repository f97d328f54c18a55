import { createHeadlessEditor } from '@lexical/headless';
import type { SerializedEditorState } from 'lexical';
import type { SerializedEditorStateShape } from '../../shared/model/lexical-json';
import { editorNodes } from './nodes';

export type ContentCheck = { ok: true; state: SerializedEditorState } | { ok: false; message: string };

/**
 * Checks that a stored document can be loaded by this editor (every node
 * type known, every node's fields valid) before the editor mounts with it.
 */
export function checkContent(content: SerializedEditorStateShape): ContentCheck {
  const state = content as unknown as SerializedEditorState;
  let failure: Error | null = null;
  const editor = createHeadlessEditor({
    namespace: 'copydesk-check',
    nodes: [...editorNodes],
    onError: (error) => {
      failure = error;
    },
  });
  try {
    editor.parseEditorState(state);
  } catch (error) {
    failure = error instanceof Error ? error : new Error(String(error));
  }
  return failure === null ? { ok: true, state } : { ok: false, message: (failure as Error).message };
}
