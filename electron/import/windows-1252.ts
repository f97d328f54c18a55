/**
 * Windows-1252 decoding, written out because the TextDecoder of the Node
 * builds we run on silently drops bytes 0x80–0x9F ("A€" decodes to "A"), which
 * is exactly where this encoding keeps curly quotes, dashes and the euro sign.
 * The other bytes are Latin-1: the byte value is the code point.
 * Unassigned bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control of
 * the same value, as the WHATWG Encoding Standard specifies.
 */
const HIGH_CONTROLS = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
const CHUNK = 8192;

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (byte) => (byte >= 0x80 && byte <= 0x9f ? HIGH_CONTROLS[byte - 0x80]! : byte));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}
