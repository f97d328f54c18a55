import { ImportRefusal } from './import-refusal';
import { decodeWindows1252 } from './windows-1252';

export interface DecodedText {
  text: string;
  /** The WHATWG encoding label used, reported so a wrong guess is visible. */
  encoding: string;
}

const SAMPLE_BYTES = 64 * 1024;
/** Share of control bytes above which a "text" file is binary: real text has almost none. */
const MAX_CONTROL_SHARE = 0.05;

function hasUtf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** NUL bytes or many control characters in the first 64 KB: an image, archive or executable renamed to .txt/.html. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) control += 1;
  }
  return sample.length > 0 && control / sample.length > MAX_CONTROL_SHARE;
}

/** A declared encoding TextDecoder knows (a web page's <meta charset>), by its canonical name. */
function supportedEncoding(label: string | undefined): string | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

/** The charset a web page declares in its first bytes (<meta charset> or http-equiv), as HTML parsers look for it. */
export function declaredHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
}

/**
 * Text files arrive in whatever encoding the sender's system used. Valid
 * UTF-8 is taken as UTF-8 (a BOM is dropped); anything else is read as
 * the encoding the file declares (a web page's <meta charset>) or else
 * Windows-1252, the superset of Latin-1 that Western European newsrooms'
 * older tools write, so "café" saved by an old editor still reads "café".
 */
export function decodeText(bytes: Uint8Array, fileName: string, declaredEncoding?: string): DecodedText {
  if (bytes.length === 0) throw new ImportRefusal(`${fileName} is empty.`);
  const utf16 = hasUtf16Bom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  if (looksBinary(bytes)) {
    throw new ImportRefusal(`${fileName} is not a text file (it contains binary data). Check that it is the file you meant to import.`);
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const declared = supportedEncoding(declaredEncoding);
    // WHATWG maps the labels latin1 and iso-8859-1 to windows-1252 too, so both take the hand-written decoder.
    if (declared && declared !== 'windows-1252') return { text: new TextDecoder(declared).decode(bytes), encoding: declared };
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}
