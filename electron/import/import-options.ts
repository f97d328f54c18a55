import { z } from 'zod';
import { detectAttributions } from '../../shared/attribution/index';
import { ImportFileNameSchema } from '../../shared/import/file-name';
import type { AttributionDetector } from '../../shared/import/sources/propose-sources';
import { DEFAULT_STATE_AFFILIATED_OUTLETS } from '../../shared/model/preferences';
import { SourceSchema } from '../../shared/model/source';

export const ImportFileSchema = z.object({
  name: ImportFileNameSchema,
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'must be the file\'s bytes'),
});
export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

/** A dense 3 MB page takes 10 to 30 s to read here; twice the worst of that is still an answer, not a hang. */
export const DEFAULT_READ_TIMEOUT_MS = 60_000;

export const ImportOptionsSchema = z.object({
  /** The newsroom's state-media list from the preferences. */
  stateAffiliatedOutlets: z.array(z.string().trim().min(1).max(200)).max(500).default(DEFAULT_STATE_AFFILIATED_OUTLETS),
  /** Sources the newsroom already has, reused by the proposals. */
  sourceBook: z.array(SourceSchema).max(10_000).default([]),
  /** How long one web page or Word file may take to read before it is refused (a runaway page must not tie up the reader). */
  readTimeoutMs: z.number().int().positive().max(10 * 60_000).default(DEFAULT_READ_TIMEOUT_MS),
  /** The attribution detector; tests pass a fake one. */
  detect: z
    .custom<AttributionDetector>((value) => typeof value === 'function', 'must be a function')
    .default(() => detectAttributions),
});
export type ImportOptionsInput = z.input<typeof ImportOptionsSchema>;
export type ImportOptions = z.output<typeof ImportOptionsSchema>;
