import { z } from 'zod';
import { IdSchema } from '../model/ids';
import { SourceSchema } from '../model/source';
import { ImportFileNameSchema } from './file-name';
import { RemovedLineSchema } from './imported-document';
import { MAX_IMPORT_BATCH_BYTES, MAX_IMPORT_BLOCKS, MAX_IMPORT_FILE_BYTES, MAX_IMPORT_FILES } from './limits';
import { ProposedSourceSchema } from './sources/proposed-source';

/** Base64 of the largest importable file; a bigger upload is refused before it is decoded. */
const MAX_BASE64_LENGTH = Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4;

/** The 'import.files' request: files as the renderer read them (File menu, drop, paste of a page). */
export const ImportFilesRequestSchema = z
  .object({
    files: z
      .array(
        z
          .object({
            name: ImportFileNameSchema,
            contentBase64: z.string().max(MAX_BASE64_LENGTH).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
          })
          .strict(),
      )
      .min(1)
      .max(MAX_IMPORT_FILES)
      .refine(
        (files) => files.reduce((sum, file) => sum + file.contentBase64.length, 0) <= Math.ceil(MAX_IMPORT_BATCH_BYTES / 3) * 4,
        'too much at once: import these files in smaller batches',
      ),
  })
  .strict();

/** One file's outcome: the draft it became, or why it did not. */
export const ImportFileOutcomeSchema = z.object({
  name: z.string(),
  ok: z.boolean(),
  draftId: IdSchema.optional(),
  headline: z.string().optional(),
  removed: z.array(RemovedLineSchema),
  proposedSources: z.array(ProposedSourceSchema),
  warnings: z.array(z.string()),
  error: z.string().optional(),
});
export type ImportFileOutcome = z.infer<typeof ImportFileOutcomeSchema>;

export const ImportFilesResponseSchema = z.object({ results: z.array(ImportFileOutcomeSchema) });

/** 'import.addSources': the proposals the editor accepted, added to the imported draft in one step. */
export const ImportAddSourcesRequestSchema = z
  .object({ id: IdSchema, proposals: z.array(ProposedSourceSchema).min(1).max(200) })
  .strict();
export const ImportAddSourcesResponseSchema = z.object({
  /** The sources the draft gained (a proposal the draft already held adds none). */
  added: z.array(SourceSchema),
  /** How many sources the draft holds now. */
  total: z.number().int().nonnegative(),
  revision: z.number().int().nonnegative(),
});

/** 'import.restoreLine': a line the clean-up removed, put back into the draft as a paragraph at a top-level position. */
export const ImportRestoreLineRequestSchema = z
  .object({
    id: IdSchema,
    text: z.string().min(1).max(20_000),
    at: z.number().int().nonnegative().max(MAX_IMPORT_BLOCKS),
  })
  .strict();
export const ImportRestoreLineResponseSchema = z.object({ revision: z.number().int().nonnegative() });

/** What is kept about an imported file besides its bytes. */
export const KeptOriginalSummarySchema = z.object({
  name: z.string(),
  mediaType: z.string(),
  size: z.number().int().nonnegative(),
  keptAt: z.string(),
});

/** The most text of an original sent for comparison; an article is far shorter. */
export const MAX_ORIGINAL_TEXT = 2_000_000;

/** 'import.original': the file a draft was imported from, as text to compare with the draft; null for a draft not imported. */
export const ImportOriginalRequestSchema = z.object({ id: IdSchema }).strict();
export const ImportOriginalResponseSchema = z.object({
  original: KeptOriginalSummarySchema
    .extend({
      /** Its text as a reader sees it: a page's text without markup, a Word file's paragraphs. */
      text: z.string().max(MAX_ORIGINAL_TEXT),
      truncated: z.boolean(),
    })
    .nullable(),
});

/** 'import.keptOriginals': which files a draft was imported from (no contents), so the editor is offered the comparison only when there is one. */
export const ImportKeptOriginalsRequestSchema = z.object({ id: IdSchema }).strict();
export const ImportKeptOriginalsResponseSchema = z.object({ originals: z.array(KeptOriginalSummarySchema) });
