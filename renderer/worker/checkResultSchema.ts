/** The schema of a draft's check result as the check worker sends it back. */
import { z } from 'zod';
import type { DraftCheckResult } from '../../shared/check/check-draft';
import type { Finding, Fix } from '../../shared/check/finding';
import { RuleIdSchema, SeveritySchema } from '../../shared/check/rule-ids';
import type { DocumentText } from '../../shared/document/document-text';
import { AttributionKindSchema } from '../../shared/model/attribution-node';
import { SourceKindSchema } from '../../shared/model/source';
import { SpanSchema } from '../../shared/attribution/schemas';

const FixSchema: z.ZodType<Fix> = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('add-source'),
    label: z.string(),
    source: z.object({ name: z.string(), kind: SourceKindSchema, role: z.string(), url: z.string(), stateAffiliated: z.boolean() }),
  }),
  z.object({ kind: z.literal('link-passage'), label: z.string(), sourceId: z.string(), range: SpanSchema }),
  z.object({ kind: z.literal('replace-text'), label: z.string(), range: SpanSchema, replacement: z.string() }),
  z.object({ kind: z.literal('insert-text'), label: z.string(), at: z.number().int().nonnegative(), text: z.string() }),
  z.object({
    kind: z.literal('edit-source'),
    label: z.string(),
    sourceId: z.string(),
    field: z.enum(['url', 'role', 'datePublished', 'dateAccessed', 'anonymityReason', 'stateAffiliated']),
  }),
  z.object({ kind: z.literal('set-credit'), label: z.string(), credit: z.string() }),
]);

const FindingSchema: z.ZodType<Finding> = z.object({
  ruleId: RuleIdSchema,
  severity: SeveritySchema,
  message: z.string(),
  range: SpanSchema.nullable(),
  sourceId: z.string().optional(),
  fix: FixSchema.optional(),
  overridden: z.object({ reason: z.string(), by: z.string(), at: z.string() }).optional(),
});

const NodePathSchema = z.array(z.number().int().nonnegative());

const DocumentTextSchema: z.ZodType<DocumentText> = z.object({
  text: z.string(),
  paragraphs: z.array(SpanSchema),
  blocks: z.array(z.object({ start: z.number(), end: z.number(), path: NodePathSchema, blockType: z.string() })),
  segments: z.array(
    z.object({ start: z.number(), end: z.number(), path: NodePathSchema, nodeType: z.enum(['text', 'linebreak', 'tab']) }),
  ),
  linkedPassages: z.array(z.object({ range: SpanSchema, sourceIds: z.array(z.string()), kind: AttributionKindSchema, path: NodePathSchema })),
  issues: z.array(z.object({ path: NodePathSchema, nodeType: z.string(), problem: z.string() })),
});

export const DraftCheckResultSchema: z.ZodType<DraftCheckResult> = z.object({
  document: DocumentTextSchema,
  findings: z.array(FindingSchema),
  counts: z.object({ error: z.number().int().nonnegative(), warning: z.number().int().nonnegative(), info: z.number().int().nonnegative() }),
});
