import { useId } from 'react';
import type { JSX } from 'react';
import { DRAFT_STATUSES } from '../../shared/model/draft';
import type { DraftStatus } from '../../shared/model/draft';
import { formatDateTime, STATUS_LABELS } from '../library/format';

type Props = {
  status: DraftStatus;
  createdAt: string;
  lastSavedAt: string;
  revision: number;
  readOnly: boolean;
  onStatusChange: (status: DraftStatus) => void;
  onTrash: () => void;
};

/** The workflow facts of the open draft, first section of the side panel. */
export function DetailsPanel({ status, createdAt, lastSavedAt, revision, readOnly, onStatusChange, onTrash }: Props): JSX.Element {
  const statusId = useId();
  return (
    <section className="panel" aria-labelledby={`${statusId}-title`}>
      <h2 id={`${statusId}-title`} className="panel-title">
        Workflow
      </h2>
      <div className="field">
        <label htmlFor={statusId}>Status</label>
        <select id={statusId} value={status} disabled={readOnly} onChange={(event) => onStatusChange(event.target.value as DraftStatus)}>
          {DRAFT_STATUSES.map((value) => (
            <option key={value} value={value}>
              {STATUS_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
      <dl className="facts">
        <dt>Created</dt>
        <dd>
          <time dateTime={createdAt}>{formatDateTime(createdAt)}</time>
        </dd>
        <dt>Last saved</dt>
        <dd>
          <time dateTime={lastSavedAt}>{formatDateTime(lastSavedAt)}</time>
        </dd>
        <dt>Revision</dt>
        <dd>{revision}</dd>
      </dl>
      <button type="button" className="button quiet danger-text" disabled={readOnly} onClick={onTrash}>
        Move to trash
      </button>
    </section>
  );
}
