import { serializeDraft } from '../../../electron/services/draft-files';
import type { Draft } from '../../../shared/model/draft';

/**
 * The kinds of damaged draft file Copydesk must refuse with a reason, never
 * reset: one list for the unit tests (parse, store) and the reliability suite.
 * Each is named by its file name (without .json), which is also the id the
 * file claims to hold; `bytes` makes it from a valid draft with that id.
 */
export interface DamagedDraftFile {
  name: string;
  what: string;
  /** What the refusal's reason says. */
  reason: RegExp;
  bytes?: (valid: Draft) => Uint8Array;
  /** Made with truncate instead of written: too large to write for a test. */
  sparseBytes?: number;
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

export const DAMAGED_DRAFT_FILES: readonly DamagedDraftFile[] = [
  {
    name: 'truncated',
    what: 'a valid draft cut in half',
    reason: /not valid JSON/,
    bytes: (valid) => {
      const text = serializeDraft(valid);
      return encode(text.slice(0, Math.floor(text.length / 2)));
    },
  },
  { name: 'zero-filled', what: '4 KiB of NUL bytes (a crash on some file systems)', reason: /not valid JSON/, bytes: () => new Uint8Array(4096) },
  { name: 'empty', what: 'an empty file', reason: /empty/, bytes: () => new Uint8Array(0) },
  {
    name: 'bom',
    what: 'a valid draft with a UTF-8 byte-order mark',
    reason: /byte-order mark/,
    bytes: (valid) => new Uint8Array([0xef, 0xbb, 0xbf, ...encode(serializeDraft(valid))]),
  },
  {
    name: 'bad-utf8',
    what: 'a valid draft with an invalid UTF-8 byte in a string',
    reason: /UTF-8/,
    bytes: (valid) => {
      const text = serializeDraft(valid);
      const bytes = encode(text);
      bytes[text.indexOf('"id":"') + '"id":"'.length] = 0xff; // Everything before it is ASCII, so text and byte offsets agree.
      return bytes;
    },
  },
  { name: 'json-array', what: 'valid JSON of the wrong shape ([])', reason: /not valid/, bytes: () => encode('[]') },
  { name: 'json-null', what: 'valid JSON of the wrong shape (null)', reason: /not valid/, bytes: () => encode('null') },
  {
    name: 'wrong-shape',
    what: 'a draft whose revision is a string and whose content is missing',
    reason: /not valid/,
    bytes: (valid) => encode(JSON.stringify({ ...valid, revision: 'four', content: undefined })),
  },
  {
    name: 'future-version',
    what: 'a draft with schemaVersion 2 (written by a newer Copydesk)',
    reason: /newer Copydesk/,
    bytes: (valid) => encode(JSON.stringify({ ...valid, schemaVersion: 2, newField: { x: 1 } })),
  },
  {
    name: 'id-mismatch',
    what: 'a valid draft whose id is not its file name',
    reason: /file name says/,
    bytes: (valid) => encode(serializeDraft({ ...valid, id: 'someone-else' })),
  },
  { name: 'huge', what: 'a 200 MB (sparse) file', reason: /limit/, sparseBytes: 200 * 1024 * 1024 },
];

/** The damaged files that are written byte for byte (all but the sparse one). */
export const WRITTEN_DAMAGED_DRAFT_FILES = DAMAGED_DRAFT_FILES.filter(
  (file): file is DamagedDraftFile & { bytes: (valid: Draft) => Uint8Array } => file.bytes !== undefined,
);
