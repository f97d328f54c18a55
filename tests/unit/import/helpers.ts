import { blockText, type ImportBlock, type InlineFormat } from '../../../shared/import/blocks';
import type { CleanupState, ImportHints } from '../../../shared/import/cleanup-state';
import { parsePlainText } from '../../../shared/import/parse/plain-text';

/** A body paragraph long enough to count as article text. */
export const BODY =
  'The finance minister said on Tuesday that the budget would be presented to parliament next week, after talks with the unions ended without agreement.';
export const BODY_2 =
  'Opposition parties have called for a vote of no confidence, arguing that the government has no mandate for the spending cuts it proposes.';

/** A clean-up state from plain text, one block per line or paragraph, as the text reader makes it. */
export function stateOf(text: string, hints: ImportHints = {}): CleanupState {
  return { blocks: parsePlainText(text), meta: {}, hints };
}

export function lines(...parts: string[]): string {
  return parts.join('\n\n');
}

export function texts(state: CleanupState): string[] {
  return state.blocks.map(blockText);
}

export function paragraphWith(text: string, formats: InlineFormat[], origin = 0): ImportBlock {
  return { kind: 'paragraph', runs: [{ kind: 'text', text, formats }], origin };
}
