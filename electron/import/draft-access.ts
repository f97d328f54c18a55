import type { ParsedRequestOf, ResponseOf } from '../../shared/api/channels';
import type { Draft } from '../../shared/model/draft';
import type { KeptOriginal } from '../services/originals';

/** The draft store's calls the import's follow-up steps use (DraftStore implements them). */
export interface DraftAccess {
  open(id: string): Promise<Draft>;
  save(request: ParsedRequestOf<'drafts.save'>): Promise<ResponseOf<'drafts.save'>>;
  listOriginals(id: string): Promise<KeptOriginal[]>;
  readOriginal(id: string, sha256: string): Promise<Uint8Array>;
}

/**
 * Saves the draft with some parts changed, based on the revision just read:
 * if the editor saved in between, the store refuses with a conflict rather
 * than overwrite their work.
 */
export function saveChanged(drafts: DraftAccess, draft: Draft, change: Partial<Pick<Draft, 'sources' | 'content'>>): Promise<ResponseOf<'drafts.save'>> {
  return drafts.save({
    id: draft.id,
    baseRevision: draft.revision,
    meta: draft.meta,
    sources: change.sources ?? draft.sources,
    content: change.content ?? draft.content,
    status: draft.status,
    checkOverrides: draft.checkOverrides,
  });
}
