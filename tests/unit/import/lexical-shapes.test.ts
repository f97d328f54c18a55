import { createHeadlessEditor } from '@lexical/headless';
import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { describe, expect, it } from 'vitest';
import { blocksToLexical } from '../../../shared/import/lexical/blocks-to-lexical';
import { parseMarkdown } from '../../../shared/import/parse/markdown';
import { SerializedEditorStateSchema } from '../../../shared/model/lexical-json';

const MARKDOWN = [
  '# Headline',
  '## Crosshead',
  'Plain, **bold**, *italic*, ~~struck~~, `code` and a [link](https://example.com/story).  ',
  'After a hard break.',
  '- one',
  '- two',
  '  - two a',
  '    - two a i',
  '  - two b',
  '- three',
  '',
  '1. first',
  '2. second',
  '',
  '> A quotation',
  '> over two lines',
].join('\n');

/** What the editor itself would save after loading the imported document. */
function roundTrip(json: string): unknown {
  const editor = createHeadlessEditor({
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode],
    onError: (error) => {
      throw error;
    },
  });
  editor.setEditorState(editor.parseEditorState(json));
  return editor.getEditorState().toJSON();
}

describe('the Lexical document built from blocks', () => {
  it('is exactly what Lexical 0.52 exports for the same document', () => {
    const state = blocksToLexical(parseMarkdown(MARKDOWN));
    const json = JSON.stringify(state);
    expect(JSON.stringify(roundTrip(json))).toBe(json);
  });

  it('has the node types the editor registers, nested lists included', () => {
    const state = blocksToLexical(parseMarkdown(MARKDOWN));
    const types = state.root.children?.map((node) => node.type);
    expect(types).toEqual(['heading', 'heading', 'paragraph', 'list', 'list', 'quote']);
    expect(SerializedEditorStateSchema.safeParse(state).success).toBe(true);
  });

  it('is one empty paragraph for an empty body', () => {
    const state = blocksToLexical([]);
    expect(state.root.children).toHaveLength(1);
    expect(JSON.stringify(roundTrip(JSON.stringify(state)))).toBe(JSON.stringify(state));
  });
});
