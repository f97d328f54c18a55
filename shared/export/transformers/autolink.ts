import type { NodeTransformer } from '../render-context';
import { renderLink } from './link';

export const autolinkTransformer: NodeTransformer = {
  type: 'autolink',
  render(at, context) {
    // The editor removed the automatic link but kept the words.
    if (at.node.isUnlinked === true) return context.renderChildren(at);
    return renderLink(at, context);
  },
};
