import { useCallback, useEffect, useState } from 'react';
import { api, errorMessage } from '../api';
import type { ResponseOf } from '../../shared/api/channels';
import type { DraftSummary } from '../../shared/model/draft';

export type Library = ResponseOf<'drafts.list'>;

export type LibraryState = {
  library: Library | null;
  trash: DraftSummary[] | null;
  error: string | null;
  reload: () => Promise<void>;
  reloadTrash: () => Promise<void>;
  /** Reflects a save in the list without asking the service again. */
  updateSummary: (summary: DraftSummary) => void;
};

export function useLibrary(): LibraryState {
  const [library, setLibrary] = useState<Library | null>(null);
  const [trash, setTrash] = useState<DraftSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setLibrary(await api['drafts.list']({}));
      setError(null);
    } catch (caught) {
      setError(`The library could not be loaded: ${errorMessage(caught)}`);
    }
  }, []);

  const reloadTrash = useCallback(async () => {
    try {
      setTrash((await api['drafts.listTrash']({})).drafts);
      setError(null);
    } catch (caught) {
      setError(`The trash could not be loaded: ${errorMessage(caught)}`);
    }
  }, []);

  useEffect(() => {
    let live = true;
    api['drafts.list']({}).then(
      (result) => live && setLibrary(result),
      (caught: unknown) => live && setError(`The library could not be loaded: ${errorMessage(caught)}`),
    );
    return () => {
      live = false;
    };
  }, []);

  const updateSummary = useCallback((summary: DraftSummary) => {
    setLibrary((current) => {
      if (!current) return current;
      const others = current.drafts.filter((draft) => draft.id !== summary.id);
      return { ...current, drafts: [summary, ...others] };
    });
  }, []);

  return { library, trash, error, reload, reloadTrash, updateSummary };
}
