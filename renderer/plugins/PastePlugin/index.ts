import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $generateNodesFromDOM } from '@lexical/html';
import { $insertGeneratedNodes } from '@lexical/clipboard';
import { mergeRegister } from '@lexical/utils';
import type { LexicalEditor } from 'lexical';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  PASTE_COMMAND,
} from 'lexical';
import { sanitizePastedHtml } from './sanitize';

function transferOf(event: ClipboardEvent | InputEvent | KeyboardEvent): DataTransfer | null {
  if ('clipboardData' in event) return event.clipboardData;
  if ('dataTransfer' in event) return event.dataTransfer;
  return null;
}

/**
 * Inserts a clipboard or drop payload: HTML goes through the sanitizer and
 * Lexical's DOM import; anything else is inserted as plain text. Lexical's own
 * clipboard format is never trusted as is, since any page can put it there.
 * Returns false when there is nothing for this plugin to do.
 */
function $insertTransfer(editor: LexicalEditor, transfer: DataTransfer): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  const html = transfer.getData('text/html');
  if (html) {
    const nodes = $generateNodesFromDOM(editor, sanitizePastedHtml(html));
    if (nodes.length > 0) {
      $insertGeneratedNodes(editor, nodes, selection);
      return true;
    }
  }
  const text = transfer.getData('text/plain');
  if (transfer.types.includes('application/x-lexical-editor') || html) {
    selection.insertRawText(text);
    return true;
  }
  return false;
}

/** Paste and drop from web pages and word processors: keep the structure, drop everything else. */
export function PastePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          PASTE_COMMAND,
          (event) => {
            const transfer = transferOf(event);
            if (transfer === null || !$insertTransfer(editor, transfer)) return false;
            event.preventDefault();
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          CONTROLLED_TEXT_INSERTION_COMMAND,
          (payload) => {
            if (typeof payload === 'string' || payload.dataTransfer === null) return false;
            return $insertTransfer(editor, payload.dataTransfer);
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor],
  );
  return null;
}
