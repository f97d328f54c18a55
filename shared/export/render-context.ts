import type { SerializedNodeShape } from '../model/lexical-json';
import type { Source } from '../model/source';

/** A node of the stored document together with where it sits, for error messages. */
export interface NodeAt {
  node: SerializedNodeShape;
  /** e.g. "root.children[2].children[0]" */
  path: string;
}

/** What a transformer may know about the article it renders into. */
export interface RenderContext {
  readonly sourcesById: ReadonlyMap<string, Source>;
  /** 1-based position of each source in the Sources box, for the reference markers. */
  readonly sourceNumbers: ReadonlyMap<string, number>;
  /** Added to every body heading level so the headline stays the only h1. */
  readonly headingShift: number;
  readonly siteHost: string | null;
  /** Inside an <a>: interactive content (the reference markers) must not nest. */
  readonly insideLink: boolean;
  /** Inside a <blockquote>: the figure caption carries the attribution, not the running text. */
  readonly insideBlockQuote: boolean;
  warn(message: string): void;
  /** Renders the node's children in order through the registry. */
  renderChildren(at: NodeAt): string;
  /** Renders one node through the registry. */
  renderNode(at: NodeAt): string;
  /** The same context with some flags changed, for a subtree. */
  within(flags: Partial<Pick<RenderContext, 'insideLink' | 'insideBlockQuote'>>): RenderContext;
}

/**
 * One transformer per node type, as in Ghost's Lexical HTML renderer: a
 * transformer knows its own node's JSON and delegates children back to the
 * registry through the context.
 */
export interface NodeTransformer {
  readonly type: string;
  render(at: NodeAt, context: RenderContext): string;
}

export function childrenOf(at: NodeAt): NodeAt[] {
  return (at.node.children ?? []).map((node, index) => ({ node, path: `${at.path}.children[${index}]` }));
}
