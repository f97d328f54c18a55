import type { NodeTransformer } from '../render-context';
import { childrenOf } from '../render-context';

export const listItemTransformer: NodeTransformer = {
  type: 'listitem',
  render(at, context) {
    // A nested list inside an item goes on its own lines, like a block.
    const parts = childrenOf(at).map((child) =>
      child.node.type === 'list' ? `\n${context.renderNode(child)}\n` : context.renderNode(child),
    );
    return `<li>${parts.join('')}</li>`;
  },
};
