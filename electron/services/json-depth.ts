import { MAX_DOCUMENT_DEPTH } from '../../shared/model/lexical-json';

/**
 * The deepest JSON nesting accepted anywhere: a Lexical node is two levels
 * (the node and its children array), so the deepest valid document plus the
 * draft and request wrappers around it fits well within this.
 */
export const MAX_JSON_DEPTH = MAX_DOCUMENT_DEPTH * 2 + 16;

/**
 * Whether a parsed JSON value nests deeper than `limit`. Iterative on purpose:
 * the zod schemas recurse, and a hand-made file or request 5,000 levels deep
 * would otherwise overflow the stack before any validation message is produced.
 */
export function exceedsJsonDepth(value: unknown, limit: number = MAX_JSON_DEPTH): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth > limit) return true;
    const children = Array.isArray(current) ? current : Object.values(current);
    for (const child of children) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}
