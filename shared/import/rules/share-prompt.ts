import { blockText } from '../blocks';
import type { CleanupRule } from './cleanup-rule';
import { isShortLine, removeBlocksWhere } from './cleanup-rule';

const NETWORKS = String.raw`(?:facebook|twitter|x|whatsapp|telegram|viber|linkedin|pinterest|reddit|e-?mail|messenger|threads|bluesky|mastodon|flipboard|print|copy link)`;

/** Whole-line share and subscribe prompts; each pattern is anchored so body text is never matched. */
const PROMPTS: readonly RegExp[] = [
  new RegExp(String.raw`^(?:share|tweet|print|e-?mail|pin it|save)(?:\s+(?:this|the)\s+(?:article|story|post|page))?(?:\s*(?:on|via|:))?(?:[\s,|·/]+${NETWORKS})*\s*:?$`, 'i'),
  new RegExp(String.raw`^(?:${NETWORKS})(?:[\s,|·/]+${NETWORKS})+$`, 'i'),
  new RegExp(String.raw`^click to (?:share|print|e-?mail)(?: (?:this|a link)(?: to a friend)?)? (?:on|to|via) ${NETWORKS}.*$`, 'i'),
  /^follow us(?: on [\w ,&]+)?[.!:]?$/i,
  /^(?:subscribe|sign up)(?: (?:now|today|here))?(?: (?:to|for) (?:our|the)(?: free| daily| weekly)? (?:newsletter|alerts|updates|channel)s?)?[.!:]?$/i,
  /^(?:get|receive) (?:our|the latest)(?: \w+){0,3} (?:newsletter|headlines|news|updates) (?:in|to|delivered to) your inbox[.!]?$/i,
  /^(?:join us|follow us) on (?:google news|telegram|whatsapp)[.!]?$/i,
  /^(?:like|follow) (?:us|[\w ]+) on (?:facebook|twitter|instagram|x)[.!]?$/i,
];

export function isSharePrompt(text: string): boolean {
  const line = text.trim();
  return PROMPTS.some((pattern) => pattern.test(line));
}

export const sharePromptRule: CleanupRule = {
  id: 'share-prompt',
  summary: 'Share and subscribe prompts ("Share on Facebook", "Subscribe to our newsletter")',
  apply(state) {
    return removeBlocksWhere(state, this, 'share or subscribe prompt', (block) => isShortLine(block, 120) && isSharePrompt(blockText(block)));
  },
};
