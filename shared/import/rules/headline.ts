import { blockText, type ImportBlock } from '../blocks';
import { leadingZoneLength } from '../leading-zone';
import { comparableText, tidySpaces, wordCount } from '../text-compare';
import type { CleanupRule } from './cleanup-rule';

const MAX_HEADLINE_LENGTH = 300;

function looksLikeHeadline(block: ImportBlock): boolean {
  if (block.kind === 'list' || block.kind === 'quote') return false;
  const text = blockText(block).trim();
  if (text.length === 0 || text.length > MAX_HEADLINE_LENGTH || text.includes('\n')) return false;
  // Headlines are rarely a full sentence with a closing full stop; short ones may be.
  return wordCount(text) <= 30 && (!text.endsWith('.') || wordCount(text) <= 12);
}

/** "Title | Site" and "Title - Site": the page title usually carries the site's name. */
function withoutSiteName(title: string, siteName: string | undefined): string {
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length < 2) return title;
  const last = comparableText(parts[parts.length - 1]!);
  if (siteName && comparableText(siteName) === last) return parts.slice(0, -1).join(' - ');
  return title;
}

function findByTitle(blocks: readonly ImportBlock[], zone: number, title: string): number {
  const wanted = comparableText(title);
  return blocks.findIndex((block, index) => {
    if (index >= zone || !looksLikeHeadline(block)) return false;
    const text = comparableText(blockText(block));
    return text === wanted || (text.length >= 15 && wanted.startsWith(text));
  });
}

function findByShape(blocks: readonly ImportBlock[], zone: number): number {
  const candidates = blocks.slice(0, zone);
  const h1 = candidates.findIndex((block) => block.kind === 'heading' && block.level === 1);
  if (h1 !== -1) return h1;
  const heading = candidates.findIndex((block) => block.kind === 'heading');
  if (heading !== -1) return heading;
  return candidates.findIndex(looksLikeHeadline);
}

/**
 * Takes the headline out of the body into meta.headline: the page's title
 * where the reader found one, else the first heading, else the first short
 * line above the body.
 */
export const headlineRule: CleanupRule = {
  id: 'headline',
  summary: 'Headline recognised and moved into the headline field',
  apply(state) {
    const zone = leadingZoneLength(state.blocks);
    const hinted = state.hints.title ? tidySpaces(withoutSiteName(state.hints.title, state.hints.siteName)) : '';
    // A "title" longer than any headline is a broken page's text run together, not a title.
    const title = hinted.length <= MAX_HEADLINE_LENGTH ? hinted : '';
    let index = title ? findByTitle(state.blocks, zone, title) : -1;
    if (index === -1 && title) {
      return { state: { ...state, meta: { ...state.meta, headline: title } }, removed: [] };
    }
    if (index === -1) index = findByShape(state.blocks, zone);
    if (index === -1) return { state, removed: [] };
    const block = state.blocks[index]!;
    const headline = tidySpaces(blockText(block));
    return {
      state: { ...state, blocks: state.blocks.filter((_, other) => other !== index), meta: { ...state.meta, headline } },
      removed: [{ ruleId: this.id, reason: 'headline', text: blockText(block), origin: block.origin, movedTo: 'headline' }],
    };
  },
};
