import mammoth from 'mammoth';
import { ImportRefusal } from './import-refusal';
import { htmlToBlocks } from './html-to-blocks';
import type { ReaderOutput } from './reader-output';
import { sanitizeHtml } from './sanitize-html';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** Word's own title and subtitle styles are the headline and standfirst, as editors use them. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

/**
 * A Word file: mammoth turns its structure (not its looks) into HTML, which
 * is sanitized and read like a web page's article. Images are left out: a
 * draft holds text, and embedded pictures would only bloat it.
 */
export async function readDocx(bytes: Uint8Array, fileName: string): Promise<ReaderOutput> {
  if (bytes.length === 0) throw new ImportRefusal(`${fileName} is empty.`);
  if (startsWith(bytes, OLE_SIGNATURE)) {
    throw new ImportRefusal(`${fileName} is an old-style Word document (.doc) renamed to .docx. Open it in Word and save it as .docx, then import it again.`);
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) {
    throw new ImportRefusal(`${fileName} is not a Word document: a .docx file is a zip archive and this one is not.`);
  }
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { styleMap: STYLE_MAP, externalFileAccess: false, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportRefusal(`${fileName} could not be read as a Word document (${reason}).`);
  }
  const warnings = result.messages.some((message) => message.type === 'error')
    ? ['Some parts of the Word document could not be converted; compare the draft with the original.']
    : [];
  return { blocks: htmlToBlocks(sanitizeHtml(result.value, { dropPageChrome: false })), hints: {}, warnings };
}
