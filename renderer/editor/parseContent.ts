import { createHeadlessEditor } from '@lexical/headless';
import type { SerializedEditorState } from 'lexical';
import type { SerializedEditorStateShape } from '../../shared/model/lexical-json';
import { editorNodes } from './nodes';

export type ContentCheck = { ok: true; state: SerializedEditorState } | { ok: false; message: string };

type StyledNode = SerializedEditorStateShape['root'] & { style?: unknown; textStyle?: unknown };

/**
 * Copydesk never writes inline styles, and a style in a draft file can fetch
 * (`background-image:url(https://tracker…)`) or hide text from the editor.
 * A hand-edited or foreign draft therefore loses them before the editor sees it.
 */
export function withoutInlineStyles(content: SerializedEditorStateShape): SerializedEditorStateShape {
  const clean = (node: StyledNode): StyledNode => {
    const copy: StyledNode = { ...node };
    if (typeof copy.style === 'string') copy.style = '';
    if (typeof copy.textStyle === 'string') copy.textStyle = '';
    if (copy.children) copy.children = copy.children.map((child) => clean(child as StyledNode));
    return copy;
  };
  return { ...content, root: clean(content.root as StyledNode) };
}

/**
 * Checks that a stored document can be loaded by this editor (every node
 * type known, every node's fields valid) before the editor mounts with it.
 */
export function checkContent(content: SerializedEditorStateShape): ContentCheck {
  const state = withoutInlineStyles(content) as unknown as SerializedEditorState;
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
