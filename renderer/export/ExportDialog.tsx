import { useEffect, useRef, useState } from 'react';
import type { JSX } from 'react';
import type { ResponseOf } from '../../shared/api/channels';
import { api, ApiError, errorMessage } from '../api';
import type { RefusedFinding } from '../check/checkStore';
import { RefusalNotice } from '../workflow/RefusalNotice';
import { copyHtml, downloadHtml } from './saveExport';
import './export.css';

type Exported = ResponseOf<'export.html'>;
type State =
  | { kind: 'exporting' }
  | { kind: 'done'; page: Exported }
  | { kind: 'refused'; findings: RefusedFinding[] }
  | { kind: 'failed'; message: string };

type Props = {
  draftId: string;
  /** Saves pending edits first: the service exports the draft as stored. */
  flush: () => Promise<void>;
  onClose: () => void;
};

function refusedFindings(error: unknown): RefusedFinding[] | null {
  if (!(error instanceof ApiError) || error.code !== 'refused') return null;
  const details = error.details as { findings?: RefusedFinding[] } | undefined;
  return details?.findings ?? [];
}

/**
 * Exports the draft (the service runs the gate and records the export in
 * history), previews the page in a frame that can run nothing, and saves or
 * copies it.
 */
export function ExportDialog({ draftId, flush, onClose }: Props): JSX.Element {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [state, setState] = useState<State>({ kind: 'exporting' });
  const [notice, setNotice] = useState('');

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  useEffect(() => {
    let live = true;
    flush()
      // A preview is not an export: nothing is recorded until the editor saves or copies it.
      .then(() => api['export.html']({ id: draftId, form: 'page', record: false }))
      .then(
        (page) => live && setState({ kind: 'done', page }),
        (error: unknown) => {
          if (!live) return;
          const findings = refusedFindings(error);
          setState(findings ? { kind: 'refused', findings } : { kind: 'failed', message: errorMessage(error) });
        },
      );
    return () => {
      live = false;
    };
  }, [draftId, flush]);

  const saveToFile = async () => {
    try {
      // Exported again, now recorded: the same draft gives the same bytes as the preview.
      const page = await api['export.html']({ id: draftId, form: 'page', record: true });
      downloadHtml(page.html, page.fileName);
      setNotice(`Saved as ${page.fileName} and recorded in the draft’s history.`);
    } catch (error) {
      setNotice(`Could not save: ${errorMessage(error)}`);
    }
  };
  const copyFragment = async () => {
    try {
      const fragment = await api['export.html']({ id: draftId, form: 'fragment', record: true });
      await copyHtml(fragment.html);
      setNotice('The article fragment is on the clipboard and recorded in the draft’s history.');
    } catch (error) {
      setNotice(`Could not copy: ${errorMessage(error)}`);
    }
  };

  const summary = state.kind === 'done' ? state.page.checkSummary : null;
  return (
    <dialog ref={dialogRef} className="export-dialog" aria-labelledby="export-dialog-title" onClose={onClose}>
      <h2 id="export-dialog-title">Export HTML</h2>
      {state.kind === 'exporting' && <p>Exporting…</p>}
      {state.kind === 'failed' && <p role="alert">The export failed: {state.message}</p>}
      {state.kind === 'refused' && <RefusalNotice action="export this draft" findings={state.findings} onDismiss={onClose} />}
      {state.kind === 'done' && summary && (
        <>
          <p className="export-summary" data-testid="export-summary">
            Check: {summary.error} error{summary.error === 1 ? '' : 's'}, {summary.warning} warning{summary.warning === 1 ? '' : 's'}, {summary.info}{' '}
            note{summary.info === 1 ? '' : 's'}, {summary.overridden} overridden. File: {state.page.fileName}.
          </p>
          {state.page.warnings.length > 0 && (
            <ul className="export-warnings">
              {state.page.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          )}
          {/* sandbox="" with srcdoc: no scripts, no forms, no navigation, an opaque origin. The page's stylesheet is allowed by its hash (scripts/export-preview-style-csp.ts). */}
          <iframe className="export-preview" title="Preview of the exported page" sandbox="" srcDoc={state.page.html} />
        </>
      )}
      {notice && <p role="status">{notice}</p>}
      <div className="export-buttons">
        <button type="button" className="button primary" disabled={state.kind !== 'done'} onClick={() => void saveToFile()}>
          Save to file
        </button>
        <button type="button" className="button" disabled={state.kind !== 'done'} onClick={() => void copyFragment()}>
          Copy to clipboard
        </button>
        <button type="button" className="button quiet" onClick={() => dialogRef.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
