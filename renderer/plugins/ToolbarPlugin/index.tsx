import { useEffect, useRef, useState } from 'react';
import type { JSX, KeyboardEvent, ReactNode } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import type { TextFormatType } from 'lexical';
import {
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  SELECTION_CHANGE_COMMAND,
  UNDO_COMMAND,
} from 'lexical';
import { OPEN_LINK_EDITOR_COMMAND } from '../LinkPlugin/commands';
import { OPEN_ATTRIBUTE_DIALOG_COMMAND } from '../AttributionPlugin/commands';
import { toggleBlockType } from './blocks';
import { Icon } from './icons';
import { $readToolbarState, EMPTY_TOOLBAR_STATE, sameToolbarState } from './state';
import type { BlockType, ToolbarState } from './state';

const IS_APPLE = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = IS_APPLE ? '⌘' : 'Ctrl+';

type ButtonProps = {
  label: string;
  /** The toolbar's one Tab stop (roving tabindex); arrow keys move between buttons. */
  tabStop: boolean;
  onFocus: (label: string) => void;
  shortcut?: string;
  pressed?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
};

function ToolButton({ label, tabStop, onFocus, shortcut, pressed, disabled, onClick, children }: ButtonProps): JSX.Element {
  return (
    <button
      type="button"
      className="tool"
      tabIndex={tabStop ? 0 : -1}
      onFocus={() => onFocus(label)}
      aria-label={label}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut?.replace('⌘', 'Meta+').replace('Ctrl+', 'Control+')}
      title={shortcut ? `${label} (${shortcut})` : label}
      disabled={disabled}
      // Keep the editor's selection: a toolbar click must not move focus first.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

const FORMATS: ReadonlyArray<{ format: TextFormatType; key: Exclude<keyof ToolbarState, 'blockType'>; label: string; glyph: string; shortcut?: string }> = [
  { format: 'bold', key: 'bold', label: 'Bold', glyph: 'B', shortcut: `${MOD}B` },
  { format: 'italic', key: 'italic', label: 'Italic', glyph: 'I', shortcut: `${MOD}I` },
  { format: 'underline', key: 'underline', label: 'Underline', glyph: 'U', shortcut: `${MOD}U` },
  { format: 'strikethrough', key: 'strikethrough', label: 'Strikethrough', glyph: 'S' },
];

const BLOCKS: ReadonlyArray<{ type: BlockType; label: string; content: ReactNode }> = [
  { type: 'h2', label: 'H2 heading', content: <span className="glyph">H2</span> },
  { type: 'h3', label: 'H3 subheading', content: <span className="glyph">H3</span> },
  { type: 'quote', label: 'Block quote', content: <Icon name="quote" /> },
  { type: 'bullet', label: 'Bulleted list', content: <Icon name="bullet" /> },
  { type: 'number', label: 'Numbered list', content: <Icon name="number" /> },
];

/** The formatting toolbar: real buttons, pressed state mirrored from the selection. */
export function ToolbarPlugin(): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState<ToolbarState>(EMPTY_TOOLBAR_STATE);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [editable, setEditable] = useState(() => editor.isEditable());
  const [focused, setFocused] = useState('Undo');
  const toolbar = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // Every keystroke is an update; most leave the pressed buttons as they were.
    const show = (next: ToolbarState) => setState((current) => (sameToolbarState(current, next) ? current : next));
    return mergeRegister(
      editor.registerUpdateListener(({ editorState }) => show(editorState.read($readToolbarState))),
      editor.registerCommand(
        SELECTION_CHANGE_COMMAND,
        () => {
          show($readToolbarState());
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(CAN_UNDO_COMMAND, (value) => (setCanUndo(value), false), COMMAND_PRIORITY_LOW),
      editor.registerCommand(CAN_REDO_COMMAND, (value) => (setCanRedo(value), false), COMMAND_PRIORITY_LOW),
      editor.registerEditableListener(setEditable),
    );
  }, [editor]);

  const enabled = (label: string) => editable && !(label === 'Undo' && !canUndo) && !(label === 'Redo' && !canRedo);
  const labels = ['Undo', 'Redo', ...BLOCKS.map((block) => block.label), ...FORMATS.map((item) => item.label), 'Link', 'Attribute to a source'];
  const tabStop = enabled(focused) ? focused : labels.find(enabled);
  const rove = { onFocus: setFocused };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = Array.from(toolbar.current?.querySelectorAll<HTMLButtonElement>('button.tool:not(:disabled)') ?? []);
    const index = buttons.findIndex((button) => button === document.activeElement);
    if (index < 0) return;
    const target =
      event.key === 'ArrowRight' ? buttons[(index + 1) % buttons.length]
      : event.key === 'ArrowLeft' ? buttons[(index - 1 + buttons.length) % buttons.length]
      : event.key === 'Home' ? buttons[0]
      : event.key === 'End' ? buttons[buttons.length - 1]
      : undefined;
    if (!target) return;
    event.preventDefault();
    target.focus();
  };

  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting" aria-disabled={!editable} ref={toolbar} onKeyDown={onKeyDown}>
      <div className="tool-group">
        <ToolButton {...rove} tabStop={tabStop === 'Undo'} label="Undo" shortcut={`${MOD}Z`} disabled={!editable || !canUndo} onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}>
          <Icon name="undo" />
        </ToolButton>
        <ToolButton {...rove} tabStop={tabStop === 'Redo'} label="Redo" shortcut={`${MOD}Shift+Z`} disabled={!editable || !canRedo} onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}>
          <Icon name="redo" />
        </ToolButton>
      </div>
      <div className="tool-group">
        {BLOCKS.map((block) => (
          <ToolButton
            {...rove}
            key={block.type}
            tabStop={tabStop === block.label}
            label={block.label}
            pressed={state.blockType === block.type}
            disabled={!editable}
            onClick={() => toggleBlockType(editor, state.blockType, block.type)}
          >
            {block.content}
          </ToolButton>
        ))}
      </div>
      <div className="tool-group">
        {FORMATS.map((item) => (
          <ToolButton
            {...rove}
            key={item.format}
            tabStop={tabStop === item.label}
            label={item.label}
            shortcut={item.shortcut}
            pressed={state[item.key]}
            disabled={!editable}
            onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, item.format)}
          >
            <span className={`glyph glyph-${item.format}`}>{item.glyph}</span>
          </ToolButton>
        ))}
        <ToolButton
          {...rove}
          tabStop={tabStop === 'Link'}
          label="Link"
          shortcut={`${MOD}K`}
          pressed={state.link}
          disabled={!editable}
          onClick={() => editor.dispatchCommand(OPEN_LINK_EDITOR_COMMAND, undefined)}
        >
          <Icon name="link" />
        </ToolButton>
        <ToolButton
          {...rove}
          tabStop={tabStop === 'Attribute to a source'}
          label="Attribute to a source"
          shortcut={`${MOD}Shift+A`}
          disabled={!editable}
          onClick={() => editor.dispatchCommand(OPEN_ATTRIBUTE_DIALOG_COMMAND, undefined)}
        >
          <span className="glyph glyph-attribute" aria-hidden="true">
            Attribute
          </span>
        </ToolButton>
      </div>
    </div>
  );
}
