import { z } from 'zod';
import { IdSchema } from '../model/ids';
import { ImportFileNameSchema } from './file-name';
import { RemovedLineSchema } from './imported-document';
import { MAX_IMPORT_BATCH_BYTES, MAX_IMPORT_FILE_BYTES, MAX_IMPORT_FILES } from './limits';
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
