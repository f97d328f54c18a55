import type { LexicalCommand, NodeKey } from 'lexical';
import { createCommand } from 'lexical';
import type { AttributionValue } from './attributionEdits';

/** Opens the attribute popover for the selection, or for an existing passage when `key` is given. */
export const OPEN_ATTRIBUTE_DIALOG_COMMAND: LexicalCommand<{ key?: NodeKey } | undefined> = createCommand('OPEN_ATTRIBUTE_DIALOG_COMMAND');

/** Attributes the current selection; the payload names the sources and the kind. */
export const ATTRIBUTE_SELECTION_COMMAND: LexicalCommand<AttributionValue> = createCommand('ATTRIBUTE_SELECTION_COMMAND');
