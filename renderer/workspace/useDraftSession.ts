import { useCallback, useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { LexicalEditor } from 'lexical';
import { $getRoot } from 'lexical';
import { api, apiOnUnload } from '../api';
import type { CheckOverride, Draft, DraftMeta, DraftStatus, DraftSummary } from '../../shared/model/draft';
import type { Source } from '../../shared/model/source';
import { DraftSaver } from '../save/DraftSaver';
import type { SavePayload, SaveState } from '../save/DraftSaver';
import { countWords } from '../status/wordCount';

export type DraftSession = {
  meta: DraftMeta;
  status: DraftStatus;
  saveState: SaveState;
  revision: number;
  lastSavedAt: string;
  editorRef: RefObject<LexicalEditor | null>;
  setMeta: (meta: DraftMeta) => void;
  setStatus: (status: DraftStatus) => void;
  contentChanged: () => void;
  flush: () => Promise<void>;
  /** The draft as the editor holds it now, for "Save as copy". */
  snapshot: () => SavePayload;
};

type Options = {
  draft: Draft;
  autosaveDelayMs: number;
  readOnly: boolean;
  onSaved: (summary: DraftSummary) => void;
  /** The sources as the Sources panel holds them now; without it the draft's own list is saved. */
  readSources?: () => readonly Source[];
  /** The overrides as the Check panel holds them now; without it the draft's own list is saved. */
  readCheckOverrides?: () => CheckOverride[];
};

/** One open draft: its editable state, autosave, and the saves on hide and unload. */
export function useDraftSession({ draft, autosaveDelayMs, readOnly, onSaved, readSources, readCheckOverrides }: Options): DraftSession {
  const [meta, setMetaState] = useState(draft.meta);
  const [status, setStatusState] = useState(draft.status);
  const [saveState, setSaveState] = useState<SaveState>(readOnly ? { kind: 'read-only' } : { kind: 'saved' });
  const [saved, setSaved] = useState({ revision: draft.revision, at: draft.updatedAt });
  const editorRef = useRef<LexicalEditor | null>(null);
  const latest = useRef({ meta: draft.meta, status: draft.status });
  const saverRef = useRef<DraftSaver | null>(null);
  // Survives the saver being rebuilt (e.g. a new autosave delay) so the next save names the right base.
  const revisionRef = useRef(draft.revision);
  const onSavedRef = useRef(onSaved);
  useEffect(() => {
    onSavedRef.current = onSaved;
  }, [onSaved]);

  const snapshot = useCallback(
    (): SavePayload => ({
      meta: latest.current.meta,
      status: latest.current.status,
      content: editorRef.current?.getEditorState().toJSON() ?? draft.content,
      sources: readSources ? [...readSources()] : draft.sources,
      checkOverrides: readCheckOverrides ? readCheckOverrides() : draft.checkOverrides,
    }),
    [draft, readSources, readCheckOverrides],
  );

  useEffect(() => {
    if (readOnly) return;
    const saver = new DraftSaver({
      id: draft.id,
      revision: revisionRef.current,
      delayMs: autosaveDelayMs,
      read: snapshot,
      save: (request) => api['drafts.save'](request),
      saveOnUnload: (request) => apiOnUnload['drafts.save'](request),
      onState: setSaveState,
      onSaved: (response, payload) => {
        revisionRef.current = response.revision;
        setSaved({ revision: response.revision, at: response.updatedAt });
        const words = editorRef.current?.getEditorState().read(() => countWords($getRoot().getTextContent())) ?? 0;
        onSavedRef.current({
          id: draft.id,
          revision: response.revision,
          headline: payload.meta.headline,
          status: payload.status,
          wordCount: words,
          updatedAt: response.updatedAt,
          createdAt: draft.createdAt,
        });
      },
    });
    saverRef.current = saver;

    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void saver.flush();
    };
    const onPageHide = () => saver.flushOnUnload();
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      // A save was already running, so the last edits could not be sent: ask before leaving.
      if (saver.flushOnUnload() === 'blocked') event.preventDefault();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
      // Closing the draft (opening another, trashing it) saves what is pending first.
      void saver.flush().finally(() => saver.dispose());
      saverRef.current = null;
    };
  }, [draft, autosaveDelayMs, readOnly, snapshot]);

  const setMeta = useCallback((next: DraftMeta) => {
    latest.current = { ...latest.current, meta: next };
    setMetaState(next);
    saverRef.current?.markChanged();
  }, []);

  const setStatus = useCallback((next: DraftStatus) => {
    latest.current = { ...latest.current, status: next };
    setStatusState(next);
    saverRef.current?.markChanged();
  }, []);

  const contentChanged = useCallback(() => saverRef.current?.markChanged(), []);
  const flush = useCallback(async () => {
    await saverRef.current?.flush();
  }, []);

  return {
    meta,
    status,
    saveState,
    revision: saved.revision,
    lastSavedAt: saved.at,
    editorRef,
    setMeta,
    setStatus,
    contentChanged,
    flush,
    snapshot,
  };
}

