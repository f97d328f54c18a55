import { blockText } from '../blocks';
import { parseDateLine, parseNewsDate } from '../dates/parse-news-date';
import { leadingZoneLength } from '../leading-zone';
import type { CleanupRule } from './cleanup-rule';
import { isShortLine, removeBlocksWhere } from './cleanup-rule';

/**
 * Date lines above the body ("April 13, 2022", "Updated: 13.04.2022 10:35")
 * are taken out; the first becomes the publication date, unless the page's
 * own metadata already gave one.
 */
export const publicationDateRule: CleanupRule = {
  id: 'publication-date',
  summary: 'Publication date recognised and taken out of the body',
  apply(state) {
    const zone = leadingZoneLength(state.blocks);
    const fromHint = state.hints.publishedTime ? parseNewsDate(state.hints.publishedTime) : undefined;
    let found: string | undefined;
    const outcome = removeBlocksWhere(state, this, 'date line', (block, index) => {
      if (index >= zone || !isShortLine(block, 80)) return false;
      const date = parseDateLine(blockText(block));
      if (date && !found) found = date;
      return date !== undefined;
    });
    const publicationDate = state.meta.publicationDate ?? fromHint ?? found;
    const removed = outcome.removed.map((line) => ({ ...line, movedTo: 'publication-date' as const }));
    return {
      state: { ...outcome.state, meta: publicationDate ? { ...outcome.state.meta, publicationDate } : outcome.state.meta },
      removed,
    };
  },
};
