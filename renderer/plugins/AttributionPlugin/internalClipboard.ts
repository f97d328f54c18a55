/**
 * Copy and paste inside the editor keep attributions. The paste sanitizer
 * (PastePlugin) strips every data- attribute from pasted HTML and never
 * trusts Lexical's clipboard format, since any page can put either there; so
 * this accepts Lexical's format only when it is exactly what this editor
 * itself copied or cut, byte for byte. Ids in it still pass the attribution
 * transform, which drops any that name no source of this draft.
 */
import { $getLexicalContent, $insertDataTransferForRichText } from '@lexical/clipboard';
import { mergeRegister } from '@lexical/utils';
import type { LexicalEditor } from 'lexical';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_CRITICAL, PASTE_COMMAND } from 'lexical';

const LEXICAL_MIME = 'application/x-lexical-editor';

export function registerInternalClipboard(editor: LexicalEditor): () => void {
  let lastCopied: string | null = null;
  // Read before Lexical's own handler runs; the selection is the one being copied.
  const remember = () => {
    lastCopied = editor.read(() => $getLexicalContent(editor));
  };
  return mergeRegister(
    editor.registerRootListener((root) => {
      root?.addEventListener('copy', remember, { capture: true });
      root?.addEventListener('cut', remember, { capture: true });
      return () => {
        root?.removeEventListener('copy', remember, { capture: true });
        root?.removeEventListener('cut', remember, { capture: true });
      };
    }),
    editor.registerCommand(
      PASTE_COMMAND,
      (event) => {
        const transfer = 'clipboardData' in event ? event.clipboardData : null;
        const payload = transfer?.getData(LEXICAL_MIME) ?? '';
        if (!transfer || lastCopied === null || payload !== lastCopied) return false;
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return false;
        event.preventDefault();
        $insertDataTransferForRichText(transfer, selection, editor);
        return true;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
  );
}
