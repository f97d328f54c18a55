import { z } from 'zod';
import { IdSchema } from './ids';

/**
 * The inline element that marks an attributed passage in the document.
 * It carries only ids and a kind; the source records live in draft.sources,
 * as Lexical's comment plugin keeps thread data outside the document.
 */
export const ATTRIBUTION_NODE_TYPE = 'attribution';

export const ATTRIBUTION_KINDS = ['quote', 'claim', 'paraphrase'] as const;
export const AttributionKindSchema = z.enum(ATTRIBUTION_KINDS);
export type AttributionKind = z.infer<typeof AttributionKindSchema>;

export const SerializedAttributionFieldsSchema = z.object({
  type: z.literal(ATTRIBUTION_NODE_TYPE),
  version: z.literal(1),
  sourceIds: z.array(IdSchema).min(1).max(20),
  kind: AttributionKindSchema,
});

export type SerializedAttributionFields = z.infer<typeof SerializedAttributionFieldsSchema>;
