import { z } from 'zod';
import { IdSchema, TimestampSchema } from './ids';
import { SourceSchema } from './source';
import { SerializedEditorStateSchema } from './lexical-json';

export const DRAFT_SCHEMA_VERSION = 1;

export const DRAFT_STATUSES = ['draft', 'in-review', 'ready', 'published'] as const;
export const DraftStatusSchema = z.enum(DRAFT_STATUSES);
export type DraftStatus = z.infer<typeof DraftStatusSchema>;

export const DraftMetaSchema = z.object({
  headline: z.string().max(500).default(''),
  standfirst: z.string().max(2000).default(''),
  byline: z.string().max(500).default(''),
  section: z.string().max(200).default(''),
  tags: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
  slug: z
    .string()
    .max(200)
    .regex(/^[a-z0-9-]*$/, 'a slug holds only lowercase letters, digits and dashes')
    .default(''),
  dateline: z.string().max(200).default(''),
  /** Syndication credit for a rewrite of another outlet's story, e.g. "Capital". */
  credit: z.string().max(300).default(''),
  /** The draft is a rewrite or translation of another outlet's story. */
  basedOnOtherOutlet: z.boolean().default(false),
});
export type DraftMeta = z.infer<typeof DraftMetaSchema>;

/** An editor's conscious decision to publish despite a finding. */
export const CheckOverrideSchema = z.object({
  ruleId: z.string().min(1).max(50),
  /** The exact words the finding was about; the override lapses when they change. */
  passage: z.string().max(5000),
  reason: z.string().trim().min(3).max(2000),
  by: z.string().max(200),
  at: TimestampSchema,
});
export type CheckOverride = z.infer<typeof CheckOverrideSchema>;

export const DraftSchema = z.object({
  schemaVersion: z.literal(DRAFT_SCHEMA_VERSION),
  id: IdSchema,
  /** Increases by one on every accepted save; a save names the revision it was based on. */
  revision: z.number().int().nonnegative(),
  meta: DraftMetaSchema,
  sources: z.array(SourceSchema).max(500),
  content: SerializedEditorStateSchema,
  status: DraftStatusSchema,
  checkOverrides: z.array(CheckOverrideSchema).max(1000),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Draft = z.infer<typeof DraftSchema>;

/** What the library list shows; kept in the index so listing never opens every draft. */
export const DraftSummarySchema = z.object({
  id: IdSchema,
  revision: z.number().int().nonnegative(),
  headline: z.string(),
  status: DraftStatusSchema,
  wordCount: z.number().int().nonnegative(),
  updatedAt: TimestampSchema,
  createdAt: TimestampSchema,
});
export type DraftSummary = z.infer<typeof DraftSummarySchema>;
