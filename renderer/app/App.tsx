import { useCallback, useEffect, useRef, useState } from 'react';
import type { JSX } from 'react';
import type { MenuCommand } from '../../shared/api/bridge';
import type { Draft } from '../../shared/model/draft';
import { api, errorMessage, onMenuCommand } from '../api';
import { LibrarySidebar } from '../library/LibrarySidebar';
import type { LibraryView } from '../library/LibrarySidebar';
import { useLibrary } from '../library/useLibrary';
import { ImportController } from '../import/ImportController';
import type { ImportHandle } from '../import/ImportController';
import { DraftWorkspace } from '../workspace/DraftWorkspace';
import type { DraftHandle } from '../workspace/OpenDraft';
import { usePreferences } from './usePreferences';
import { ThemeSelect } from './ThemeSelect';
import { useTheme } from './useTheme';

function draftIdFromHash(): string | null {
  const match = /^#draft=([a-z0-9][a-z0-9-]{0,63})$/.exec(window.location.hash);
  return match?.[1] ?? null;
}

/** The workstation: library | open draft | side panel. */
export function App(): JSX.Element {
  const { prefs, loaded: prefsLoaded, error: prefsError, update: updatePrefs } = usePreferences();
  const theme = useTheme(prefs.theme);
  const { library, trash, error: libraryError, reload, reloadTrash, updateSummary } = useLibrary();
  const [view, setView] = useState<LibraryView>('drafts');
  // The open draft is kept in the address (#draft=ID) so a reload reopens it.
  const [selectedId, setSelectedId] = useState<string | null>(draftIdFromHash);
  const [actionError, setActionError] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const draftHandle = useRef<DraftHandle>(null);
  const importHandle = useRef<ImportHandle>(null);
  const readOnly = library?.readOnly ?? false;

  const newDraft = useCallback(async () => {
    setActionError(null);
    try {
      const draft = await api['drafts.create']({});
      updateSummary({ ...draft, headline: draft.meta.headline, wordCount: 0 });
      setView('drafts');
      setSelectedId(draft.id);
    } catch (error) {
      setActionError(`A new draft could not be created: ${errorMessage(error)}`);
    }
  }, [updateSummary]);

  const toggleDarkMode = useCallback(() => {
    void updatePrefs({ theme: theme === 'dark' ? 'light' : 'dark' });
  }, [theme, updatePrefs]);

  useEffect(() => {
    const hash = selectedId ? `#draft=${selectedId}` : '';
    if (window.location.hash !== hash) {
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${hash}`);
    }
  }, [selectedId]);

  // Another window or process may have changed the library meanwhile.
  useEffect(() => {
    const onFocus = () => void reload();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [reload]);

  const menuHandlers = useRef<(command: MenuCommand) => void>(() => {});
  useEffect(() => {
    menuHandlers.current = (command) => {
      if (command === 'new-draft') void newDraft();
      else if (command === 'save') void draftHandle.current?.flush();
      else if (command === 'find') {
        setView('drafts');
        searchRef.current?.focus();
      } else if (command === 'toggle-dark-mode') toggleDarkMode();
      else if (command === 'import-files') importHandle.current?.openImport();
    };
  }, [newDraft, toggleDarkMode]);
  useEffect(() => onMenuCommand((command) => menuHandlers.current(command)), []);

  const changeView = (next: LibraryView) => {
    setView(next);
    if (next === 'trash') void reloadTrash();
  };

  const act = async (what: string, action: () => Promise<unknown>) => {
    setActionError(null);
    try {
      await action();
    } catch (error) {
      setActionError(`${what}: ${errorMessage(error)}`);
    }
  };

  const restore = (id: string) =>
    void act('The draft could not be restored', async () => {
      await api['drafts.restore']({ id });
      await Promise.all([reloadTrash(), reload()]);
    });

  const deleteForever = (id: string) =>
    void act('The draft could not be deleted', async () => {
      await api['drafts.deleteForever']({ id });
      await reloadTrash();
    });

  const openCopy = (draft: Draft) => {
    setSelectedId(draft.id);
    void reload();
  };

  const onTrashed = (id: string) => {
    if (selectedId === id) setSelectedId(null);
    void reload();
  };

  const error = actionError ?? prefsError;

  return (
    <div className="app">
      {readOnly && (
        <div className="banner banner-readonly" role="alert">
          <strong>Read-only library.</strong> This library cannot be written to right now, so drafts open for reading
          only and nothing you change will be saved.
        </div>
      )}
      {error && (
        <div className="banner banner-error" role="alert">
          {error}
          <button type="button" className="button small quiet" onClick={() => setActionError(null)}>
            Dismiss
          </button>
        </div>
      )}
      <div className={`columns${selectedId ? '' : ' no-draft'}`}>
        <LibrarySidebar
          library={library}
          trash={trash}
          error={libraryError}
          view={view}
          selectedId={selectedId}
          searchRef={searchRef}
          onViewChange={changeView}
          onOpen={(id) => {
            setActionError(null);
            setSelectedId(id);
          }}
          onNewDraft={() => void newDraft()}
          onImport={() => importHandle.current?.openImport()}
          onRestore={restore}
          onDeleteForever={deleteForever}
          footer={<ThemeSelect theme={prefs.theme} onChange={(next) => void updatePrefs({ theme: next })} />}
        />
        {selectedId && prefsLoaded ? (
          <DraftWorkspace
            key={selectedId}
            id={selectedId}
            readOnly={readOnly}
            autosaveDelayMs={prefs.autosaveDelayMs}
            handleRef={draftHandle}
            onSaved={updateSummary}
            onOpenCopy={openCopy}
            onTrashed={onTrashed}
          />
        ) : (
          <main className="workspace workspace-empty" aria-label="Draft">
            <div className="empty-state">
              <h2>No draft open</h2>
              <p>Choose a draft in the library, or start a new one.</p>
              <button type="button" className="button primary" disabled={readOnly || library === null} onClick={() => void newDraft()}>
                New draft
              </button>
            </div>
          </main>
        )}
      </div>
      <ImportController
        ref={importHandle}
        disabled={readOnly || library === null}
        onImported={() => void reload()}
        onOpenDraft={(id) => {
          setActionError(null);
          setView('drafts');
          setSelectedId(id);
        }}
      />
    </div>
  );
}
