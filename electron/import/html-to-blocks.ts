import type { HeadingLevel, ImportBlock, InlineFormat, InlineRun, ListItem, TextRun } from '../../shared/import/blocks';
import { numberBlocks } from '../../shared/import/blocks';
import { safeLinkUrl } from '../../shared/import/safe-link';
import { HtmlBlockBuilder } from './html-block-builder';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const INLINE_FORMATS: Record<string, InlineFormat> = {
  strong: 'bold',
  b: 'bold',
  em: 'italic',
  i: 'italic',
  cite: 'italic',
  u: 'underline',
  s: 'strikethrough',
  strike: 'strikethrough',
  del: 'strikethrough',
  code: 'code',
  kbd: 'code',
  sub: 'subscript',
  sup: 'superscript',
};
/** Elements that start a new block; their contents are walked as blocks in turn. */
const CONTAINER_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'figure', 'figcaption', 'address', 'center',
  'dl', 'dt', 'dd', 'details', 'summary', 'table', 'thead', 'tbody', 'tfoot', 'caption', 'body', 'hgroup',
]);
const HEADING = /^h([1-6])$/;

function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

function withFormat(formats: readonly InlineFormat[], format: InlineFormat | undefined): readonly InlineFormat[] {
  return format && !formats.includes(format) ? [...formats, format] : formats;
}

/** One inline element as runs: a link, a line break, or formatted text. */
function elementRuns(element: Element, formats: readonly InlineFormat[]): InlineRun[] {
  const tag = element.localName;
  if (tag === 'br') return [{ kind: 'break' }];
  if (tag === 'a') {
    const inner = inlineRuns(element, formats);
    const url = safeLinkUrl(element.getAttribute('href') ?? '');
    const texts = inner.filter((run): run is TextRun => run.kind === 'text');
    return url && texts.length > 0 ? [{ kind: 'link', url, runs: texts }] : inner;
  }
  return inlineRuns(element, withFormat(formats, INLINE_FORMATS[tag]));
}

function isBlockLike(tag: string): boolean {
  return CONTAINER_TAGS.has(tag) || HEADING.test(tag) || tag === 'li' || tag === 'blockquote' || tag === 'tr';
}

/**
 * The inline content of an element. Block elements nested inside (a <p> in a
 * <blockquote>, a <div> in an <li>) become line breaks, since the block they
 * end up in (quote, list item, heading) holds text only.
 */
function inlineRuns(element: Element, formats: readonly InlineFormat[], skip: (child: Element) => boolean = () => false): InlineRun[] {
  const runs: InlineRun[] = [];
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === TEXT_NODE) {
      runs.push({ kind: 'text', text: child.textContent ?? '', formats });
    } else if (isElement(child) && !skip(child)) {
      if (isBlockLike(child.localName) && runs.length > 0) runs.push({ kind: 'break' });
      runs.push(...elementRuns(child, formats));
    }
  }
  return runs;
}

function listItems(list: Element, depth: number): ListItem[] {
  const items: ListItem[] = [];
  for (const child of Array.from(list.children)) {
    if (child.localName !== 'li') continue;
    const isNestedList = (element: Element) => element.localName === 'ul' || element.localName === 'ol';
    items.push({ runs: inlineRuns(child, [], isNestedList), depth });
    for (const nested of Array.from(child.children).filter(isNestedList)) items.push(...listItems(nested, depth + 1));
  }
  return items;
}

function preformattedRuns(element: Element): InlineRun[] {
  const lines = (element.textContent ?? '').replace(/\n$/, '').split('\n');
  return lines.flatMap((line, index): InlineRun[] => [
    ...(index > 0 ? [{ kind: 'break' as const }] : []),
    ...(line ? [{ kind: 'text' as const, text: line, formats: ['code' as const] }] : []),
  ]);
}

function tableRow(row: Element): InlineRun[] {
  const cells = Array.from(row.children).filter((cell) => cell.localName === 'td' || cell.localName === 'th');
  return cells.flatMap((cell, index): InlineRun[] => [
    ...(index > 0 ? [{ kind: 'text' as const, text: ' | ', formats: [] }] : []),
    ...inlineRuns(cell, cell.localName === 'th' ? ['bold'] : []),
  ]);
}

/**
 * A heading holds text. Broken pages put paragraphs inside one (an unclosed
 * <h1>, which HTML parsers keep open): the text before the first block is the
 * heading, and the blocks inside are read as blocks, as a reader sees them.
 */
function addHeading(element: Element, level: HeadingLevel, builder: HtmlBlockBuilder): void {
  const children = Array.from(element.childNodes);
  const firstBlock = children.findIndex((child) => isElement(child) && isBlockLike(child.localName));
  if (firstBlock === -1) {
    builder.addTextBlock({ kind: 'heading', level, runs: inlineRuns(element, []) });
    return;
  }
  const headingRuns = children.slice(0, firstBlock).flatMap((child): InlineRun[] =>
    child.nodeType === TEXT_NODE ? [{ kind: 'text', text: child.textContent ?? '', formats: [] }] : isElement(child) ? elementRuns(child, []) : [],
  );
  builder.addTextBlock({ kind: 'heading', level, runs: headingRuns });
  const rest = element.ownerDocument.createDocumentFragment();
  for (const child of children.slice(firstBlock)) rest.appendChild(child.cloneNode(true));
  walk(rest, builder);
  builder.endParagraph();
}

function walk(parent: Element | DocumentFragment, builder: HtmlBlockBuilder): void {
  for (const child of Array.from(parent.childNodes)) {
    if (child.nodeType === TEXT_NODE) {
      builder.addRuns([{ kind: 'text', text: child.textContent ?? '', formats: [] }]);
      continue;
    }
    if (!isElement(child)) continue;
    const tag = child.localName;
    const heading = HEADING.exec(tag);
    if (heading) {
      addHeading(child, Number(heading[1]) as HeadingLevel, builder);
    } else if (tag === 'blockquote') {
      builder.addTextBlock({ kind: 'quote', runs: inlineRuns(child, []) });
    } else if (tag === 'ul' || tag === 'ol') {
      builder.addList(tag === 'ol', listItems(child, 0));
    } else if (tag === 'pre') {
      builder.addPreformatted(preformattedRuns(child));
    } else if (tag === 'tr') {
      builder.addTextBlock({ kind: 'paragraph', runs: tableRow(child) });
    } else if (tag === 'hr') {
      builder.endParagraph();
    } else if (CONTAINER_TAGS.has(tag)) {
      builder.endParagraph();
      walk(child, builder);
      builder.endParagraph();
    } else {
      builder.addRuns(elementRuns(child, []));
    }
  }
}

/** Sanitized HTML (a DOM fragment from DOMPurify) to blocks. */
export function htmlToBlocks(root: Element | DocumentFragment): ImportBlock[] {
  const builder = new HtmlBlockBuilder();
  walk(root, builder);
  builder.endParagraph();
  return numberBlocks(builder.blocks.map((block) => ({ ...block, origin: 0 }) as ImportBlock));
}
