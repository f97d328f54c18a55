import { createHeadlessEditor } from '@lexical/headless';
import { $generateHtmlFromNodes } from '@lexical/html';
import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { parseHTML } from 'linkedom';
import type { Draft } from '../../../shared/model/draft';

/**
 * Lexical's default HTML export of the same document: a headless editor holds
 * the state and $generateHtmlFromNodes renders it through a DOM (linkedom,
 * installed as the global document). Attribution elements are registered as
 * plain spans so the document loads; Lexical's export keeps only their text.
 */
export async function lexicalHtmlExporter(draft: Draft): Promise<{ exportHtml: () => string }> {
  const { window } = parseHTML('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { window, document: window.document, DocumentFragment: window.DocumentFragment, Node: window.Node });
  // The renderer's node class extends Lexical's ElementNode; it needs the DOM globals above, hence the late import.
  const { AttributionNode } = await import('../../../renderer/nodes/AttributionNode');
  const editor = createHeadlessEditor({
    namespace: 'bench',
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, AttributionNode],
    onError: (error) => {
      throw error;
    },
  });
  editor.setEditorState(editor.parseEditorState(JSON.stringify(draft.content)));
  return { exportHtml: () => editor.getEditorState().read(() => $generateHtmlFromNodes(editor, null)) };
}
