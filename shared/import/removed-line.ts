import type { DraftMeta } from '../model/draft';

/** The metadata fields a clean-up rule may fill from a line it takes out of the body. */
export type MetaTarget = Extract<keyof DraftMeta, 'headline' | 'standfirst' | 'byline' | 'dateline' | 'credit'> | 'publication-date';

/**
 * A line the import took out of the body. Nothing disappears unseen: the UI
 * and the CLI list these, and the editor can put one back.
 */
export interface RemovedLine {
  /** The rule that removed it, e.g. "comment-form". */
  ruleId: string;
  /** Why, in words an editor understands. */
  reason: string;
  /** The exact text that was removed. */
  text: string;
  /** Where it was in the file as read (block number, from 0). */
  origin: number;
  /** Set when the line was not dropped but moved into a metadata field. */
  movedTo?: MetaTarget;
  /**
   * Index among the root children of the imported document at which the line
   * belongs: inserting a paragraph there restores it. Filled in after all
   * rules have run, when the final body is known.
   */
  restoreAt: number;
}

/** What a rule reports before the final body (and so restoreAt) is known. */
export type RemovedByRule = Omit<RemovedLine, 'restoreAt'>;
