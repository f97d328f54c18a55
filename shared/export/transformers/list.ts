import { ExportError } from '../export-error';
import { integerField, optionalStringField } from '../node-fields';
import type { NodeAt, NodeTransformer, RenderContext } from '../render-context';
import { childrenOf } from '../render-context';

/**
 * Lexical stores a nested list as a list item whose only child is the list;
 * HTML wants the nested list inside the item it belongs under.
 */
function isNestedListHolder(item: NodeAt): boolean {
  const children = item.node.children ?? [];
  return item.node.type === 'listitem' && children.length === 1 && children[0]?.type === 'list';
}

function listTagOf(at: NodeAt, context: RenderContext): 'ul' | 'ol' {
  const listType = optionalStringField(at, 'listType');
  if (listType === 'number') return 'ol';
  if (listType === 'bullet') return 'ul';
  if (listType === 'check') {
    // Checklists are an editing aid; published, they read as a bulleted list.
    context.warn(`a checklist was exported as a bulleted list (at ${at.path})`);
    return 'ul';
  }
  throw new ExportError(`the list type "${listType}" is not number, bullet or check`, at.path);
}

const CLOSING_TAG = '</li>';

export const listTransformer: NodeTransformer = {
  type: 'list',
  render(at, context) {
    const tag = listTagOf(at, context);
    const start = integerField(at, 'start', 1);
    const startAttribute = tag === 'ol' && start !== 1 ? ` start="${start}"` : '';
    const items: string[] = [];
    for (const item of childrenOf(at)) {
      const previous = items.length - 1;
      const previousItem = items[previous];
      if (isNestedListHolder(item) && previousItem?.endsWith(CLOSING_TAG)) {
        const nested = context.renderChildren(item);
        items[previous] = `${previousItem.slice(0, -CLOSING_TAG.length)}\n${nested}\n${CLOSING_TAG}`;
      } else {
        items.push(context.renderNode(item));
      }
    }
    return `<${tag}${startAttribute}>\n${items.join('\n')}\n</${tag}>`;
  },
};
