import { useCallback, useEffect, useImperativeHandle, useState } from 'react';
import type { JSX, Ref } from 'react';
import type { Draft, DraftSummary } from '../../shared/model/draft';
import { api, errorMessage } from '../api';
import { DraftEditor } from '../editor/DraftEditor';
import type { SerializedEditorState } from 'lexical';
import { MetadataPanel } from '../meta/MetadataPanel';
import { SaveIndicator } from '../save/SaveIndicator';
import { StatusBar } from '../status/StatusBar';
import { ConflictBanner } from './ConflictBanner';
import { DetailsPanel } from './DetailsPanel';
import { useDraftSession } from './useDraftSession';
import { headlineOrUntitled } from '../library/format';
import { SourcesStore } from '../sources/sourcesStore';
import { SourcesPanel } from '../sources/SourcesPanel';
import { CheckPanel } from '../check/CheckPanel';
import { useAttachedCheckStore, useCheckStore } from '../check/useCheckStore';
import { ExportDialog } from '../export/ExportDialog';
import { CompareWithOriginal } from '../import/CompareWithOriginal';
import { useExportDialog } from '../export/useExportDialog';
import { useStatusGate } from '../workflow/useStatusGate';

export type DraftHandle = { flush: () => Promise<void> };

type Props = {
  draft: Draft;
  content: SerializedEditorState;
  readOnly: boolean;
  autosaveDelayMs: number;
  handleRef: Ref<DraftHandle>;
  onSaved: (summary: DraftSummary) => void;
  onReload: () => void;
  onOpenCopy: (draft: Draft) => void;
  onTrashed: (id: string) => void;
};

/** An open draft: metadata, body and status bar in the main column; its details in the side panel. */
export function OpenDraft(props: Props): JSX.Element {
  const { draft, content, readOnly, autosaveDelayMs, handleRef, onSaved, onReload, onOpenCopy, onTrashed } = props;
  // The sources live beside the editor; the store tells the session to save when they change.
  const [sourcesStore] = useState(() => new SourcesStore(draft.id, draft.sources));
  const checkStore = useCheckStore(draft);
  const session = useDraftSession({
    draft,
    autosaveDelayMs,
    readOnly,
    onSaved,
    readSources: sourcesStore.sources,
    readCheckOverrides: checkStore.overrides,
  });
  useAttachedCheckStore(checkStore, draft, session);
  const requestStatus = useStatusGate(checkStore, session);
  const exportDialog = useExportDialog(checkStore);
  useEffect(() => sourcesStore.setSourcesChangedListener(session.contentChanged), [sourcesStore, session.contentChanged]);
  const [words, setWords] = useState(0);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [editorError, setEditorError] = useState<string | null>(null);
  const { flush } = session;
  const conflict = session.saveState.kind === 'conflict';
  const locked = readOnly || conflict || session.saveState.kind === 'read-only';

  useImperativeHandle(handleRef, () => ({ flush }), [flush]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void flush();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [flush]);

  useEffect(() => {
    document.title = `${headlineOrUntitled(session.meta.headline)} — Copydesk`;
  }, [session.meta.headline]);

  const saveCopy = async () => {
    setBusy(true);
    setActionError(null);
    try {
      const current = session.snapshot();
      const headline = current.meta.headline.trim();
      const copy = await api['drafts.create']({
        meta: { ...current.meta, headline: headline ? `${headline} (copy)`.slice(0, 500) : '', slug: '' },
        content: current.content,
        sources: current.sources,
      });
      onOpenCopy(copy);
    } catch (error) {
      setActionError(`The copy could not be saved: ${errorMessage(error)}`);
      setBusy(false);
    }
  };

  const trash = async () => {
    setActionError(null);
    try {
      await flush();
      await api['drafts.trash']({ id: draft.id });
      onTrashed(draft.id);
    } catch (error) {
      setActionError(`The draft could not be moved to the trash: ${errorMessage(error)}`);
    }
  };

  const onEditorError = useCallback((error: Error) => setEditorError(error.message), []);

  return (
    <>
      <main className="workspace" aria-label="Draft">
        <header className="workspace-header">
          <p className="workspace-crumb">{session.meta.section.trim() || 'No section'}</p>
          <CompareWithOriginal draftId={draft.id} />
          <SaveIndicator state={session.saveState} />
        </header>
        {conflict && <ConflictBanner busy={busy} onReload={onReload} onSaveCopy={() => void saveCopy()} />}
        {(actionError ?? editorError) && (
          <p className="banner banner-error" role="alert">
            {actionError ?? editorError}
          </p>
        )}
        <div className="workspace-scroll">
          <article className="page">
            <MetadataPanel meta={session.meta} readOnly={locked} onChange={session.setMeta} />
            <DraftEditor
              content={content}
              readOnly={locked}
              editorRef={session.editorRef}
              onChange={session.contentChanged}
              onWordCount={setWords}
              onError={onEditorError}
              sourcesStore={sourcesStore}
            />
          </article>
        </div>
        <StatusBar words={words} />
      </main>
      <aside className="side-panel" aria-label="Draft details">
        <SourcesPanel store={sourcesStore} readOnly={locked} />
        <CheckPanel
          store={checkStore}
          sources={sourcesStore}
          editorRef={session.editorRef}
          readOnly={locked}
          metaKey={`${session.meta.credit}|${String(session.meta.basedOnOtherOutlet)}`}
          onSetCredit={(credit) => session.setMeta({ ...session.meta, credit })}
          onExport={exportDialog.request}
        />
        <DetailsPanel
          status={session.status}
          createdAt={draft.createdAt}
          lastSavedAt={session.lastSavedAt}
          revision={session.revision}
          readOnly={locked}
          onStatusChange={requestStatus}
          onTrash={() => void trash()}
        />
      </aside>
      {exportDialog.open && <ExportDialog draftId={draft.id} flush={flush} onClose={exportDialog.close} />}
    </>
  );
}
