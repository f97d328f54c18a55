import { useState } from 'react';
import type { JSX, RefObject } from 'react';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import type { LexicalEditor, SerializedEditorState } from 'lexical';
import { editorNodes } from './nodes';
import { editorTheme } from './theme';
import { HistoryPlugin } from '../plugins/HistoryPlugin';
import { PastePlugin } from '../plugins/PastePlugin';
import { LinkPlugin } from '../plugins/LinkPlugin';
import { ToolbarPlugin } from '../plugins/ToolbarPlugin';
import { DocumentPolicyPlugin } from '../plugins/DocumentPolicyPlugin';
import { ChangePlugin } from '../plugins/ChangePlugin';
import { EditablePlugin } from '../plugins/EditablePlugin';
import { AttributionPlugin } from '../plugins/AttributionPlugin';
import { AttributionSuggestionsPlugin } from '../plugins/AttributionSuggestionsPlugin';
import type { SourcesStore } from '../sources/sourcesStore';

type Props = {
  content: SerializedEditorState;
  readOnly: boolean;
  editorRef: RefObject<LexicalEditor | null>;
  onChange: () => void;
  onWordCount: (words: number) => void;
  onError: (error: Error) => void;
  /** The draft's sources, for attributions and suggestions; without it the editor has no attribution tools. */
  sourcesStore?: SourcesStore;
};

/** The article body: Lexical rich text with the toolbar, links, lists, safe paste and bounded undo. */
export function DraftEditor({ content, readOnly, editorRef, onChange, onWordCount, onError, sourcesStore }: Props): JSX.Element {
  // Read once on mount, as LexicalComposer does: reloading a draft remounts the editor with a new key.
  const [initialConfig] = useState(() => ({
    namespace: 'copydesk',
    nodes: [...editorNodes],
    theme: editorTheme,
    editable: !readOnly,
    editorState: JSON.stringify(content),
    onError,
  }));

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="editor-shell">
        <ToolbarPlugin />
        <LinkPlugin />
        <div className="editor-scroller">
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                className="article-body"
                aria-label="Article text"
                aria-multiline="true"
                aria-placeholder="Write the story…"
                placeholder={<div className="article-placeholder">Write the story…</div>}
                spellCheck
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
      </div>
      <HistoryPlugin />
      <ListPlugin />
      <PastePlugin />
      <DocumentPolicyPlugin />
      <ChangePlugin onChange={onChange} onWordCount={onWordCount} />
      <EditablePlugin editable={!readOnly} />
      {sourcesStore && <AttributionPlugin store={sourcesStore} />}
      {sourcesStore && !readOnly && <AttributionSuggestionsPlugin store={sourcesStore} />}
      <EditorRefPlugin editorRef={editorRef} />
    </LexicalComposer>
  );
}
