/**
 * Attributions in the editor: attribute the selection (toolbar, context menu,
 * Ctrl/Cmd+Shift+A), a hover card on attributed passages, and the passage
 * index the Sources panel reads. Every change is one editor update, so undo
 * and redo cover it.
 */
import { useEffect, useRef, useState } from 'react';
import type { JSX } from 'react';
import { createPortal } from 'react-dom';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import type { BaseSelection, NodeKey } from 'lexical';
import {
  $getNearestNodeFromDOMNode,
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_HIGH,
  KEY_DOWN_COMMAND,
} from 'lexical';
import { $isAttributionNode, AttributionNode } from '../../nodes/AttributionNode';
import type { SourcesStore } from '../../sources/sourcesStore';
import { useSourcesState } from '../../sources/useSourcesState';
import { $allAttributions, $attributeSelection, $dropUnknownSources, $mergeWithEqualNeighbours, $unwrapAttribution } from './attributionEdits';
import type { AttributionValue } from './attributionEdits';
import { ATTRIBUTE_SELECTION_COMMAND, OPEN_ATTRIBUTE_DIALOG_COMMAND } from './commands';
import { AttributePopover } from './AttributePopover';
import { HoverCard } from './HoverCard';
import { nextTo } from './floatingPosition';
import { registerInternalClipboard } from './internalClipboard';
import type { FloatingPosition } from './floatingPosition';

type Position = FloatingPosition;
type Popover =
  | { target: 'selection'; selection: BaseSelection; position: Position; initial: AttributionValue }
  | { target: 'passage'; key: NodeKey; position: Position; initial: AttributionValue };
type Hover = { key: NodeKey; value: AttributionValue; position: Position };

const EMPTY_VALUE: AttributionValue = { sourceIds: [], kind: 'claim' };


function selectionRect(): DOMRect | null {
  const domSelection = window.getSelection();
  if (!domSelection || domSelection.rangeCount === 0) return null;
  const range = domSelection.getRangeAt(0);
  // A selection made by script (or by keyboard past the fold) may be out of view: bring it in before anchoring.
  const start = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
  start?.scrollIntoView({ block: 'nearest' });
  const rect = range.getBoundingClientRect();
  return rect.width === 0 && rect.height === 0 ? null : rect;
}

