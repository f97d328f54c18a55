import { randomUUID } from 'node:crypto';
import { ApiError } from '../../shared/api/errors';
import type { ParsedRequestOf, ResponseOf } from '../../shared/api/channels';
import type { Source } from '../../shared/model/source';
import { sourcesFromProposals } from '../../shared/import/sources/accept-proposals';
import { saveChanged, type DraftAccess } from './draft-access';

/** A draft holds at most this many sources (the drafts.save contract). */
const MAX_DRAFT_SOURCES = 500;

/** The 'import.addSources' channel: the accepted proposals become the draft's sources in one save. */
export async function addProposedSources(
  drafts: DraftAccess,
  sourceBook: () => Promise<readonly Omit<Source, 'ownText'>[]>,
  request: ParsedRequestOf<'import.addSources'>,
  newId: () => string = randomUUID,
): Promise<ResponseOf<'import.addSources'>> {
  const draft = await drafts.open(request.id);
  const added = sourcesFromProposals(draft.sources, request.proposals, await sourceBook(), newId);
  const sources = [...draft.sources, ...added];
  if (sources.length > MAX_DRAFT_SOURCES) {
    throw new ApiError('invalid-request', `A draft holds at most ${MAX_DRAFT_SOURCES} sources; this one would have ${sources.length}.`);
  }
  if (added.length === 0) return { added, total: sources.length, revision: draft.revision };
  const saved = await saveChanged(drafts, draft, { sources });
  return { added, total: sources.length, revision: saved.revision };
}
