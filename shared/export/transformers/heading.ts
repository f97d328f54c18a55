import { ExportError } from '../export-error';
import { stringField } from '../node-fields';
import type { NodeAt, NodeTransformer } from '../render-context';

export function headingLevelOf(at: NodeAt): number {
  const tag = stringField(at, 'tag');
  const match = /^h([1-6])$/.exec(tag);
  if (!match) throw new ExportError(`the heading tag "${tag}" is not h1-h6`, at.path);
  return Number(match[1]);
}

export const headingTransformer: NodeTransformer = {
  type: 'heading',
  render(at, context) {
    const inner = context.renderChildren(at);
    // An empty heading is an outline entry with no name (and invalid HTML).
    if (inner.trim() === '') return '';
    const level = Math.min(6, Math.max(2, headingLevelOf(at) + context.headingShift));
    return `<h${level}>${inner}</h${level}>`;
  },
};