export function AttributionPlugin({ store }: { store: SourcesStore }): JSX.Element | null {
  const [editor] = useLexicalComposerContext();
  const { sources } = useSourcesState(store);
  const [popover, setPopover] = useState<Popover | null>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  const [menu, setMenu] = useState<Position | null>(null);
  const hideTimer = useRef<number | undefined>(undefined);

  useEffect(() => {
    store.attachEditor(editor);
    const publish = () =>
      store.setPassages(
        editor.getEditorState().read(() =>
          $allAttributions().map((node) => ({ key: node.getKey(), sourceIds: node.getSourceIds(), kind: node.getKind(), text: node.getTextContent() })),
        ),
      );
    publish();
    return mergeRegister(
      () => store.attachEditor(null),
      registerInternalClipboard(editor),
      // Pasted or dropped attributions may name sources of another draft: those ids never survive here.
      editor.registerNodeTransform(AttributionNode, (node) => {
        $dropUnknownSources(node, store.knownIds());
        if (node.isAttached()) $mergeWithEqualNeighbours(node);
      }),
      editor.registerMutationListener(AttributionNode, publish, { skipInitialization: true }),
      editor.registerCommand(
        ATTRIBUTE_SELECTION_COMMAND,
        (value) => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return false;
          return $attributeSelection(selection, value).length > 0;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(
        OPEN_ATTRIBUTE_DIALOG_COMMAND,
        (payload) => {
          if (!editor.isEditable()) return false;
          if (payload?.key) {
            const node = $getNodeByKey(payload.key);
            const element = editor.getElementByKey(payload.key);
            if (!$isAttributionNode(node) || !element) return false;
            const initial = { sourceIds: node.getSourceIds(), kind: node.getKind() };
            setPopover({ target: 'passage', key: payload.key, position: nextTo(element.getBoundingClientRect()), initial });
            return true;
          }
          const selection = $getSelection();
          const rect = selectionRect();
          if (!$isRangeSelection(selection) || selection.isCollapsed() || !rect) return false;
          // Re-attributing inside a passage starts from that passage's sources and kind.
          const around = selection.getNodes().map((node) => node.getParent()).find($isAttributionNode);
          const initial = around ? { sourceIds: around.getSourceIds(), kind: around.getKind() } : EMPTY_VALUE;
          setPopover({ target: 'selection', selection: selection.clone(), position: nextTo(rect), initial });
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (!(event.ctrlKey || event.metaKey) || !event.shiftKey || event.altKey || event.key.toLowerCase() !== 'a') return false;
          event.preventDefault();
          return editor.dispatchCommand(OPEN_ATTRIBUTE_DIALOG_COMMAND, undefined);
        },
        COMMAND_PRIORITY_HIGH,
      ),
    );
  }, [editor, store]);

  // Hover card and context menu listen on the editable root, which Lexical may replace.
  useEffect(
    () =>
      editor.registerRootListener((root) => {
        const onOver = (event: PointerEvent) => {
          const element = (event.target as Element | null)?.closest?.('.doc-attribution');
          if (!element) return;
          window.clearTimeout(hideTimer.current);
          // editor.read, not editorState.read: finding a node from the DOM needs the active editor.
          editor.read(() => {
            const node = $getNearestNodeFromDOMNode(element);
            const passage = $isAttributionNode(node) ? node : node?.getParents().find($isAttributionNode);
            if (!passage) return;
            const value = { sourceIds: passage.getSourceIds(), kind: passage.getKind() };
            setHover({ key: passage.getKey(), value, position: nextTo(element.getBoundingClientRect()) });
          });
        };
        const onOut = (event: PointerEvent) => {
          if ((event.target as Element | null)?.closest?.('.doc-attribution')) {
            hideTimer.current = window.setTimeout(() => setHover(null), 250);
          }
        };
        const onContextMenu = (event: MouseEvent) => {
          const hasText = editor.read(() => {
            const selection = $getSelection();
            return $isRangeSelection(selection) && !selection.isCollapsed();
          });
          if (!hasText || !editor.isEditable()) return;
          event.preventDefault();
          setMenu({ top: event.clientY, left: event.clientX });
        };
        root?.addEventListener('pointerover', onOver);
        root?.addEventListener('pointerout', onOut);
        root?.addEventListener('contextmenu', onContextMenu);
        return () => {
          root?.removeEventListener('pointerover', onOver);
          root?.removeEventListener('pointerout', onOut);
          root?.removeEventListener('contextmenu', onContextMenu);
        };
      }),
    [editor],
  );

  const closePopover = () => {
    setPopover(null);
    editor.focus();
  };

  const apply = (value: AttributionValue) => {
    const target = popover;
    setPopover(null);
    if (!target) return;
    editor.update(() => {
      if (target.target === 'passage') {
        const node = $getNodeByKey(target.key);
        if ($isAttributionNode(node)) $mergeWithEqualNeighbours(node.setSourceIds(value.sourceIds).setKind(value.kind));
        return;
      }
      $setSelection(target.selection.clone());
      const selection = $getSelection();
      if ($isRangeSelection(selection)) $attributeSelection(selection, value);
    });
    editor.focus();
  };

  const hoverSources = hover ? hover.value.sourceIds.map((id) => store.sourceById(id)).filter((source) => source !== undefined) : [];

  return createPortal(
    <>
      {menu && (
        <div className="editor-context-menu" role="menu" style={{ top: menu.top, left: menu.left }} onPointerLeave={() => setMenu(null)}>
          <button
            type="button"
            role="menuitem"
            autoFocus
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              setMenu(null);
              editor.dispatchCommand(OPEN_ATTRIBUTE_DIALOG_COMMAND, undefined);
            }}
            onKeyDown={(event) => event.key === 'Escape' && setMenu(null)}
          >
            Attribute selection… <kbd>Ctrl+Shift+A</kbd>
          </button>
        </div>
      )}
      {hover && !popover && hoverSources.length > 0 && (
        <HoverCard
          sources={hoverSources}
          kind={hover.value.kind}
          position={hover.position}
          editable={editor.isEditable()}
          onPointerEnter={() => window.clearTimeout(hideTimer.current)}
          onPointerLeave={() => setHover(null)}
          onChange={() => {
            setHover(null);
            editor.dispatchCommand(OPEN_ATTRIBUTE_DIALOG_COMMAND, { key: hover.key });
          }}
          onRemove={() => {
            setHover(null);
            editor.update(() => {
              const node = $getNodeByKey(hover.key);
              if ($isAttributionNode(node)) $unwrapAttribution(node);
            });
          }}
        />
      )}
      {popover && (
        <AttributePopover
          key={popover.target === 'passage' ? popover.key : 'selection'}
          sources={sources}
          initial={popover.initial}
          position={popover.position}
          title={popover.target === 'passage' ? 'Change attribution' : 'Attribute selection'}
          onApply={apply}
          onCancel={closePopover}
        />
      )}
    </>,
    document.body,
  );
}
