import { SerializedAttributionFieldsSchema } from '../../model/attribution-node';
import { ExportError } from '../export-error';
import { attributes } from '../html-escape';
import { quotationShapeOf } from '../quotation-marks';
import type { NodeAt, NodeTransformer, RenderContext } from '../render-context';
import { checkUrl } from '../safe-url';
import { sourceAnchorId } from '../source-anchor';

function referenceMarkers(sourceIds: readonly string[], context: RenderContext): string {
  // A link may not contain another link; the data attribute still names the sources.
  if (context.insideLink) return '';
  return sourceIds
    .map((id) => {
      const number = context.sourceNumbers.get(id);
      return number === undefined ? '' : `<a class="source-ref" href="#${sourceAnchorId(id)}">[${number}]</a>`;
    })
    .join('');
}

/** `cite=` must hold a URL (H-EXPORT): the quoted source's own page, when there is exactly one. */
function citeUrlOf(sourceIds: readonly string[], context: RenderContext): string | undefined {
  if (sourceIds.length !== 1) return undefined;
  const source = context.sourcesById.get(sourceIds[0]!);
  if (!source || source.url === '') return undefined;
  const checked = checkUrl(source.url, 'source', context.siteHost);
  return checked.ok ? checked.href : undefined;
}

/**
 * An attributed passage. The element carries the source ids (data-source-ids)
 * and a class by kind; direct quotes in running text become <q> (unless their
 * typed marks cannot be handed over to it, see quotation-marks.ts). Inside a
 * block quote the caption names the source, so the passage is only marked.
 */
export const attributionTransformer: NodeTransformer = {
  type: 'attribution',
  render(at, context) {
    const parsed = SerializedAttributionFieldsSchema.safeParse({
      type: at.node.type,
      version: at.node.version,
      sourceIds: at.node.sourceIds,
      kind: at.node.kind,
    });
    if (!parsed.success) {
      throw new ExportError(`the attribution node is malformed (${parsed.error.issues[0]?.message ?? 'invalid'})`, at.path);
    }
    const { sourceIds, kind } = parsed.data;
    for (const id of sourceIds) {
      if (!context.sourcesById.has(id)) context.warn(`an attribution names the source "${id}", which is not in the draft's sources (at ${at.path})`);
    }
    const marking = [
      ['class', `attribution attribution-${kind}`],
      ['data-source-ids', sourceIds.join(' ')],
    ] as const;

    if (kind === 'quote' && !context.insideBlockQuote) {
      const shape = quotationShapeOf(at.node);
      if (shape.kind !== 'mixed') {
        const words: NodeAt = { node: shape.kind === 'enclosed' ? shape.withoutMarks : at.node, path: at.path };
        const quote = `<q${attributes([...marking, ['cite', citeUrlOf(sourceIds, context)]])}>${context.renderChildren(words)}</q>`;
        return quote + referenceMarkers(sourceIds, context);
      }
    }
    const inner = context.renderChildren(at);
    if (context.insideBlockQuote) {
      // The figure caption is the attribution (H-EXPORT: it stays outside the
      // blockquote); inside, the words are only marked with their sources.
      return `<span${attributes([['class', 'quoted-passage'], ['data-source-ids', sourceIds.join(' ')]])}>${inner}</span>`;
    }
    return `<span${attributes(marking)}>${inner}</span>${referenceMarkers(sourceIds, context)}`;
  },
};
