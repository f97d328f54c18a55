import type { JSX } from 'react';
import { ProposedSources } from './ProposedSources';
import { RemovedLines } from './RemovedLines';
import type { ImportItem } from './useImport';

type Props = {
  item: ImportItem;
  onOpenDraft: (id: string) => void;
  onCompare: (id: string) => void;
  onDraftChanged: () => void;
};

/** One file's line in the results: waiting, importing, why it was not imported, or the draft it became and what the import did. */
export function ImportResult({ item, onOpenDraft, onCompare, onDraftChanged }: Props): JSX.Element {
  return (
    <li className={`import-item import-${item.state}`} data-testid="import-result">
      <div className="import-item-head">
        <span className="import-name">{item.name}</span>
        {item.state === 'waiting' && <span className="import-state-label">Waiting</span>}
        {item.state === 'importing' && <span className="import-state-label">Importing…</span>}
        {item.state === 'refused' && <span className="import-state-label import-refused-label">Not imported</span>}
        {item.state === 'imported' && (
          <span className="import-item-actions">
            <button type="button" className="button small quiet" onClick={() => onCompare(item.outcome.draftId)}>
              Compare with original
              <span className="visually-hidden"> {item.name}</span>
            </button>
            <button type="button" className="button small" onClick={() => onOpenDraft(item.outcome.draftId)}>
              Open draft
              <span className="visually-hidden"> {item.outcome.headline || item.name}</span>
            </button>
          </span>
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
          <RemovedLines draftId={item.outcome.draftId} fileName={item.name} removed={item.outcome.removed} onDraftChanged={onDraftChanged} />
          <ProposedSources draftId={item.outcome.draftId} fileName={item.name} proposals={item.outcome.proposedSources} onDraftChanged={onDraftChanged} />
        </>
      )}
    </li>
  );
}
