import { blockText } from '../blocks';
import { leadingZoneLength } from '../leading-zone';
import { comparableText } from '../text-compare';
import type { CleanupRule } from './cleanup-rule';
import { isShortLine, removeBlocksWhere } from './cleanup-rule';

const ELLIPSIS_END = /(?:\.\.\.|\u2026)\s*$/;

/**
 * Scraped pages often print the headline twice (page title and article
 * title), or once more cut short with an ellipsis. Runs after the headline
 * rule and removes every other copy above the body.
 */
export const repeatedHeadlineRule: CleanupRule = {
  id: 'repeated-headline',
  summary: 'Headline repeated at the top of the article',
  apply(state) {
    const headline = state.meta.headline ? comparableText(state.meta.headline) : '';
    if (!headline) return { state, removed: [] };
    const zone = leadingZoneLength(state.blocks);
    return removeBlocksWhere(state, this, 'repeated headline', (block, index) => {
      if (index >= zone || !isShortLine(block, 400)) return false;
      const raw = blockText(block);
      const text = comparableText(raw);
      return text === headline || (ELLIPSIS_END.test(raw) && text.length >= 20 && headline.startsWith(text));
    });
  },
};
