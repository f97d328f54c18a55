import { blockText } from '../blocks';
import { dropLeadingText } from '../inline-edit';
import type { CleanupRule } from './cleanup-rule';

/**
 * A wire dateline opening the first paragraph: "PARIS, April 13 (Reuters) - ",
 * "WASHINGTON (AP) — ", "KYIV — ". The city is in capitals, as agencies write it.
 */
const DATELINE =
  /^((?:\p{Lu}[\p{Lu}.'’-]+)(?:\s+\p{Lu}[\p{Lu}.'’-]+){0,3}(?:,\s*\p{Lu}[\p{L}.]+(?:\s+\d{1,2})?(?:,\s*\d{4})?)?)\s*(?:\(([^()]{2,40})\))?\s*[-–—]+\s+/u;

export interface ParsedDateline {
  dateline: string;
  agency: string | undefined;
  /** Length of the prefix to take out of the paragraph, separator included. */
  length: number;
}

export function parseDateline(paragraph: string): ParsedDateline | undefined {
  const match = DATELINE.exec(paragraph);
  if (!match) return undefined;
  const city = match[1]!.split(',')[0]!.trim();
  // One capital letter or an acronym of two ("US", "EU") is a sentence, not a city.
  if (city.replace(/[^\p{Lu}]/gu, '').length < 3) return undefined;
  return { dateline: match[1]!.trim(), agency: match[2]?.trim(), length: match[0].length };
}

/**
 * Moves the dateline into meta.dateline. An agency in brackets is the wire
 * credit, so it also fills meta.credit when no other credit was found.
 */
export const datelineRule: CleanupRule = {
  id: 'dateline',
  summary: 'Wire dateline ("PARIS (Reuters) -") moved into the dateline field',
  apply(state) {
    const index = state.blocks.findIndex((block) => block.kind === 'paragraph');
    const block = state.blocks[index];
    if (!block || block.kind !== 'paragraph') return { state, removed: [] };
    const parsed = parseDateline(blockText(block));
    if (!parsed) return { state, removed: [] };
    const blocks = [...state.blocks];
    blocks[index] = { ...block, runs: dropLeadingText(block.runs, parsed.length) };
    const meta = { ...state.meta, dateline: parsed.dateline };
    if (parsed.agency && !meta.credit) {
      meta.credit = parsed.agency;
      meta.basedOnOtherOutlet = true;
    }
    const text = blockText(block).slice(0, parsed.length).trim();
    return { state: { ...state, blocks, meta }, removed: [{ ruleId: this.id, reason: 'dateline', text, origin: block.origin, movedTo: 'dateline' }] };
  },
};
