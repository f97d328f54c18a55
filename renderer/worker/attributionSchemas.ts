/**
 * Schemas of the attribution engine's results as they come back from the
 * check worker: structured clone carries any data, so the renderer checks
 * the shape before it trusts it.
 */
import { z } from 'zod';
import type { DetectedAttribution, Span } from '../../shared/attribution/types';

const OffsetSchema = z.number().int().nonnegative();

export const SpanSchema: z.ZodType<Span> = z
  .object({ start: OffsetSchema, end: OffsetSchema })
  .refine((span) => span.end >= span.start, 'a span ends at or after its start');

export const DetectedAttributionSchema: z.ZodType<DetectedAttribution> = z.object({
  cue: SpanSchema.nullable(),
  source: SpanSchema.nullable(),
  content: SpanSchema.nullable(),
  type: z.enum(['direct', 'indirect', 'mixed', 'according-to', 'second-hand']),
  sourceName: z.string().nullable(),
});
