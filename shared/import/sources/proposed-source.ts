import { z } from 'zod';
import { IdSchema } from '../../model/ids';
import { SourceKindSchema, SourceSchema, type Source } from '../../model/source';

export const PROPOSAL_REASONS = ['attribution', 'outlet-citation', 'credit'] as const;

/**
 * A source the import offers to add to the draft. The editor accepts the lot
 * in one step (or some of them); nothing is added to the draft unasked.
 */
export const ProposedSourceSchema = z.object({
  name: z.string().min(1).max(300),
  kind: SourceKindSchema,
  /** The outlet's description from the known-outlet list, or a source-book entry's role. */
  role: z.string().max(500),
  stateAffiliated: z.boolean(),
  /** Why it is proposed: named as a source by the detector, cited as an outlet, or credited at the end. */
  reason: z.enum(PROPOSAL_REASONS),
  /** The name was found in the known-outlet list or the source book. */
  known: z.boolean(),
  /** The source-book entry it matched, so the editor reuses it rather than creating a duplicate. */
  sourceBookId: IdSchema.optional(),
  /** How often the body cites it. */
  mentions: z.number().int().nonnegative(),
  /** The first sentence that cites it, so the editor can judge the proposal. */
  evidence: z.string().max(600),
  /** The credited story's publication date (YYYY-MM-DD), when the page printed one. */
  datePublished: z.string().max(10).optional(),
});
export type ProposedSource = z.infer<typeof ProposedSourceSchema>;

/** The draft source an accepted proposal becomes. */
export function proposalToSource(proposal: ProposedSource, id: string): Source {
  return SourceSchema.parse({
    id,
    name: proposal.name,
    kind: proposal.kind,
    role: proposal.role,
    stateAffiliated: proposal.stateAffiliated,
    datePublished: proposal.datePublished ?? '',
    notes: proposal.evidence ? `Proposed on import: “${proposal.evidence}”` : 'Proposed on import.',
  });
}
