import type { JSX } from 'react';

type Props = {
  busy: boolean;
  onReload: () => void;
  onSaveCopy: () => void;
};

/** Shown when a save was refused because the draft changed in another window or process. */
export function ConflictBanner({ busy, onReload, onSaveCopy }: Props): JSX.Element {
  return (
    <div className="banner banner-conflict" role="alert">
      <div>
        <strong>Changed elsewhere.</strong> This draft was saved from another window after you opened it, so your
        latest edits were not saved over it.
      </div>
      <div className="banner-actions">
        <button type="button" className="button" disabled={busy} onClick={onReload}>
          Reload
        </button>
        <button type="button" className="button primary" disabled={busy} onClick={onSaveCopy}>
          Save as copy
        </button>
      </div>
    </div>
  );
}
