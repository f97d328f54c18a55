/**
 * Shows a source's passages with the CSS Custom Highlight API: ranges over
 * the rendered text, painted by ::highlight() rules, so the document itself
 * (and the undo history) is never touched.
 */
import type { LexicalEditor, NodeKey } from 'lexical';

const ALL = 'copydesk-source-passages';
const CURRENT = 'copydesk-source-current';

function rangeOver(element: HTMLElement): Range {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range;
}

export function highlightSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Highlights every passage, marks the current one and scrolls it into view. */
export function highlightPassages(editor: LexicalEditor, keys: readonly NodeKey[], current: number): void {
  if (!highlightSupported()) return;
  const elements = keys.map((key) => editor.getElementByKey(key)).filter((element): element is HTMLElement => element !== null);
  CSS.highlights.set(ALL, new Highlight(...elements.map(rangeOver)));
  const focused = elements[current];
  if (focused) {
    CSS.highlights.set(CURRENT, new Highlight(rangeOver(focused)));
    focused.scrollIntoView({ block: 'center', behavior: 'smooth' });
  } else {
    CSS.highlights.delete(CURRENT);
  }
}

export function clearPassageHighlights(): void {
  if (!highlightSupported()) return;
  CSS.highlights.delete(ALL);
  CSS.highlights.delete(CURRENT);
}
