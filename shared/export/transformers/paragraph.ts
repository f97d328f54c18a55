import type { NodeTransformer } from '../render-context';

export const paragraphTransformer: NodeTransformer = {
  type: 'paragraph',
  render(at, context) {
    const inner = context.renderChildren(at);
    // Editors leave empty paragraphs as spacing; on the web that is the stylesheet's job.
    if (inner.trim() === '') return '';
    return `<p>${inner}</p>`;
  },
};
