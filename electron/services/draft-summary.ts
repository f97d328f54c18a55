import type { Draft, DraftSummary } from '../../shared/model/draft';
import type { IndexEntry } from './draft-index';
import { countWords, plainTextOf } from './word-count';

/** What the library list needs of a draft; headline and body words only. */
export function summarizeDraft(draft: Draft): DraftSummary {
  return {
    id: draft.id,
    revision: draft.revision,
    headline: draft.meta.headline,
    status: draft.status,
    wordCount: countWords(plainTextOf(draft.content.root)),
    updatedAt: draft.updatedAt,
    createdAt: draft.createdAt,
  };
}

/**
 * The index entry of a draft just written, counting its words only when the
 * list or the index file first needs them: counting a 10,000-word draft is a
 * tenth of a save's time, and autosave often replaces the entry before anyone reads it.
 */
export function indexEntryOf(draft: Draft, stats: { size: number; mtimeMs: number }): IndexEntry {
  let unsummarized: Draft | null = draft;
  let summary: DraftSummary | null = null;
  return {
    size: stats.size,
    mtimeMs: stats.mtimeMs,
    get summary(): DraftSummary {
      if (summary === null) {
        summary = summarizeDraft(unsummarized!);
        unsummarized = null; // The whole draft is not kept once its summary exists.
      }
      return summary;
    },
  };
}
