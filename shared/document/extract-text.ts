import { ATTRIBUTION_NODE_TYPE } from '../model/attribution-node';
import { parseAttributionFields } from './attribution-fields';
import { childPath, ROOT_PATH } from './node-paths';
import type { SerializedEditorStateShape, SerializedNodeShape } from '../model/lexical-json';
import {
  BLOCK_SEPARATOR,
  type DocumentBlock,
  type DocumentIssue,
  type DocumentText,
  type LinkedPassage,
  type NodePath,
  type TextSegment,
} from './document-text';

/** Nodes whose children are inline content: each becomes one paragraph of the article. */
const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem']);
/** Nodes whose children are blocks. */
const CONTAINER_TYPES = new Set(['root', 'list']);
/** Inline elements whose text is simply their children's text. */
const INLINE_ELEMENT_TYPES = new Set(['link', 'autolink', ATTRIBUTION_NODE_TYPE]);

/**
 * Walks a serialized Lexical state and returns the article's plain text, its
 * paragraphs, a map from every character back to the node it came from, and
 * the passages linked to sources. Pure: the same walk runs in the renderer,
 * the CLI and export, without a DOM or a Lexical editor.
 */
export function extractDocumentText(state: SerializedEditorStateShape): DocumentText {
  const builder = new DocumentTextBuilder();
  builder.visitContainer(state.root, ROOT_PATH);
  return builder.result();
}

class DocumentTextBuilder {
  /** The text so far, as pieces joined once at the end: one flat string instead of a chain of thousands of concatenations. */
  private readonly pieces: string[] = [];
  private length = 0;
  private readonly blocks: DocumentBlock[] = [];
  private readonly segments: TextSegment[] = [];
  private readonly linkedPassages: LinkedPassage[] = [];
  private readonly issues: DocumentIssue[] = [];
  private openBlock: { path: NodePath; blockType: string; start: number } | null = null;

  result(): DocumentText {
    this.closeBlock();
    return {
      text: this.pieces.join(''),
      paragraphs: this.blocks.map(({ start, end }) => ({ start, end })),
      blocks: this.blocks,
      segments: this.segments,
      linkedPassages: this.linkedPassages,
      issues: this.issues,
    };
  }

  visitContainer(node: SerializedNodeShape, path: NodePath): void {
    const children = node.children ?? [];
    for (let index = 0; index < children.length; index += 1) this.visitBlockLevel(children[index]!, childPath(path, index));
  }

  private visitBlockLevel(node: SerializedNodeShape, path: NodePath): void {
    if (BLOCK_TYPES.has(node.type)) {
      this.startBlock(node.type, path);
      this.visitInlineChildren(node, path);
      this.closeBlock();
    } else if (CONTAINER_TYPES.has(node.type)) {
      this.visitContainer(node, path);
    } else if (node.children) {
      // An element from a plugin we do not know: keep its words rather than lose them.
      this.issues.push({ path, nodeType: node.type, problem: 'unknown block element: read as a paragraph' });
      this.startBlock(node.type, path);
      this.visitInlineChildren(node, path);
      this.closeBlock();
    } else {
      this.issues.push({ path, nodeType: node.type, problem: 'unknown block node without text: skipped' });
    }
  }

  private visitInlineChildren(node: SerializedNodeShape, path: NodePath): void {
    const children = node.children ?? [];
    for (let index = 0; index < children.length; index += 1) this.visitInline(children[index]!, childPath(path, index));
  }

  private visitInline(node: SerializedNodeShape, path: NodePath): void {
    switch (node.type) {
      case 'text': {
        // All a text node must have is a text string; checked by hand, as the walk meets thousands per check.
        const text: unknown = node['text'];
        if (typeof text !== 'string') {
          this.issues.push({ path, nodeType: node.type, problem: 'text node without a text string: skipped' });
          return;
        }
        this.appendLeaf(text, path, 'text');
        return;
      }
      case 'linebreak':
        this.appendLeaf('\n', path, 'linebreak');
        return;
      case 'tab':
        this.appendLeaf('\t', path, 'tab');
        return;
      case 'list':
        // A nested list inside a list item: its items are paragraphs of their own.
        this.resumeAfterNestedList(node, path);
        return;
      default:
        this.visitInlineElement(node, path);
    }
  }

  private visitInlineElement(node: SerializedNodeShape, path: NodePath): void {
    const start = this.length;
    if (!INLINE_ELEMENT_TYPES.has(node.type)) {
      const problem = node.children ? 'unknown inline element: its text is kept' : 'unknown inline node without text: skipped';
      this.issues.push({ path, nodeType: node.type, problem });
    }
    this.visitInlineChildren(node, path);
    if (node.type !== ATTRIBUTION_NODE_TYPE) return;
    const fields = parseAttributionFields(node);
    if (!fields.success) {
      this.issues.push({ path, nodeType: node.type, problem: `attribution without valid source ids: ${fields.problem}` });
      return;
    }
    if (this.length === start) {
      // Nothing to highlight or check; and an empty block's separator may yet be taken back.
      this.issues.push({ path, nodeType: node.type, problem: 'attribution without text: skipped' });
      return;
    }
    this.linkedPassages.push({
      range: { start, end: this.length },
      // A list of its own: the parsed fields are shared.
      sourceIds: [...fields.data.sourceIds],
      kind: fields.data.kind,
      path,
    });
  }

  private resumeAfterNestedList(list: SerializedNodeShape, path: NodePath): void {
    const outer = this.openBlock;
    this.closeBlock();
    this.visitContainer(list, path);
    // Text after the nested list (rare, but Lexical allows it) continues the outer item as a new paragraph.
    if (outer) this.startBlock(outer.blockType, outer.path);
  }

  private appendLeaf(value: string, path: NodePath, nodeType: TextSegment['nodeType']): void {
    if (value.length === 0) return;
    const start = this.length;
    this.append(value);
    this.segments.push({ start, end: this.length, path, nodeType });
  }

  private startBlock(blockType: string, path: NodePath): void {
    if (this.blocks.length > 0) this.append(BLOCK_SEPARATOR);
    this.openBlock = { path, blockType, start: this.length };
  }

  private closeBlock(): void {
    const block = this.openBlock;
    if (!block) return;
    this.openBlock = null;
    if (this.length === block.start) {
      // An empty paragraph adds nothing to read: take back its separator, the last piece.
      if (this.blocks.length > 0) {
        this.pieces.pop();
        this.length -= BLOCK_SEPARATOR.length;
      }
      return;
    }
    this.blocks.push({ start: block.start, end: this.length, path: block.path, blockType: block.blockType });
  }

  private append(value: string): void {
    this.pieces.push(value);
    this.length += value.length;
  }
}
