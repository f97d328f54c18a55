import { createHash } from 'node:crypto';
import { z } from 'zod';
import { DraftSummarySchema } from '../../shared/model/draft';
import type { DraftSummary } from '../../shared/model/draft';
import type { FileSystem } from './file-system';
import { isMissing } from './file-system';
import { writeFileAtomic } from './atomic-write';

/** One library entry, with the size and mtime of the file it was computed from to detect outside changes. */
export interface IndexEntry {
  summary: DraftSummary;
  size: number;
  mtimeMs: number;
}

const IndexEntrySchema = z.object({
  summary: DraftSummarySchema,
  size: z.number().int().nonnegative(),
  mtimeMs: z.number().nonnegative(),
});

/**
 * The file carries a hash of its entries as this process wrote them. Entries
 * are only ever written from summaries of drafts that passed validation, so
 * an index whose hash matches is exactly what was validated before, and its
 * ten thousand entries need not be validated one by one again on every start
 * (a quarter of a second of a cold start). Any other content (damaged, hand-edited,
 * written before the hash existed) is validated entry by entry as before.
 */
const IndexEnvelopeSchema = z.object({
  formatVersion: z.literal(1),
  entriesSha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  entries: z.array(z.unknown()),
});

const TrustedEntriesSchema = z.array(IndexEntrySchema);

export type IndexFileRead = { ok: true; entries: IndexEntry[] } | { ok: false; reason: string };

function sha256Of(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export async function readIndexFile(fs: FileSystem, indexFile: string): Promise<IndexFileRead> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(indexFile);
  } catch (error) {
    if (isMissing(error)) return { ok: false, reason: 'missing' };
    throw error;
  }
  let envelope: z.infer<typeof IndexEnvelopeSchema>;
  try {
    const parsed = IndexEnvelopeSchema.safeParse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)));
    if (!parsed.success) return { ok: false, reason: 'invalid' };
    envelope = parsed.data;
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  // Stringifying parsed JSON reproduces the text JSON.stringify wrote, so the hash compares exactly what was written.
  if (envelope.entriesSha256 !== undefined && sha256Of(JSON.stringify(envelope.entries)) === envelope.entriesSha256) {
    return { ok: true, entries: envelope.entries as IndexEntry[] };
  }
  const entries = TrustedEntriesSchema.safeParse(envelope.entries);
  return entries.success ? { ok: true, entries: entries.data } : { ok: false, reason: 'invalid' };
}

export async function writeIndexFile(fs: FileSystem, indexFile: string, entries: Iterable<IndexEntry>): Promise<void> {
  // Plain objects with a fixed key order, whatever shape the in-memory entries have.
  const entriesJson = JSON.stringify([...entries].map(({ summary, size, mtimeMs }) => ({ summary, size, mtimeMs })));
  // Compact on purpose: with ten thousand drafts this file is read on every start.
  await writeFileAtomic(fs, indexFile, `{"formatVersion":1,"entriesSha256":"${sha256Of(entriesJson)}","entries":${entriesJson}}`);
}
