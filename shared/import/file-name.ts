import { z } from 'zod';
import { MAX_IMPORT_FILE_NAME_LENGTH } from './limits';

/**
 * An imported file's name as given by the user's system. It is shown and
 * stored with the original, never used as a path: no separators, no control
 * characters, no "." or "..".
 */
export const ImportFileNameSchema = z
  .string()
  .min(1)
  .max(MAX_IMPORT_FILE_NAME_LENGTH)
  // eslint-disable-next-line no-control-regex
  .refine((name) => !/[/\\\u0000-\u001f\u007f]/.test(name), 'a file name may not contain slashes or control characters')
  .refine((name) => name.trim() !== '' && name !== '.' && name !== '..', 'not a file name');
