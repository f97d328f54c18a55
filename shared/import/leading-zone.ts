import { blockText, type ImportBlock } from './blocks';
import { wordCount } from './text-compare';

/**
 * A paragraph that reads like article body: long enough, and a sentence.
 * Headlines, bylines, dates and navigation come before the first of these.
 */
export function isBodyParagraph(block: ImportBlock): boolean {
  if (block.kind !== 'paragraph' && block.kind !== 'quote') return false;
  const text = blockText(block).trim();
  const words = wordCount(text);
  // A line cut short with an ellipsis is a teaser or a breadcrumb, never body.
  if (/(?:\.\.\.|…)$/.test(text)) return false;
  return words >= 20 || (words >= 10 && /[.!?"”’)]$/.test(text));
}

/**
 * The number of blocks before the article body starts. Rules that recognise
 * a headline, byline or breadcrumb look only there, so a sentence in the body
 * that happens to look like a byline is never taken out.
 */
export function leadingZoneLength(blocks: readonly ImportBlock[]): number {
  const first = blocks.findIndex(isBodyParagraph);
  return first === -1 ? Math.min(blocks.length, 6) : first;
}
