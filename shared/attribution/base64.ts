/**
 * Base64 for the model file's byte arrays. shared/ runs where neither Node's
 * Buffer nor the DOM's atob is guaranteed, and JSON cannot hold bytes.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE_OF = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE_OF[ALPHABET.charCodeAt(i)] = i;

export function encodeBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    text += ALPHABET[(chunk >> 18) & 63]! + ALPHABET[(chunk >> 12) & 63]!;
    text += i + 1 < bytes.length ? ALPHABET[(chunk >> 6) & 63]! : '=';
    text += i + 2 < bytes.length ? ALPHABET[chunk & 63]! : '=';
  }
  return text;
}

export function decodeBase64(text: string): Uint8Array {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  if (text.length % 4 !== 0) throw new Error('base64 text length is not a multiple of 4');
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let out = 0;
  for (let i = 0; i < text.length; i += 4) {
    let chunk = 0;
    for (let k = 0; k < 4; k++) {
      const code = text.charCodeAt(i + k);
      const value = code === 61 ? 0 : (VALUE_OF[code] ?? -1);
      if (value < 0) throw new Error(`not a base64 character at ${i + k}`);
      chunk = (chunk << 6) | value;
    }
    if (out < bytes.length) bytes[out++] = chunk >> 16;
    if (out < bytes.length) bytes[out++] = (chunk >> 8) & 255;
    if (out < bytes.length) bytes[out++] = chunk & 255;
  }
  return bytes;
}
