import { parseMarkdown } from '../../shared/import/parse/markdown';
import { parsePlainText } from '../../shared/import/parse/plain-text';
import { decodeText, type DecodedText } from './decode-text';
import type { ReaderOutput } from './reader-output';

function encodingWarnings(decoded: DecodedText, fileName: string): string[] {
  return decoded.encoding === 'utf-8' || decoded.encoding.startsWith('utf-16')
    ? []
    : [`${fileName} is not UTF-8; it was read as ${decoded.encoding}. Check accented letters and quotation marks.`];
}

/** A plain-text file (.txt): wire copy, e-mailed copy, a page saved as text. */
export function readPlainText(bytes: Uint8Array, fileName: string): ReaderOutput {
  const decoded = decodeText(bytes, fileName);
  return { blocks: parsePlainText(decoded.text), hints: {}, warnings: encodingWarnings(decoded, fileName) };
}

/** A Markdown file (.md). */
export function readMarkdown(bytes: Uint8Array, fileName: string): ReaderOutput {
  const decoded = decodeText(bytes, fileName);
  return { blocks: parseMarkdown(decoded.text), hints: {}, warnings: encodingWarnings(decoded, fileName) };
}

