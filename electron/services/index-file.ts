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

const EntriesSchema = z.array(IndexEntrySchema);

export type IndexFileRead = { ok: true; entries: IndexEntry[] } | { ok: false; reason: string };

/** How writeIndexFile lays out the file, so a read can find the entries' bytes without parsing them twice. */
const ENTRIES_PREFIX = /^\{"formatVersion":1,"entriesSha256":"([0-9a-f]{64})","entries":/;
const PREFIX_LENGTH = '{"formatVersion":1,"entriesSha256":"","entries":'.length + 64;

/** Whether the entries are byte for byte the ones writeIndexFile hashed. */
function hasMatchingHash(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, PREFIX_LENGTH));
  const expected = ENTRIES_PREFIX.exec(head)?.[1];
  if (expected === undefined || bytes.at(-1) !== 0x7d /* } */) return false;
  return createHash('sha256').update(bytes.subarray(PREFIX_LENGTH, -1)).digest('hex') === expected;
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
  if (hasMatchingHash(bytes)) return { ok: true, entries: envelope.entries as IndexEntry[] };
  const entries = EntriesSchema.safeParse(envelope.entries);
  return entries.success ? { ok: true, entries: entries.data } : { ok: false, reason: 'invalid' };
}

export async function writeIndexFile(fs: FileSystem, indexFile: string, entries: Iterable<IndexEntry>): Promise<void> {
  // Plain objects with a fixed key order, whatever shape the in-memory entries have.
  const entriesBytes = Buffer.from(JSON.stringify([...entries].map(({ summary, size, mtimeMs }) => ({ summary, size, mtimeMs }))));
  const hash = createHash('sha256').update(entriesBytes).digest('hex');
  // Compact on purpose: with ten thousand drafts this file is read on every start.
  await writeFileAtomic(fs, indexFile, Buffer.concat([Buffer.from(`{"formatVersion":1,"entriesSha256":"${hash}","entries":`), entriesBytes, Buffer.from('}')]));
}
