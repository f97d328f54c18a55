import fc from 'fast-check';

/**
 * Strings aimed at the file system: every id of the API becomes a file name,
 * so each of these must be refused as invalid before any path is built.
 */
export const TRAVERSAL_IDS = [
  '../sentinel/secret',
  '../../etc/passwd',
  '..',
  '.',
  '..\\..\\windows\\win.ini',
  '/etc/passwd',
  '/tmp/copydesk-evil',
  'C:\\Windows\\win.ini',
  '\\\\server\\share\\x',
  'a/../../b',
  'draft\u0000.json',
  '\u0000',
  'abc\u0000../../x',
  '%2e%2e%2f%2e%2e%2fetc',
  '..%2F..%2Fetc',
  '%2e%2e',
  '%00',
  '..%c0%af..%c0%af',
  '\u2025/\u2025/x',
  '\uff0e\uff0e\uff0fx',
  'CON',
  'NUL',
  'COM1',
  'LPT1',
  'PRN',
  'AUX',
  'con.json',
  'nul.txt',
  'CONIN$',
  'a'.repeat(65),
  'x'.repeat(100_000),
  '',
  ' ',
  'Draft',
  'draft.json',
  '-leading-dash',
  'file:///etc/passwd',
  '__proto__',
];

/**
 * Windows device names in the id alphabet (lowercase letters and digits). NTFS
 * is case-insensitive, so `con.json` is the console device on Windows 10 and
 * earlier (and `nul.json`, `com1.json`... likewise); they must never become file names.
 */
export const DEVICE_NAME_IDS = ['con', 'prn', 'aux', 'nul', 'com1', 'com9', 'lpt1', 'lpt9', 'conin', 'conout'];

/** JSON texts whose parse result carries own __proto__ / constructor.prototype keys. */
export const POLLUTION_JSON = [
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"__proto__":{"__proto__":{"polluted":"yes"}}}',
  '{"prototype":{"polluted":"yes"}}',
];

export function pollutionValue(index: number): unknown {
  return JSON.parse(POLLUTION_JSON[index % POLLUTION_JSON.length]!);
}

/** Values of every JSON type and a few that only survive in-process (IPC): wrong types in every field. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TRAVERSAL_IDS) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, 0, -1, 1.5, Number.MAX_SAFE_INTEGER, -0, 1e308, '', [], {}) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 3 }).map((i) => pollutionValue(i)) },
  { weight: 1, arbitrary: fc.constantFrom('<script>alert(1)</script>', 'javascript:alert(1)', '${7*7}', '{{7*7}}', "'; DROP TABLE drafts; --") },
  { weight: 1, arbitrary: fc.integer({ min: 10, max: 18 }).map((bits) => 'A'.repeat(2 ** bits)) },
  { weight: 1, arbitrary: fc.integer({ min: 10, max: 200 }).map((depth) => nestedObject(depth)) },
);

export function nestedObject(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let index = 0; index < depth; index += 1) value = index % 2 ? { a: value } : [value];
  return value;
}

/** Sets `value` at a random path inside `base` (which is cloned), creating objects on the way. */
export function mutateAt(base: unknown, pathKeys: string[], value: unknown): unknown {
  if (pathKeys.length === 0) return value;
  const clone: Record<string, unknown> =
    typeof base === 'object' && base !== null && !Array.isArray(base) ? { ...(base as Record<string, unknown>) } : {};
  const [head, ...rest] = pathKeys as [string, ...string[]];
  // defineProperty, not assignment, so "__proto__" becomes an own key as JSON.parse would make it.
  Object.defineProperty(clone, head, { value: mutateAt(clone[head], rest, value), enumerable: true, writable: true, configurable: true });
  return clone;
}

/** The paths of every field (at any depth) of a valid payload, for mutation. */
export function fieldPaths(value: unknown, prefix: string[] = [], out: string[][] = []): string[][] {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      out.push([...prefix, key]);
      if (prefix.length < 3) fieldPaths(child, [...prefix, key], out);
    }
  }
  return out;
}

/** A payload for `channel`: a valid one with one field replaced, a key added, or something else entirely. */
export function hostilePayload(valid: unknown): fc.Arbitrary<unknown> {
  const paths = fieldPaths(valid);
  const idPaths = paths.filter((p) => /(^|\.)(id|snapshotId|draftId)$/.test(p.join('.')) || p.at(-1) === 'id');
  const options: Array<fc.WeightedArbitrary<unknown>> = [
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...(paths.length ? paths : [['x']])), hostileValue).map(([p, v]) => mutateAt(valid, p, v)) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...(paths.length ? paths : [['x']]), [] as string[]), fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.integer({ min: 0, max: 3 }))
        .map(([p, key, i]) => mutateAt(valid, [...p.slice(0, -1), key], pollutionValue(i))),
    },
    { weight: 2, arbitrary: hostileValue },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) },
  ];
  if (idPaths.length > 0) {
    options.push({ weight: 4, arbitrary: fc.tuple(fc.constantFrom(...idPaths), fc.constantFrom(...TRAVERSAL_IDS)).map(([p, v]) => mutateAt(valid, p, v)) });
  }
  return fc.oneof(...options);
}
