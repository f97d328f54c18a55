import type { CleanupState } from './cleanup-state';
import type { RemovedByRule, RemovedLine } from './removed-line';
import type { CleanupRule } from './rules/cleanup-rule';
import { CLEANUP_RULES } from './rules/index';

export interface CleanupResult {
  state: CleanupState;
  removed: RemovedLine[];
}

/** Where a removed line goes back: after every surviving block that came before it in the file. */
function withRestorePositions(removed: readonly RemovedByRule[], state: CleanupState): RemovedLine[] {
  const survivingOrigins = state.blocks.map((block) => block.origin);
  return removed
    .map((line) => ({ ...line, restoreAt: survivingOrigins.filter((origin) => origin < line.origin).length }))
    .sort((a, b) => a.origin - b.origin);
}

/** Runs the clean-up rules in order and collects everything they took out. */
export function runCleanup(initial: CleanupState, rules: readonly CleanupRule[] = CLEANUP_RULES): CleanupResult {
  let state = initial;
  const removed: RemovedByRule[] = [];
  for (const rule of rules) {
    const outcome = rule.apply(state);
    state = outcome.state;
    removed.push(...outcome.removed);
  }
  return { state, removed: withRestorePositions(removed, state) };
}
