import { decodeBase64, encodeBase64 } from './base64';

/**
 * How the model file stores the tagger's weights compactly: each weight as one
 * signed byte on a square-root scale (fine steps near zero, where most weights
 * are; on a train holdout this scored the same as 2,000 linear levels), and
 * the ascending bucket numbers as variable-length gaps. Half the bytes of
 * the former JSON number arrays for twice the buckets.
 */
const LEVELS = 127;

/** One weight as a byte, relative to the largest weight in its pass. */
export function quantizeWeight(value: number, largest: number): number {
  const x = largest > 0 ? value / largest : 0;
  return Math.sign(x) * Math.round(Math.sqrt(Math.min(1, Math.abs(x))) * LEVELS);
}

export function dequantizeWeight(level: number, largest: number): number {
  const x = level / LEVELS;
  return Math.sign(x) * x * x * largest;
}

export function encodeWeightLevels(levels: number[]): string {
  return encodeBase64(Uint8Array.from(levels, (level) => level & 255));
}

export function decodeWeightLevels(text: string): Int8Array {
  const bytes = decodeBase64(text);
  return new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

/** Unsigned LEB128: seven bits a byte, high bit set on all but the last byte of a number. */
export function encodeGaps(gaps: number[]): string {
  const bytes: number[] = [];
  for (let gap of gaps) {
    while (gap >= 128) {
      bytes.push((gap & 127) | 128);
      gap >>>= 7;
    }
    bytes.push(gap);
  }
  return encodeBase64(Uint8Array.from(bytes));
}

export function decodeGaps(text: string): number[] {
  const bytes = decodeBase64(text);
  const gaps: number[] = [];
  let value = 0;
  let shift = 0;
  for (const byte of bytes) {
    value |= (byte & 127) << shift;
    if (byte & 128) {
      shift += 7;
    } else {
      gaps.push(value >>> 0);
      value = 0;
      shift = 0;
    }
  }
  return gaps;
}
