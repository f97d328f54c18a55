import { blockText, type ImportBlock } from '../blocks';
import { leadingZoneLength } from '../leading-zone';
import { comparableText, tidySpaces, wordCount } from '../text-compare';
import type { CleanupRule } from './cleanup-rule';

const MIN_WORDS = 6;
const MAX_LENGTH = 600;

/** Printed as a standfirst: entirely bold or italic, the way CMS themes and Word authors set it. */
function isEmphasised(block: ImportBlock): boolean {
  if (block.kind !== 'paragraph') return false;
  const texts = block.runs.filter((run) => run.kind === 'text' && run.text.trim() !== '');
  return (
    texts.length > 0 &&
    texts.length === block.runs.filter((run) => run.kind !== 'break').length &&
    texts.every((run) => run.kind === 'text' && (run.formats.includes('italic') || run.formats.includes('bold')))
  );
}

function isSetApart(block: ImportBlock): boolean {
  return (block.kind === 'heading' && block.level >= 2) || isEmphasised(block);
}

function hasStandfirstLength(block: ImportBlock): boolean {
  const text = blockText(block).trim();
  return text.length <= MAX_LENGTH && wordCount(text) >= MIN_WORDS;
}

/**
 * The summary under the headline becomes meta.standfirst. Only a block set
 * apart from the body (a sub-heading, emphasised text, or the page's own
 * description) counts: plain text has no way to tell a standfirst from the
 * first paragraph, and guessing would take the lead out of the story.
 */
export const standfirstRule: CleanupRule = {
  id: 'standfirst',
  summary: 'Standfirst recognised and moved into the standfirst field',
  apply(state) {
    if (state.meta.standfirst) return { state, removed: [] };
    const zone = leadingZoneLength(state.blocks);
    const marked = state.hints.standfirst ? tidySpaces(state.hints.standfirst) : '';
    const excerpt = comparableText(marked || state.hints.excerpt || '');
    // The first block after the headline when it is set apart, or the page's
    // description anywhere above the body (never the first body paragraph itself:
    // Readability falls back to that paragraph when a page has no description).
    const index = state.blocks.findIndex(
      (block, position) =>
        hasStandfirstLength(block) &&
        ((position === 0 && isSetApart(block)) || (position < zone && excerpt !== '' && comparableText(blockText(block)) === excerpt)),
    );
    if (index === -1) {
      // The page marked a standfirst that the article text does not repeat: take it as marked.
      return marked ? { state: { ...state, meta: { ...state.meta, standfirst: marked } }, removed: [] } : { state, removed: [] };
    }
    const block = state.blocks[index]!;
    return {
      state: {
        ...state,
        blocks: state.blocks.filter((_, other) => other !== index),
        meta: { ...state.meta, standfirst: tidySpaces(blockText(block)) },
      },
      removed: [{ ruleId: this.id, reason: 'standfirst', text: blockText(block), origin: block.origin, movedTo: 'standfirst' }],
    };
  },
};
