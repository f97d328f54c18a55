/**
 * The bare editor: Lexical with rich text and history, loading the same
 * serialized article the Copydesk benchmark opens. The article arrives as
 * JSON from the page that opens this one (window.name is not used; the
 * benchmark calls window.loadArticle). Attribution elements are loaded as
 * their text, since the bare editor has no attribution node.
 */
import { createEditor } from 'lexical';
import type { SerializedEditorState, SerializedLexicalNode } from 'lexical';
import { registerRichText, HeadingNode, QuoteNode } from '@lexical/rich-text';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';

type SerializedNode = SerializedLexicalNode & { children?: SerializedNode[]; [key: string]: unknown };

/** Turns nodes the bare editor does not register (attribution, link, list) into plain text runs and paragraphs. */
function simplify(node: SerializedNode): SerializedNode[] {
  const children = node.children?.flatMap(simplify);
  if (node.type === 'attribution' || node.type === 'link' || node.type === 'autolink') return children ?? [];
  if (node.type === 'list') return children ?? [];
  if (node.type === 'listitem') return [{ ...node, type: 'paragraph', version: 1, textFormat: 0, textStyle: '', children: children ?? [] }];
  return [children ? { ...node, children } : node];
}

const root = document.querySelector<HTMLElement>('.editor');
if (!root) throw new Error('no editor element');
const editor = createEditor({
  namespace: 'bare',
  nodes: [HeadingNode, QuoteNode],
  onError: (error) => {
    throw error;
  },
});
editor.setRootElement(root);
registerRichText(editor);
registerHistory(editor, createEmptyHistoryState(), 400);

declare global {
  interface Window {
    loadArticle: (content: SerializedEditorState) => Promise<void>;
  }
}

window.loadArticle = (content) => {
  const simplified = { root: simplify(content.root as unknown as SerializedNode)[0] } as unknown as SerializedEditorState;
  editor.setEditorState(editor.parseEditorState(simplified));
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
};
