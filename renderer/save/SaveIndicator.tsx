import type { JSX } from 'react';
import type { SaveState } from './DraftSaver';

const LABELS: Record<SaveState['kind'], string> = {
  saved: 'Saved',
  unsaved: 'Edited',
  saving: 'Saving…',
  retrying: 'Save failed — retrying',
  conflict: 'Changed elsewhere',
  'read-only': 'Read-only',
  failed: 'Not saved',
};

/** The save state, announced politely to screen readers. */
export function SaveIndicator({ state }: { state: SaveState }): JSX.Element {
  const detail = state.kind === 'retrying' || state.kind === 'failed' ? state.message : undefined;
  return (
    <p className={`save-state save-${state.kind}`} role="status" aria-live="polite" title={detail}>
      <span className="save-dot" aria-hidden="true" />
      {LABELS[state.kind]}
    </p>
  );
}
