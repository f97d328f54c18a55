import { useEffect, useRef, useState } from 'react';
import type { JSX } from 'react';
import { SUPPORTED_EXTENSIONS } from '../../shared/import/limits';
import { ImportResult } from './ImportResult';
import { OriginalCompare } from './OriginalCompare';
import { PastePage } from './PastePage';
import type { ImportRun } from './useImport';
import { useModalDialog } from './useModalDialog';

type Props = {
  /** Null until files are chosen, dropped or pasted: the dialog then offers the ways to import. */
  run: ImportRun | null;
  onPickFiles: () => void;
  onImport: (files: File[]) => void;
  /** Back to the ways to import, after a finished import. */
  onImportMore: () => void;
  onOpenDraft: (id: string) => void;
  onDraftChanged: () => void;
  onClose: () => void;
};

function Progress({ run }: { run: ImportRun }): JSX.Element {
  const total = run.items.length;
  const imported = run.items.filter((item) => item.state === 'imported').length;
  const refused = run.items.filter((item) => item.state === 'refused').length;
  return (
    <div className="import-progress">
      <progress max={total} value={run.done} aria-label="Import progress" />
      <p role="status" aria-live="polite" data-testid="import-status">
        {run.running
          ? `Importing ${Math.min(run.done + 1, total)} of ${total}…`
          : `Done: ${imported} of ${total} imported${refused > 0 ? `, ${refused} not imported` : ''}.`}
      </p>
    </div>
  );
}

/** The import as a modal dialog: the ways to import, then the progress and per-file results (Escape closes it, focus returns where it was). */
export function ImportDialog({ run, onPickFiles, onImport, onImportMore, onOpenDraft, onDraftChanged, onClose }: Props): JSX.Element {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const chooseRef = useRef<HTMLButtonElement>(null);
  const [comparing, setComparing] = useState<string | null>(null);
  useModalDialog(dialogRef, run ? closeRef : chooseRef);
  const started = run !== null;
  useEffect(() => {
    // The control that had focus (Choose files…, the paste area) is gone once the import starts.
    if (started) closeRef.current?.focus();
  }, [started]);

  return (
    <dialog
      ref={dialogRef}
      className="import-dialog"
      aria-labelledby="import-dialog-title"
      // React passes the compare dialog's close up the component tree too; only this dialog's own close ends the import.
      onClose={(event) => event.target === event.currentTarget && onClose()}
    >
      <h2 id="import-dialog-title">Import</h2>
      {run ? (
        <>
          <Progress run={run} />
          <ul className="import-results" aria-label="Import results">
            {run.items.map((item) => (
              <ImportResult key={item.key} item={item} onOpenDraft={onOpenDraft} onCompare={setComparing} onDraftChanged={onDraftChanged} />
            ))}
          </ul>
        </>
      ) : (
        <div className="import-start">
          <p>
            Web pages, text, Markdown and Word files ({SUPPORTED_EXTENSIONS.join(', ')}) become drafts. You can also drop files anywhere on the window.
          </p>
          <button ref={chooseRef} type="button" className="button primary" onClick={onPickFiles}>
            Choose files…
          </button>
          <PastePage onPage={(file) => onImport([file])} />
        </div>
      )}
      <div className="import-buttons">
        {run && !run.running && (
          <button type="button" className="button quiet" onClick={onImportMore}>
            Import more
          </button>
        )}
        <button ref={closeRef} type="button" className="button quiet" onClick={() => dialogRef.current?.close()}>
          Close
        </button>
      </div>
      {comparing && <OriginalCompare draftId={comparing} onClose={() => setComparing(null)} />}
    </dialog>
  );
}
