import { useCallback, useEffect, useRef, useState } from 'react';
import type { JSX } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LinkPlugin as LexicalLinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { $createLinkNode, $toggleLink } from '@lexical/link';
import { mergeRegister } from '@lexical/utils';
import type { BaseSelection } from 'lexical';
import {
  $createRangeSelectionFromDom,
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_LOW,
  COMMAND_PRIORITY_NORMAL,
  getDOMSelection,
  KEY_MODIFIER_COMMAND,
} from 'lexical';
import { isAllowedUrl, normalizeLinkInput } from '../../editor/urls';
import { OPEN_LINK_EDITOR_COMMAND } from './commands';
import { LinkBar } from './LinkBar';
import { $getSelectedLink } from './selection';

type BarState = { url: string; error: string | null; editing: boolean };

/** Links: http, https and mailto only. Ctrl/Cmd+K or the toolbar opens the link bar. */
export function LinkPlugin(): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const [bar, setBar] = useState<BarState | null>(null);
  const savedSelection = useRef<BaseSelection | null>(null);

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          OPEN_LINK_EDITOR_COMMAND,
          () => {
            if (!editor.isEditable()) return false;
            // A shortcut can arrive before the browser's last selectionchange reached
            // Lexical: when focus is in the editor, the DOM selection is the truth.
            const root = editor.getRootElement();
            const fromDom =
              root !== null && root.contains(document.activeElement)
                ? $createRangeSelectionFromDom(getDOMSelection(window), editor)
                : null;
            const selection = fromDom ?? $getSelection();
            savedSelection.current = selection ? selection.clone() : null;
            const link = $getSelectedLink(selection);
            setBar({ url: link ? link.getURL() : '', error: null, editing: link !== null });
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          KEY_MODIFIER_COMMAND,
          (event) => {
            const mod = event.ctrlKey || event.metaKey;
            if (!mod || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'k') return false;
            event.preventDefault();
            return editor.dispatchCommand(OPEN_LINK_EDITOR_COMMAND, undefined);
          },
          COMMAND_PRIORITY_NORMAL,
        ),
      ),
    [editor],
  );

  const close = useCallback(() => {
    setBar(null);
    editor.focus();
  }, [editor]);

  const apply = useCallback(() => {
    if (!bar) return;
    const checked = normalizeLinkInput(bar.url);
    if (!checked.ok) {
      setBar({ ...bar, error: checked.message });
      return;
    }
    editor.update(() => {
      const saved = savedSelection.current;
      if (saved) $setSelection(saved.clone());
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      if (selection.isCollapsed() && $getSelectedLink() === null) {
        const link = $createLinkNode(checked.url);
        link.append($createTextNode(checked.url.replace(/^mailto:/, '')));
        selection.insertNodes([link]);
      } else {
        $toggleLink(checked.url);
      }
    });
    close();
  }, [bar, close, editor]);

  const remove = useCallback(() => {
    editor.update(() => {
      const saved = savedSelection.current;
      if (saved) $setSelection(saved.clone());
      $toggleLink(null);
    });
    close();
  }, [close, editor]);

  return (
    <>
      <LexicalLinkPlugin validateUrl={isAllowedUrl} />
      {bar && (
        <LinkBar
          url={bar.url}
          error={bar.error}
          editing={bar.editing}
          onUrlChange={(url) => setBar({ ...bar, url, error: null })}
          onApply={apply}
          onRemove={remove}
          onClose={close}
        />
      )}
    </>
  );
}
