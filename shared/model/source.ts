import { z } from 'zod';
import { IdSchema } from './ids';

export const SOURCE_KINDS = [
  'person',
  'outlet',
  'wire-agency',
  'organisation',
  'document',
  'social-post',
  'anonymous',
] as const;

export const SourceKindSchema = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKindSchema>;

/** Only web and mail links may be stored; anything else is refused at the boundary. */
export const SafeUrlSchema = z
  .string()
  .max(2048)
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an http(s) URL');

const DateOnlySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date (YYYY-MM-DD)');

export const SourceSchema = z.object({
  id: IdSchema,
  name: z.string().trim().min(1).max(300),
  kind: SourceKindSchema,
  /** Role of a person, or description of an outlet/anonymous source ("Russian state news agency"). */
  role: z.string().max(500).default(''),
  url: z.union([SafeUrlSchema, z.literal('')]).default(''),
  datePublished: z.union([DateOnlySchema, z.literal('')]).default(''),
  dateAccessed: z.union([DateOnlySchema, z.literal('')]).default(''),
  stateAffiliated: z.boolean().default(false),
  /** Why an anonymous source was granted anonymity. */
  anonymityReason: z.string().max(1000).default(''),
  notes: z.string().max(10_000).default(''),
  /** The source's own words (transcript, wire copy), used to verify quotes. */
  ownText: z.string().max(2_000_000).default(''),
});

export type Source = z.infer<typeof SourceSchema>;
