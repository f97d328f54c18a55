import { useState } from 'react';
import type { JSX } from 'react';
import type { DraftSummary } from '../../shared/model/draft';
import { formatEdited, formatWords, headlineOrUntitled, STATUS_LABELS } from './format';

type Props = {
  draft: DraftSummary;
  now: number;
  selected: boolean;
  onOpen: (id: string) => void;
};

export function DraftListItem({ draft, now, selected, onOpen }: Props): JSX.Element {
  return (
    <li className="draft-item">
      <button
        type="button"
        className="draft-button"
        aria-current={selected ? 'true' : undefined}
        onClick={() => onOpen(draft.id)}
      >
        <span className={`draft-headline${draft.headline.trim() ? '' : ' untitled'}`}>{headlineOrUntitled(draft.headline)}</span>
        <span className="draft-facts">
          <span className={`status-badge status-${draft.status}`}>{STATUS_LABELS[draft.status]}</span>
          <span>
            <time dateTime={draft.updatedAt}>{formatEdited(draft.updatedAt, now)}</time>
          </span>
          <span>{formatWords(draft.wordCount)}</span>
        </span>
      </button>
    </li>
  );
}

type TrashProps = {
  draft: DraftSummary;
  now: number;
  readOnly: boolean;
  onRestore: (id: string) => void;
  onDeleteForever: (id: string) => void;
};

/** A trashed draft: restore it, or delete it for good after a second, explicit click. */
export function TrashListItem({ draft, now, readOnly, onRestore, onDeleteForever }: TrashProps): JSX.Element {
  const [confirming, setConfirming] = useState(false);
  const title = headlineOrUntitled(draft.headline);
  return (
    <li className="draft-item trashed">
      <div className="draft-summary">
        <span className="draft-headline">{title}</span>
        <span className="draft-facts">
          <span>
            <time dateTime={draft.updatedAt}>{formatEdited(draft.updatedAt, now)}</time>
          </span>
          <span>{formatWords(draft.wordCount)}</span>
        </span>
      </div>
      <div className="trash-actions">
        <button type="button" className="button small" disabled={readOnly} aria-label={`Restore “${title}”`} onClick={() => onRestore(draft.id)}>
          Restore
        </button>
        {confirming ? (
          <>
            <button type="button" className="button small danger" aria-label={`Confirm: delete “${title}” forever`} onClick={() => onDeleteForever(draft.id)}>
              Delete forever
            </button>
            <button type="button" className="button small quiet" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </>
        ) : (
          <button type="button" className="button small quiet" disabled={readOnly} aria-label={`Delete “${title}” forever…`} onClick={() => setConfirming(true)}>
            Delete…
          </button>
        )}
      </div>
    </li>
  );
}
