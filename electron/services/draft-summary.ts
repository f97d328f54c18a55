import type { Draft, DraftSummary } from '../../shared/model/draft';
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
