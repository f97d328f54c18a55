import { attributes } from '../html-escape';
import { optionalStringField, stringField } from '../node-fields';
import type { NodeAt, NodeTransformer, RenderContext } from '../render-context';
import { checkUrl } from '../safe-url';

/**
 * Renders a link node (LinkNode or an AutoLinkNode still linked). An unsafe
 * or unusable URL loses its link, never its words: the text stays, without
 * href, and the editor is told.
 */
export function renderLink(at: NodeAt, context: RenderContext): string {
  const inner = context.within({ insideLink: true }).renderChildren(at);
  // HTML forbids a link inside a link; the outer one wins and the words stay.
  if (context.insideLink) {
    context.warn(`a link nested in another link was exported as text (at ${at.path})`);
    return inner;
  }
  // A link with no words has no name for screen readers and nothing to click.
  if (inner.trim() === '') {
    context.warn(`an empty link was left out (at ${at.path})`);
    return inner;
  }
  const url = stringField(at, 'url');
  const checked = checkUrl(url, 'link', context.siteHost);
  if (!checked.ok) {
    context.warn(`a link was exported as text because ${checked.reason} (at ${at.path})`);
    return inner;
  }
  const title = optionalStringField(at, 'title');
  // Opening a new tab is the author's explicit choice, never the default.
  const target = optionalStringField(at, 'target') === '_blank' ? '_blank' : undefined;
  // A page opened from here gets no handle on this window and, if external, no referrer.
  const rel = checked.external || target ? 'noopener noreferrer' : undefined;
  return `<a${attributes([
    ['href', checked.href],
    ['rel', rel],
    ['target', target],
    ['title', title === '' ? undefined : title],
  ])}>${inner}</a>`;
}

export const linkTransformer: NodeTransformer = {
  type: 'link',
  render: renderLink,
};
