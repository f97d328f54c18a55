import { z } from 'zod';

/**
 * Ids become file names on disk, so they are restricted to a safe alphabet:
 * no dots, slashes, NUL bytes or device names can ever reach a path.
 */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be 1-64 lowercase letters, digits or dashes');

export type Id = z.infer<typeof IdSchema>;

/** ISO-8601 timestamp in UTC, as produced by Date.prototype.toISOString. */
export const TimestampSchema = z.iso.datetime({ offset: true });
