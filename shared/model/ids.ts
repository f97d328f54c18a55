import { z } from 'zod';

/**
 * Names Windows reserves for devices in every folder, whatever the extension:
 * `drafts\con.json` is the console. CONIN$/CONOUT$ cannot be ids (no "$"), but
 * their plain forms are refused too, as some Windows APIs strip the suffix.
 */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9]|lpt[0-9]|conin|conout)$/i;

/**
 * Ids become file names on disk, so they are restricted to a safe alphabet:
 * no dots, slashes, NUL bytes or device names can ever reach a path.
 */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be 1-64 lowercase letters, digits or dashes')
  .refine((id) => !WINDOWS_DEVICE_NAME.test(id), 'must not be a name Windows reserves for a device');

export type Id = z.infer<typeof IdSchema>;

/** ISO-8601 timestamp in UTC, as produced by Date.prototype.toISOString. */
export const TimestampSchema = z.iso.datetime({ offset: true });
