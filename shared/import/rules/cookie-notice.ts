import { blockText } from '../blocks';
import type { CleanupRule } from './cleanup-rule';
import { isShortLine, removeBlocksWhere } from './cleanup-rule';

/**
 * Consent banners. They always address the reader about this site ("we use
 * cookies", "accept"), which an article about cookies does not; and they are
 * short, so a long paragraph is never taken for one.
 */
const COOKIE_NOTICE = /\b(?:(?:we|this (?:web)?site|our (?:web)?site|our partners) (?:use|uses|store) cookies|(?:accept|allow|reject|manage)(?: all)? cookies|cookie (?:policy|settings|preferences|consent)|by continuing to (?:use|browse|visit) (?:this|our) (?:web)?site)\b/i;
const CONSENT_BUTTON = /^(?:accept(?: all)?|reject(?: all)?|i agree|agree|got it|ok(?:ay)?|manage (?:settings|preferences|options)|cookie settings|allow (?:all|cookies))[.!]?$/i;

export const cookieNoticeRule: CleanupRule = {
  id: 'cookie-notice',
  summary: 'Cookie consent notices and their buttons',
  apply(state) {
    const hasNotice = state.blocks.some((block) => isShortLine(block, 500) && COOKIE_NOTICE.test(blockText(block)));
    return removeBlocksWhere(state, this, 'cookie notice', (block) => {
      if (!isShortLine(block, 500)) return false;
      const text = blockText(block).trim();
      // A lone "Accept" only counts as a cookie button on a page that has a cookie notice.
      return COOKIE_NOTICE.test(text) || (hasNotice && CONSENT_BUTTON.test(text));
    });
  },
};
