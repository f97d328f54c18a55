import { useId, useState } from 'react';
import type { JSX } from 'react';
import type { Source } from '../../shared/model/source';

type Props = {
  source: Source;
  passageCount: number;
  others: readonly Source[];
  onConfirm: (replacementId: string | null) => void;
  onCancel: () => void;
};

/** Removing a source decides what happens to its passages, so none is left naming a missing source. */
export function RemoveSourceDialog({ source, passageCount, others, onConfirm, onCancel }: Props): JSX.Element {
  const id = useId();
  const [choice, setChoice] = useState<'detach' | 'reassign'>('detach');
  const [replacement, setReplacement] = useState(others[0]?.id ?? '');
  return (
    <div className="remove-source" role="alertdialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-what`} onKeyDown={(event) => event.key === 'Escape' && onCancel()}>
      <h3 id={`${id}-title`}>Remove {source.name}?</h3>
      {passageCount === 0 ? (
        <p id={`${id}-what`}>No passage is attributed to this source.</p>
      ) : (
        <fieldset id={`${id}-what`}>
          <legend>
            {passageCount === 1 ? 'One passage is' : `${passageCount} passages are`} attributed to {source.name}:
          </legend>
          <label className="check-row">
            <input type="radio" name={`${id}-choice`} checked={choice === 'detach'} onChange={() => setChoice('detach')} autoFocus />
            Detach them (the text stays, unattributed to {source.name})
          </label>
          <label className="check-row">
            <input type="radio" name={`${id}-choice`} checked={choice === 'reassign'} disabled={others.length === 0} onChange={() => setChoice('reassign')} />
            Reassign them to
          </label>
          <select aria-label="Reassign to" value={replacement} disabled={choice !== 'reassign'} onChange={(event) => setReplacement(event.target.value)}>
            {others.map((other) => (
              <option key={other.id} value={other.id}>
                {other.name}
              </option>
            ))}
          </select>
        </fieldset>
      )}
      <div className="form-actions">
        <span className="spacer" />
        <button type="button" className="button quiet" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="button danger"
          disabled={choice === 'reassign' && !replacement}
          onClick={() => onConfirm(choice === 'reassign' && passageCount > 0 ? replacement : null)}
        >
          Remove source
        </button>
      </div>
    </div>
  );
}
