import { SerializedAttributionFieldsSchema, type SerializedAttributionFields } from '../model/attribution-node';

/** Fields shared by every node that carries them: read-only. */
type ParsedFields = Readonly<{ kind: SerializedAttributionFields['kind']; sourceIds: readonly string[] }>;

export type AttributionFieldsResult = { success: true; data: ParsedFields } | { success: false; problem: string };

/**
 * An attribution node's fields, checked by SerializedAttributionFieldsSchema.
 * A check reads hundreds of attribution nodes that carry the same few
 * combinations of type, version, kind and source ids: each combination is
 * parsed once and remembered, looked up value by value so that a lookup
 * builds nothing.
 */
export function parseAttributionFields(node: Record<string, unknown>): AttributionFieldsResult {
  const known = combinationOf(node, false)?.parsed;
  if (known) return known;
  const fields = SerializedAttributionFieldsSchema.safeParse(node);
  if (!fields.success) return { success: false, problem: fields.error.issues[0]?.message ?? 'invalid' };
  if (rememberedCount >= MAX_COMBINATIONS) {
    remembered = { next: new Map() };
    rememberedCount = 0;
  }
  const combination = combinationOf(node, true);
  const parsed = { success: true as const, data: Object.freeze({ kind: fields.data.kind, sourceIds: Object.freeze([...fields.data.sourceIds]) }) };
  if (combination) {
    combination.parsed = parsed;
    rememberedCount += 1;
  }
  return parsed;
}

interface Combination {
  next: Map<string | number, Combination>;
  /** Shared by every node that carries the combination: frozen. */
  parsed?: { success: true; data: ParsedFields };
}

let remembered: Combination = { next: new Map() };
let rememberedCount = 0;
/** Combinations come from one newsroom's sources; past this many the memo starts over. */
const MAX_COMBINATIONS = 1000;

/**
 * The entry for the values the schema reads (type, version, kind, the
 * number of ids, each id), when all are strings or numbers; with `create`,
 * made where missing.
 */
function combinationOf({ type, version, kind, sourceIds }: Record<string, unknown>, create: boolean): Combination | undefined {
  if (!Array.isArray(sourceIds)) return undefined;
  let at = descend(descend(descend(descend(remembered, type, create), version, create), kind, create), sourceIds.length, create);
  for (let index = 0; index < sourceIds.length && at; index += 1) at = descend(at, sourceIds[index], create);
  return at;
}

function descend(at: Combination | undefined, value: unknown, create: boolean): Combination | undefined {
  if (!at || (typeof value !== 'string' && typeof value !== 'number')) return undefined;
  let next = at.next.get(value);
  if (!next && create) {
    next = { next: new Map() };
    at.next.set(value, next);
  }
  return next;
}
