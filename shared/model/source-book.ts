import { z } from 'zod';
import { TimestampSchema } from './ids';
import { SourceSchema } from './source';

/**
 * One entry of the newsroom-wide source book. It is the same record a draft
 * holds (so adding it to a draft is a plain copy with a new id), plus when it
 * was last changed. The source's own text stays in drafts: a transcript
 * belongs to one story, not to the book.
 */
export const SourceBookEntrySchema = SourceSchema.omit({ ownText: true }).extend({
  updatedAt: TimestampSchema,
});
export type SourceBookEntry = z.infer<typeof SourceBookEntrySchema>;

/** What a caller sends to add or change an entry: the service stamps updatedAt. */
export const SourceBookEntryInputSchema = SourceSchema.omit({ ownText: true });
export type SourceBookEntryInput = z.input<typeof SourceBookEntryInputSchema>;

export const SOURCE_BOOK_FILE_VERSION = 1;

/** The file `<dataDir>/source-book.json`. */
export const SourceBookFileSchema = z.object({
  version: z.literal(SOURCE_BOOK_FILE_VERSION),
  entries: z.array(SourceBookEntrySchema).max(20_000),
});
export type SourceBookFile = z.infer<typeof SourceBookFileSchema>;
