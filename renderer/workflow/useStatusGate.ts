import { useCallback, useEffect, useRef } from 'react';
import type { DraftStatus } from '../../shared/model/draft';
import type { CheckStore } from '../check/checkStore';
import type { SaveState } from '../save/DraftSaver';

export const STATUS_LABELS: Record<DraftStatus, string> = {
  draft: 'draft',
  'in-review': 'in review',
  ready: 'ready',
  published: 'published',
};

/** The statuses that say "this can go to the website": they need a clean check. */
export function isPublishStatus(status: DraftStatus): boolean {
  return status === 'ready' || status === 'published';
}

type SessionStatus = {
  status: DraftStatus;
  saveState: SaveState;
  setStatus: (status: DraftStatus) => void;
};

/**
 * Status changes as the editor asks for them, refused (with the findings
 * listed in the Check panel) while error-level findings remain. The draft
 * store applies the same gate when the save arrives and is the authority:
 * if it refuses what the live check let through, the status is put back
 * (which saves the pending edits again) and its reason shown.
 */
export function useStatusGate(store: CheckStore, session: SessionStatus): (status: DraftStatus) => void {
  const { status, saveState, setStatus } = session;
  const revertTo = useRef<DraftStatus | null>(null);

  useEffect(() => {
    if (revertTo.current === null) return;
    if (saveState.kind === 'saved') {
      revertTo.current = null;
    } else if (saveState.kind === 'failed' && isPublishStatus(status)) {
      store.refuse(`mark this draft ${STATUS_LABELS[status]}`, [], saveState.message);
      setStatus(revertTo.current);
      revertTo.current = null;
    }
  }, [store, status, saveState, setStatus]);

  return useCallback(
    async (next: DraftStatus) => {
      if (isPublishStatus(next)) {
        if (!(await store.clearsGate(`mark this draft ${STATUS_LABELS[next]}`))) return;
        if (!isPublishStatus(status)) revertTo.current = status;
      }
      store.dismissRefusal();
      setStatus(next);
    },
    [store, status, setStatus],
  );
}
