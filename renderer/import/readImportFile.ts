import { formatMegabytes, importFormatOf, MAX_IMPORT_BYTES, SUPPORTED_EXTENSIONS } from '../../shared/import/limits';

/** Bytes per String.fromCharCode call: well under every engine's argument limit. */
const CHUNK = 0x8000;

/** Base64 of the bytes, built a chunk at a time so a file of many MB does not overflow the stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) {
    parts.push(String.fromCharCode(...bytes.subarray(start, start + CHUNK)));
  }
  return btoa(parts.join(''));
}

/** Why a file cannot be imported, judged before it is read or uploaded; null when it may go. */
export function refusalBeforeUpload(file: File): string | null {
  const format = importFormatOf(file.name);
  if (!format) return `${file.name} is not a file Copydesk imports (${SUPPORTED_EXTENSIONS.join(', ')}).`;
  const limit = MAX_IMPORT_BYTES[format];
  if (file.size > limit) {
    return `${file.name} is ${formatMegabytes(file.size)}, more than the ${formatMegabytes(limit)} Copydesk imports from one ${format} file.`;
  }
  return null;
}

/** Reads a file in the browser as base64 for the 'import.files' channel. */
export async function readAsBase64(file: File): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}

/** The accept attribute of the file picker. */
export const IMPORT_ACCEPT = '.html,.htm,.txt,.md,.docx';
