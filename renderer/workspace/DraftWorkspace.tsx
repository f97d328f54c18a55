import { useEffect, useState } from 'react';
import type { JSX, Ref } from 'react';
import type { SerializedEditorState } from 'lexical';
import type { Draft, DraftSummary } from '../../shared/model/draft';
import { api, errorMessage } from '../api';
import { checkContent } from '../editor/parseContent';
import { OpenDraft } from './OpenDraft';
import type { DraftHandle } from './OpenDraft';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; draft: Draft; content: SerializedEditorState };

type Props = {
  id: string;
  readOnly: boolean;
  autosaveDelayMs: number;
  handleRef: Ref<DraftHandle>;
  onSaved: (summary: DraftSummary) => void;
  onOpenCopy: (draft: Draft) => void;
  onTrashed: (id: string) => void;
};

/** Loads a draft and keeps it open; "Reload" fetches it again and remounts the editor. */
export function DraftWorkspace({ id, readOnly, autosaveDelayMs, handleRef, onSaved, onOpenCopy, onTrashed }: Props): JSX.Element {
  const [loads, setLoads] = useState(0);
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    api['drafts.open']({ id }).then(
      (draft) => {
        if (!live) return;
        const checked = checkContent(draft.content);
        setLoaded(
          checked.ok
            ? { kind: 'ready', draft, content: checked.state }
            : { kind: 'error', message: `This draft’s text cannot be shown: ${checked.message}` },
        );
      },
      (error: unknown) => live && setLoaded({ kind: 'error', message: `The draft could not be opened: ${errorMessage(error)}` }),
    );
    return () => {
      live = false;
    };
  }, [id, loads]);

  if (loaded.kind !== 'ready') {
    return (
      <main className="workspace workspace-empty" aria-label="Draft">
        {loaded.kind === 'loading' ? (
          <p role="status">Opening…</p>
        ) : (
          <p className="banner banner-error" role="alert">
            {loaded.message}
          </p>
        )}
      </main>
    );
  }

  return (
    <OpenDraft
      key={`${loaded.draft.id}:${loaded.draft.revision}:${loads}`}
      draft={loaded.draft}
      content={loaded.content}
      readOnly={readOnly}
      autosaveDelayMs={autosaveDelayMs}
      handleRef={handleRef}
      onSaved={onSaved}
      onReload={() => {
        setLoaded({ kind: 'loading' });
        setLoads((count) => count + 1);
      }}
      onOpenCopy={onOpenCopy}
      onTrashed={onTrashed}
    />
  );
}
