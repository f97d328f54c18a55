import { blockText, type ImportBlock } from '../blocks';
import type { RemovedByRule } from '../removed-line';
import { wireAgencyPattern } from '../sources/wire-agencies';
import { tidySpaces } from '../text-compare';
import type { CleanupRule } from './cleanup-rule';
import { isShortLine } from './cleanup-rule';

const MAX_CREDIT_LINE = 200;
const CREDIT_PATTERNS: readonly RegExp[] = [
  // A colon is required: "Sources say the talks failed." is a sentence, not a credit.
  /^(?:source|sources|credit)\s*:\s*(.+?)\.?$/i,
  /^(?:via|originally published (?:by|in|at|on))\s*:?\s+(.+?)\.?$/i,
  /^(?:with )?(?:additional )?reporting (?:by|from)\s+(.+?)\.?$/i,
  new RegExp(String.raw`^[([]?\s*(?:©\s*)?(${wireAgencyPattern()})\s*[)\]]?\.?$`, 'i'),
  new RegExp(String.raw`^[-–—]\s*(${wireAgencyPattern()})\.?$`, 'i'),
];

/** The outlet or people a closing credit line names, or undefined when the line is no credit. */
export function parseCreditLine(line: string): string | undefined {
  const text = tidySpaces(line);
  if (text.length > MAX_CREDIT_LINE) return undefined;
  for (const pattern of CREDIT_PATTERNS) {
    const credited = pattern.exec(text)?.[1]?.trim();
    if (credited) return credited;
  }
  return undefined;
}

function creditOf(block: ImportBlock): string | undefined {
  return block.kind !== 'list' && isShortLine(block, MAX_CREDIT_LINE) ? parseCreditLine(blockText(block)) : undefined;
}

/**
 * "Source: Capital", "With reporting by Reuters", "(Reuters)" closing the
 * story: the story is a rewrite of another outlet's, so the credit goes to
 * meta.credit and basedOnOtherOutlet is set. Only lines at the very end are
 * taken; run after the chrome rules so a comment form below does not hide it.
 */
export const trailingCreditRule: CleanupRule = {
  id: 'trailing-credit',
  summary: 'Closing credit ("Source: X", "(Reuters)") moved into the syndication credit',
  apply(state) {
    const blocks = [...state.blocks];
    const credits: string[] = [];
    const removed: RemovedByRule[] = [];
    for (let last = blocks.at(-1); last && blocks.length > 1; last = blocks.at(-1)) {
      const credit = creditOf(last);
      if (!credit) break;
      credits.unshift(credit);
      removed.unshift({ ruleId: this.id, reason: 'syndication credit', text: blockText(last), origin: last.origin, movedTo: 'credit' });
      blocks.pop();
    }
    if (credits.length === 0) return { state, removed: [] };
    const existing = state.meta.credit ? [state.meta.credit] : [];
    const credit = [...new Set([...existing, ...credits])].join('; ');
    return { state: { ...state, blocks, meta: { ...state.meta, credit, basedOnOtherOutlet: true } }, removed };
  },
};
