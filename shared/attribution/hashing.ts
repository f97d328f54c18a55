/**
 * Feature hashing: every feature is a (template, value) pair folded into a
 * 32-bit integer, so the model needs no vocabulary and stays small.
 */

/** FNV-1a over UTF-16 code units: fast, stable across hosts, good enough spread for words. */
export function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Combines a template id with one or more hashed values (murmur3's finaliser for mixing). */
export function combine(template: number, a: number, b = 0): number {
  let h = Math.imul(template + 0x9e3779b1, 0x85ebca6b) ^ a;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}
