import { blockText } from '../blocks';
import type { CleanupRule } from './cleanup-rule';
import { isShortLine, removeBlocksWhere } from './cleanup-rule';

/** Links that switch between a site's mobile and desktop layouts (AMP and WordPress mobile plugins add them). */
const VERSION_SWITCH = /^(?:exit|view|switch to|go to|back to)\s+(?:the\s+)?(?:mobile|desktop|full|amp|non-amp)\s+(?:version|site|view|layout)$/i;

export const mobileVersionRule: CleanupRule = {
  id: 'mobile-version',
  summary: 'Mobile/desktop version switch ("Exit mobile version")',
  apply(state) {
    return removeBlocksWhere(
      state,
      this,
      'mobile/desktop version link',
      (block) => isShortLine(block, 60) && VERSION_SWITCH.test(blockText(block).trim()),
    );
  },
};
