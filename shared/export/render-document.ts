import type { SerializedNodeShape } from '../model/lexical-json';
import type { Source } from '../model/source';
import { ExportError } from './export-error';
import { headingShiftFor } from './heading-shift';
import type { NodeAt, NodeTransformer, RenderContext } from './render-context';
import { childrenOf } from './render-context';
import { DEFAULT_TRANSFORMERS, transformerFor } from './transformer-registry';

interface DocumentSettings {
  sources: readonly Source[];
  siteHost: string | null;
  registry?: readonly NodeTransformer[];
}

function createContext(
  shared: Omit<RenderContext, 'insideLink' | 'insideBlockQuote' | 'renderChildren' | 'renderNode' | 'within'>,
  registry: readonly NodeTransformer[],
  flags: Pick<RenderContext, 'insideLink' | 'insideBlockQuote'>,
): RenderContext {
  const context: RenderContext = {
    ...shared,
    ...flags,
    renderNode(at: NodeAt): string {
      const transformer = transformerFor(at.node.type, registry);
      if (!transformer) {
        throw new ExportError(`unknown node type "${at.node.type}": export has no transformer for it`, at.path);
      }
      return transformer.render(at, context);
    },
    renderChildren(at: NodeAt): string {
      return childrenOf(at)
        .map((child) => context.renderNode(child))
        .join('');
    },
    within(changes) {
      return createContext(shared, registry, { ...flags, ...changes });
    },
  };
  return context;
}

/** Sources by id; if a draft holds an id twice, the first record is the one the Sources box links to. */
function firstById(sources: readonly Source[]): Map<string, Source> {
  const byId = new Map<string, Source>();
  for (const source of sources) if (!byId.has(source.id)) byId.set(source.id, source);
  return byId;
}

/** The Sources box is an <ol> of every record, so a marker's number is its first record's position. */
function sourceNumbersOf(sources: readonly Source[]): Map<string, number> {
  const numbers = new Map<string, number>();
  sources.forEach((source, index) => {
    if (!numbers.has(source.id)) numbers.set(source.id, index + 1);
  });
  return numbers;
}

/** The article body: the stored Lexical document rendered through the transformer registry. */
export function renderDocument(root: SerializedNodeShape, settings: DocumentSettings): { html: string; warnings: string[] } {
  const warnings: string[] = [];
  const context = createContext(
    {
      sourcesById: firstById(settings.sources),
      sourceNumbers: sourceNumbersOf(settings.sources),
      headingShift: headingShiftFor(root),
      siteHost: settings.siteHost,
      warn: (message) => {
        if (!warnings.includes(message)) warnings.push(message);
      },
    },
    settings.registry ?? DEFAULT_TRANSFORMERS,
    { insideLink: false, insideBlockQuote: false },
  );
  return { html: context.renderNode({ node: root, path: 'root' }), warnings };
}
