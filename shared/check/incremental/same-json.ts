/**
 * Whether two values read the same as JSON: what JSON.stringify would write
 * for them is equal, key order aside. It compares in place, where comparing
 * the two JSON strings would write both out; anything that is not plain
 * JSON data (a Date, a class instance, NaN) counts as different, so a caller
 * using it to reuse work only redoes it.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return typeof a !== 'number' || Number.isFinite(a);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let index = 0; index < a.length; index += 1) if (!sameJson(a[index], b[index])) return false;
    return true;
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  // JSON leaves out keys whose value is undefined.
  let keys = 0;
  for (const key in a) {
    if (!Object.hasOwn(a, key) || a[key] === undefined) continue;
    if (!Object.hasOwn(b, key) || !sameJson(a[key], b[key])) return false;
    keys += 1;
  }
  for (const key in b) if (Object.hasOwn(b, key) && b[key] !== undefined) keys -= 1;
  return keys === 0;
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
