import type { NodeTransformer } from '../render-context';
import { childrenOf } from '../render-context';

/** The document root: its blocks, one per line so the exported HTML stays readable. */
export const rootTransformer: NodeTransformer = {
  type: 'root',
  render(at, context) {
    return childrenOf(at)
      .map((child) => context.renderNode(child))
      .filter((html) => html !== '')
      .join('\n');
  },
};
