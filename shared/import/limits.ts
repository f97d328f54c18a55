/**
 * Limits on what is imported. A real article page is well under 5 MB and a
 * Word file with photos rarely over 15 MB; beyond these the import is refused
 * with a message instead of keeping the app busy parsing a huge file (an HTML
 * DOM costs many times the page's size in memory). The renderer uses the same
 * numbers to refuse a file before uploading it.
 */
export const IMPORT_FORMATS = ['html', 'text', 'markdown', 'docx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const MAX_IMPORT_BYTES: Record<ImportFormat, number> = {
  html: 3 * 1024 * 1024,
  text: 5 * 1024 * 1024,
  markdown: 5 * 1024 * 1024,
  docx: 25 * 1024 * 1024,
};

/** The largest file of any format: what the transport has to carry. */
export const MAX_IMPORT_FILE_BYTES = Math.max(...Object.values(MAX_IMPORT_BYTES));
export const MAX_IMPORT_FILES = 50;
/** All files of one import together: what one request may make the host hold in memory. */
export const MAX_IMPORT_BATCH_BYTES = 100 * 1024 * 1024;
export const MAX_IMPORT_FILE_NAME_LENGTH = 255;
/** Past this many blocks a "page" is a data dump, not an article. */
export const MAX_IMPORT_BLOCKS = 5_000;

const EXTENSIONS: Record<string, ImportFormat> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.docx': 'docx',
};

export const SUPPORTED_EXTENSIONS = Object.keys(EXTENSIONS);

/** The format a file name says it holds, or undefined for an extension Copydesk does not import. */
export function importFormatOf(fileName: string): ImportFormat | undefined {
  const dot = fileName.lastIndexOf('.');
  return dot === -1 ? undefined : EXTENSIONS[fileName.slice(dot).toLowerCase()];
}

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
