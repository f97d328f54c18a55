import { createCommand } from 'lexical';
import type { LexicalCommand } from 'lexical';

/** Opens the link bar for the current selection (toolbar button, Ctrl/Cmd+K). */
export const OPEN_LINK_EDITOR_COMMAND: LexicalCommand<void> = createCommand('OPEN_LINK_EDITOR_COMMAND');
