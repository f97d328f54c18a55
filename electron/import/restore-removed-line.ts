import type { ParsedRequestOf, ResponseOf } from '../../shared/api/channels';
import { withRestoredLine } from '../../shared/import/draft-changes/restore-line';
import { saveChanged, type DraftAccess } from './draft-access';

/** The 'import.restoreLine' channel: a removed line goes back into the draft's body as a paragraph. */
export async function restoreRemovedLine(drafts: DraftAccess, request: ParsedRequestOf<'import.restoreLine'>): Promise<ResponseOf<'import.restoreLine'>> {
  const draft = await drafts.open(request.id);
  const saved = await saveChanged(drafts, draft, { content: withRestoredLine(draft.content, request.text, request.at) });
  return { revision: saved.revision };
}
