import type { NodeTransformer } from './render-context';
import { attributionTransformer } from './transformers/attribution';
import { autolinkTransformer } from './transformers/autolink';
import { headingTransformer } from './transformers/heading';
import { linebreakTransformer } from './transformers/linebreak';
import { linkTransformer } from './transformers/link';
import { listItemTransformer } from './transformers/list-item';
import { listTransformer } from './transformers/list';
import { paragraphTransformer } from './transformers/paragraph';
import { quoteTransformer } from './transformers/quote';
import { rootTransformer } from './transformers/root';
import { tabTransformer } from './transformers/tab';
import { textTransformer } from './transformers/text';

/**
 * Every node type the export understands, blocks first, then inline nodes.
 * Adding a node type to the editor means adding its transformer here; until
 * then, export stops with an error naming the type rather than drop content.
 */
export const DEFAULT_TRANSFORMERS: readonly NodeTransformer[] = [
  rootTransformer,
  paragraphTransformer,
  headingTransformer,
  quoteTransformer,
  listTransformer,
  listItemTransformer,
  textTransformer,
  linebreakTransformer,
  tabTransformer,
  linkTransformer,
  autolinkTransformer,
  attributionTransformer,
];

export function transformerFor(type: string, registry: readonly NodeTransformer[]): NodeTransformer | undefined {
  return registry.find((transformer) => transformer.type === type);
}
