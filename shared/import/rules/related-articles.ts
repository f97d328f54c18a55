import { blockText, type ImportBlock } from '../blocks';
import type { RemovedByRule } from '../removed-line';
import { wordCount } from '../text-compare';
import type { CleanupRule } from './cleanup-rule';
import { isShortLine } from './cleanup-rule';

/** Headings of "more to read" boxes in common CMS themes. */
const RELATED_HEADING =
  /^(?:related(?: articles| posts| stories| news| content| coverage)?|read (?:more|also|next)|also read|see also|more (?:from|on|in) [\w ’'&-]{1,40}|more stories|you (?:may|might) also (?:like|be interested in)|recommended(?: for you| stories)?|most (?:read|popular|viewed)|latest (?:news|stories|posts|articles)|trending(?: now)?|popular posts|don[’']t miss|must read)\s*:?$/i;
/** One-line teasers in the body: "Read more: Le Pen's manifesto explained". */
const INLINE_TEASER = /^(?:read (?:more|also|next)|also read|see also|related|more)\s*[:|»›>-]\s*\S.{0,200}$/i;
const MAX_TEASERS = 15;

function isLinkOnly(block: ImportBlock): boolean {
  if (block.kind !== 'paragraph') return false;
  const links = block.runs.filter((run) => run.kind === 'link');
  const rest = block.runs.filter((run) => run.kind === 'text' && run.text.trim() !== '');
  return links.length > 0 && rest.length === 0;
}

/** A teaser title under a related heading: a list, a link, or a short line that is not a sentence. */
function isTeaser(block: ImportBlock): boolean {
  if (block.kind === 'list' || isLinkOnly(block)) return true;
  if (!isShortLine(block, 160) || block.kind === 'heading') return false;
  const text = blockText(block).trim();
  return wordCount(text) <= 25 && !/[.!]["”’]?$/.test(text);
}

export const relatedArticlesRule: CleanupRule = {
  id: 'related-articles',
  summary: 'Related-article lists and "Read more:" teasers',
  apply(state) {
    const removed: RemovedByRule[] = [];
    const kept: ImportBlock[] = [];
    const take = (block: ImportBlock, reason: string) =>
      removed.push({ ruleId: this.id, reason, text: blockText(block), origin: block.origin });
    const blocks = state.blocks;
    for (let index = 0; index < blocks.length; index += 1) {
      const block = blocks[index]!;
      const text = blockText(block).trim();
      if (isShortLine(block, 80) && RELATED_HEADING.test(text)) {
        take(block, 'related-articles heading');
        let teasers = 0;
        while (teasers < MAX_TEASERS && index + 1 < blocks.length && isTeaser(blocks[index + 1]!)) {
          index += 1;
          teasers += 1;
          take(blocks[index]!, 'related-articles list');
        }
      } else if (isShortLine(block, 240) && INLINE_TEASER.test(text)) {
        take(block, 'link to another article');
      } else {
        kept.push(block);
      }
    }
    return { state: { ...state, blocks: kept }, removed };
  },
};
