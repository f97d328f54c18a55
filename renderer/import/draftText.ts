import type { SerializedNodeShape } from '../../shared/model/lexical-json';

function nodeText(node: SerializedNodeShape): string {
  if (node.type === 'linebreak') return '\n';
  if (typeof node.text === 'string') return node.text;
  return (node.children ?? []).map(nodeText).join(node.type === 'list' ? '\n' : '');
}

/** The draft's body as paragraphs of plain text, for setting beside the original. */
export function draftParagraphs(content: { root: SerializedNodeShape }): string[] {
  return (content.root.children ?? []).map(nodeText).filter((text) => text.trim() !== '');
}
