/**
 * The detector's results as data crossing a boundary (the check's input, the
 * renderer's check worker): shapes to verify before anything trusts them.
 */
import { z } from 'zod';
import type { AttributionType, DetectedAttribution, Span } from './types';

const OffsetSchema = z.number().int().nonnegative();

export const SpanSchema: z.ZodType<Span> = z
  .object({ start: OffsetSchema, end: OffsetSchema })
  .refine((span) => span.end >= span.start, 'a span must not end before it starts');

const ATTRIBUTION_TYPES = ['direct', 'indirect', 'mixed', 'according-to', 'second-hand'] as const satisfies readonly AttributionType[];

export const DetectedAttributionSchema: z.ZodType<DetectedAttribution> = z.object({
  cue: SpanSchema.nullable(),
  source: SpanSchema.nullable(),
  content: SpanSchema.nullable(),
  type: z.enum(ATTRIBUTION_TYPES),
  sourceName: z.string().nullable(),
});
