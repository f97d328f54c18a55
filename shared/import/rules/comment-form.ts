import { blockText } from '../blocks';
import type { CleanupRule } from './cleanup-rule';
import { isShortLine, removeBlocksWhere } from './cleanup-rule';

/**
 * Labels and prompts of blog and CMS comment forms (WordPress, Newspaper and
 * Jannah themes, Disqus). Matched as whole lines, so an article sentence that
 * mentions comments is never touched.
 */
const COMMENT_FORM_LINES: readonly RegExp[] = [
  /^please enter your (?:comment|name|e-?mail|email address)(?: here)?\s*!?$/i,
  /^you have entered an incorrect e-?mail address!?$/i,
  /^leave a (?:reply|comment|response)(?:\s+cancel reply)?$/i,
  /^cancel reply$/i,
  /^(?:post|submit|add) (?:a )?comment$/i,
  /^save my name, e-?mail,? and website in this browser for the next time i comment\.?$/i,
  /^your e-?mail address will not be published\.?(?:\s*required fields are marked\s*\*?)?$/i,
  /^required fields are marked\s*\*?$/i,
  /^(?:comment|name|e-?mail|website)\s*\*?:?$/i,
  /^notify me of (?:follow-up comments|new posts) by e-?mail\.?$/i,
  /^(?:you must be )?log(?:ged)? in to (?:post a )?comment\.?$/i,
  /^(?:\d+|no) comments?(?: so far)?$/i,
  /^comments? are closed\.?$/i,
  /^be the first to comment!?$/i,
  /^join the (?:conversation|discussion)$/i,
  /^this site uses akismet to reduce spam\..*$/i,
];

export function isCommentFormLine(text: string): boolean {
  const line = text.trim();
  return COMMENT_FORM_LINES.some((pattern) => pattern.test(line));
}

export const commentFormRule: CleanupRule = {
  id: 'comment-form',
  summary: 'Comment form labels ("Please enter your comment!")',
  apply(state) {
    return removeBlocksWhere(state, this, 'comment form', (block) => isShortLine(block, 200) && isCommentFormLine(blockText(block)));
  },
};
