/**
 * Limits on what is imported. A real article page is well under 5 MB and a
 * Word file with photos rarely over 15 MB; beyond these the import is refused
 * with a message instead of keeping the app busy parsing a huge file.
 * The renderer uses the same numbers to refuse a file before uploading it.
 */
export const MAX_IMPORT_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_FILES = 50;
export const MAX_IMPORT_FILE_NAME_LENGTH = 255;
/** Past this many blocks a "page" is a data dump, not an article. */
export const MAX_IMPORT_BLOCKS = 20_000;

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
