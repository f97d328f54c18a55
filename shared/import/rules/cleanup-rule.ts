import { blockText, type ImportBlock } from '../blocks';
import type { CleanupState } from '../cleanup-state';
import type { RemovedByRule } from '../removed-line';

export interface CleanupOutcome {
  state: CleanupState;
  removed: RemovedByRule[];
}

/** One clean-up step an editor would otherwise do by hand. Pure: it returns a new state and what it took out. */
export interface CleanupRule {
  id: string;
  /** One line for the UI's "what the import did" list. */
  summary: string;
  apply(state: CleanupState): CleanupOutcome;
}

/** Removes every block the predicate selects and reports each with the same reason. */
export function removeBlocksWhere(
  state: CleanupState,
  rule: Pick<CleanupRule, 'id'>,
  reason: string,
  shouldRemove: (block: ImportBlock, index: number, blocks: readonly ImportBlock[]) => boolean,
): CleanupOutcome {
  const removed: RemovedByRule[] = [];
  const kept: ImportBlock[] = [];
  state.blocks.forEach((block, index, blocks) => {
    if (shouldRemove(block, index, blocks)) {
      removed.push({ ruleId: rule.id, reason, text: blockText(block), origin: block.origin });
    } else {
      kept.push(block);
    }
  });
  return { state: { ...state, blocks: kept }, removed };
}

/** True for a short, single-line block: chrome is never a long paragraph. */
export function isShortLine(block: ImportBlock, maxLength = 120): boolean {
  if (block.kind === 'list') return false;
  const text = blockText(block).trim();
  return text.length > 0 && text.length <= maxLength && !text.includes('\n');
}
