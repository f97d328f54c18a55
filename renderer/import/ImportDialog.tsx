import { useEffect, useRef } from 'react';
import type { JSX } from 'react';
import type { ImportFileOutcome } from '../../shared/import/import-channel';
import type { ImportItem, ImportRun } from './useImport';

type Props = {
  run: ImportRun;
  onOpenDraft: (id: string) => void;
  onClose: () => void;
};

const REASON_LABELS: Record<string, string> = {
  attribution: 'named as a source',
  'outlet-citation': 'cited outlet',
  credit: 'credited at the end',
};

function Removed({ outcome }: { outcome: ImportFileOutcome }): JSX.Element | null {
  if (outcome.removed.length === 0) return <p className="import-none">The clean-up removed nothing.</p>;
  return (
    <details className="import-details" open>
      <summary>
        Removed by the clean-up ({outcome.removed.length} line{outcome.removed.length === 1 ? '' : 's'})
      </summary>
      <ul className="import-removed" aria-label={`Removed from ${outcome.name}`}>
        {outcome.removed.map((line, index) => (
          <li key={`${line.origin}-${index}`}>
            <span className="import-rule" title={line.reason}>
              {line.ruleId}
            </span>{' '}
            <q className="import-line">{line.text}</q>
            {line.movedTo && <span className="import-moved"> → moved to {line.movedTo}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}

function Proposed({ outcome }: { outcome: ImportFileOutcome }): JSX.Element | null {
  if (outcome.proposedSources.length === 0) return null;
  return (
    <details className="import-details" open>
      <summary>Proposed sources ({outcome.proposedSources.length})</summary>
      <ul className="import-sources" aria-label={`Sources proposed for ${outcome.name}`}>
        {outcome.proposedSources.map((source) => (
          <li key={`${source.kind}-${source.name}`}>
            <strong>{source.name}</strong> <span className="import-meta">({REASON_LABELS[source.reason] ?? source.reason}{source.role ? `, ${source.role}` : ''})</span>
            {source.stateAffiliated && <span className="badge import-state"> state-affiliated</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}

function Result({ item, onOpenDraft }: { item: ImportItem; onOpenDraft: (id: string) => void }): JSX.Element {
  return (
    <li className={`import-item import-${item.state}`} data-testid="import-result">
      <div className="import-item-head">
        <span className="import-name">{item.name}</span>
        {item.state === 'waiting' && <span className="import-state-label">Waiting</span>}
        {item.state === 'importing' && <span className="import-state-label">Importing…</span>}
        {item.state === 'refused' && <span className="import-state-label import-refused-label">Not imported</span>}
        {item.state === 'imported' && (
          <button type="button" className="button small" onClick={() => onOpenDraft(item.outcome.draftId)}>
            Open draft
            <span className="visually-hidden"> {item.outcome.headline || item.name}</span>
          </button>
        )}
      </div>
      {item.state === 'refused' && <p className="import-reason">{item.reason}</p>}
      {item.state === 'imported' && (
        <>
          {item.outcome.headline && <p className="import-headline">{item.outcome.headline}</p>}
          {item.outcome.warnings.length > 0 && (
            <ul className="import-warnings">
              {item.outcome.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          )}
          <Removed outcome={item.outcome} />
          <Proposed outcome={item.outcome} />
        </>
      )}
    </li>
  );
}

/** The import's progress and per-file results, as a modal dialog (Escape closes it, focus returns where it was). */
export function ImportDialog({ run, onOpenDraft, onClose }: Props): JSX.Element {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    closeRef.current?.focus();
    return () => {
      if (previous?.isConnected) previous.focus();
    };
  }, []);

  const total = run.items.length;
  const imported = run.items.filter((item) => item.state === 'imported').length;
  const refused = run.items.filter((item) => item.state === 'refused').length;
  return (
    <dialog ref={dialogRef} className="import-dialog" aria-labelledby="import-dialog-title" onClose={onClose}>
      <h2 id="import-dialog-title">Import</h2>
      <div className="import-progress">
        <progress max={total} value={run.done} aria-label="Import progress" />
        <p role="status" aria-live="polite" data-testid="import-status">
          {run.running
            ? `Importing ${Math.min(run.done + 1, total)} of ${total}…`
            : `Done: ${imported} of ${total} imported${refused > 0 ? `, ${refused} not imported` : ''}.`}
        </p>
      </div>
      <ul className="import-results" aria-label="Import results">
        {run.items.map((item) => (
          <Result key={item.key} item={item} onOpenDraft={onOpenDraft} />
        ))}
      </ul>
      <div className="import-buttons">
        <button ref={closeRef} type="button" className="button quiet" onClick={() => dialogRef.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
