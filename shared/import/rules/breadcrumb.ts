import { blockText } from '../blocks';
import type { CleanupRule } from './cleanup-rule';
import { isShortLine, removeBlocksWhere } from './cleanup-rule';
import { leadingZoneLength } from '../leading-zone';
import { comparableText } from '../text-compare';

const HOME_WORDS = String.raw`(?:home|homepage|home page|front page|start)`;
const SEPARATOR = String.raw`[›>»/|→·:\u2192\u276f]`;
/** "Home › World", "Home / News / Europe", "You are here: Home > World". */
const SEPARATED_TRAIL = new RegExp(String.raw`^(?:you are here\s*:?\s*)?${HOME_WORDS}\s*${SEPARATOR}\s*\S`, 'i');
/** "News › World › Europe": two or more typographic separators on a short line. */
const SECTION_TRAIL = /^[^.!?]{1,40}\s[›»→\u276f]\s[^.!?]{1,60}\s[›»→\u276f]\s/;
const MAX_SECTION_WORDS = 3;

/**
 * "Home World Le Pen wants closer ties…": a breadcrumb flattened to text,
 * where the separators were images. Recognised when what follows "Home" and
 * a section name or two is the start of another line near the top (the headline).
 */
function isFlattenedTrail(text: string, otherLines: readonly string[]): boolean {
  const words = comparableText(text).split(' ');
  if (!new RegExp(`^${HOME_WORDS}$`, 'i').test(words[0] ?? '')) return false;
  for (let skip = 1; skip <= MAX_SECTION_WORDS + 1 && skip < words.length; skip += 1) {
    const rest = words.slice(skip).join(' ');
    if (rest.length >= 15 && otherLines.some((line) => line.startsWith(rest))) return true;
  }
  return false;
}

export const breadcrumbRule: CleanupRule = {
  id: 'breadcrumb',
  summary: 'Site navigation trail above the article ("Home › World")',
  apply(state) {
    const zone = leadingZoneLength(state.blocks);
    const zoneLines = state.blocks.slice(0, zone + 1).map((block) => comparableText(blockText(block)));
    return removeBlocksWhere(state, this, 'navigation breadcrumb', (block, index) => {
      if (index >= zone || !isShortLine(block, 300)) return false;
      const text = blockText(block).trim();
      const others = zoneLines.filter((_, other) => other !== index);
      return SEPARATED_TRAIL.test(text) || SECTION_TRAIL.test(text) || isFlattenedTrail(text, others);
    });
  },
};
