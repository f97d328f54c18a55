import { ATTRIBUTION_NODE_TYPE } from '../../model/attribution-node';
import type { SerializedNodeShape } from '../../model/lexical-json';
import { attributes, escapeText } from '../html-escape';
import type { NodeAt, NodeTransformer, RenderContext } from '../render-context';
import { childrenOf } from '../render-context';
import { checkUrl } from '../safe-url';
import { sourceAnchorId } from '../source-anchor';

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'list', 'quote']);

/** Source ids of every attribution inside the quote, first mention first. */
function attributedSourceIds(node: SerializedNodeShape): string[] {
  const ids: string[] = [];
  const visit = (current: SerializedNodeShape): void => {
    if (current.type === ATTRIBUTION_NODE_TYPE && Array.isArray(current.sourceIds)) {
      for (const id of current.sourceIds) if (typeof id === 'string' && !ids.includes(id)) ids.push(id);
    }
    for (const child of current.children ?? []) visit(child);
  };
  visit(node);
  return ids;
}

/** A plain quote holds inline content; a "shadow root" quote holds paragraphs and other blocks. */
function renderQuotedBlocks(at: NodeAt, context: RenderContext): string {
  const children = childrenOf(at);
  if (children.some((child) => BLOCK_TYPES.has(child.node.type))) {
    return children
      .map((child) => context.renderNode(child))
      .filter((html) => html !== '')
      .join('\n');
  }
  const inline = context.renderChildren(at);
  return inline.trim() === '' ? '' : `<p>${inline}</p>`;
}

function captionFor(sourceIds: readonly string[], context: RenderContext): string {
  return sourceIds
    .map((id) => {
      const source = context.sourcesById.get(id)!;
      const role = source.role.trim() === '' ? '' : `, ${escapeText(source.role.trim())}`;
      return `<a href="#${sourceAnchorId(id)}">${escapeText(source.name)}</a>${role}`;
    })
    .join('; ');
}

/**
 * A block quote. Its attribution goes OUTSIDE the <blockquote> (H-EXPORT, and
 * the HTML standard: a blockquote holds only the quoted words), in the
 * caption of a figure that groups the two.
 */
export const quoteTransformer: NodeTransformer = {
  type: 'quote',
  render(at, context) {
    const quoted = renderQuotedBlocks(at, context.within({ insideBlockQuote: true }));
    if (quoted === '') return '';
    const sourceIds = attributedSourceIds(at.node).filter((id) => context.sourcesById.has(id));
    if (sourceIds.length === 0) {
      context.warn(`a block quote has no attributed source (at ${at.path})`);
      return `<blockquote>\n${quoted}\n</blockquote>`;
    }
    const single = sourceIds.length === 1 ? context.sourcesById.get(sourceIds[0]!) : undefined;
    const checked = single && single.url !== '' ? checkUrl(single.url, 'source', context.siteHost) : undefined;
    const cite = checked?.ok ? checked.href : undefined;
    return [
      '<figure class="block-quote">',
      `<blockquote${attributes([['cite', cite]])}>`,
      quoted,
      '</blockquote>',
      `<figcaption>— ${captionFor(sourceIds, context)}</figcaption>`,
      '</figure>',
    ].join('\n');
  },
};
