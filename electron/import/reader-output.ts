import type { ImportBlock } from '../../shared/import/blocks';
import type { ImportHints } from '../../shared/import/cleanup-state';

/** What every reader hands to the shared import: blocks, what it knew about the document, and notes for the editor. */
export interface ReaderOutput {
  blocks: ImportBlock[];
  hints: ImportHints;
  warnings: string[];
}
