import { sameReferent } from '../../check/text/names';
import { SourceSchema, type Source } from '../../model/source';
import { proposalToSource, type ProposedSource } from './proposed-source';

/**
 * The sources a draft gains when the editor accepts proposals: a proposal
 * matched to the source book becomes a copy of that entry (its URL, notes and
 * flags, under a new id, as the source book's entries are always copied), any
 * other becomes a new source. A proposal naming a source the draft already
 * holds, or one accepted twice, adds nothing: accepting again is harmless.
 */
export function sourcesFromProposals(
  existing: readonly Source[],
  proposals: readonly ProposedSource[],
  sourceBook: readonly Omit<Source, 'ownText'>[],
  newId: () => string,
): Source[] {
  const added: Source[] = [];
  for (const proposal of proposals) {
    const held = [...existing, ...added].some((source) => source.kind === proposal.kind && sameReferent(source.name, proposal.name));
    if (held) continue;
    const entry = proposal.sourceBookId ? sourceBook.find((candidate) => candidate.id === proposal.sourceBookId) : undefined;
    added.push(entry ? SourceSchema.parse({ ...entry, id: newId(), ownText: '' }) : proposalToSource(proposal, newId()));
  }
  return added;
}
