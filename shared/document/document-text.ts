import type { Span } from '../attribution/types';
import type { AttributionKind } from '../model/attribution-node';
import type { ArticleText } from './article-text';

/** A node in the serialized document, as the indices of children from the root. */
export type NodePath = readonly number[];

/** A place inside a text-bearing node: the editor turns it into a selection point. */
export interface NodePoint {
  path: NodePath;
  offset: number;
}

/**
 * One stretch of article text that came from one leaf node. Text nodes map
 * character for character; a linebreak or tab maps its one character.
 */
export interface TextSegment extends Span {
  path: NodePath;
  nodeType: 'text' | 'linebreak' | 'tab';
}

export type BlockType = 'paragraph' | 'heading' | 'quote' | 'listitem' | (string & {});

/** A paragraph of the article and the block node it came from. */
export interface DocumentBlock extends Span {
  path: NodePath;
  blockType: BlockType;
}

/** A passage the editor linked to sources with an attribution element. */
export interface LinkedPassage {
  range: Span;
  sourceIds: string[];
  kind: AttributionKind;
  path: NodePath;
}

/** A node the extraction could not read; reported, never silently dropped. */
export interface DocumentIssue {
  path: NodePath;
  nodeType: string;
  problem: string;
}

export interface DocumentText extends ArticleText {
  blocks: DocumentBlock[];
  segments: TextSegment[];
  linkedPassages: LinkedPassage[];
  issues: DocumentIssue[];
}

/** Blocks are joined with a blank line, as in plain text, so both read alike. */
export const BLOCK_SEPARATOR = '\n\n';
