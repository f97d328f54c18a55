import { useId, useState } from 'react';
import type { JSX } from 'react';
import { ATTRIBUTION_KINDS } from '../../../shared/model/attribution-node';
import type { AttributionKind } from '../../../shared/model/attribution-node';
import type { Source } from '../../../shared/model/source';
import type { FloatingPosition } from './floatingPosition';
import type { AttributionValue } from './attributionEdits';

export const KIND_LABELS: Record<AttributionKind, string> = { quote: 'Direct quote', claim: 'Claim', paraphrase: 'Paraphrase' };

type Props = {
  sources: readonly Source[];
  initial: AttributionValue;
  /** Where to show it, in viewport coordinates (below the selection). */
  position: FloatingPosition;
  title: string;
  onApply: (value: AttributionValue) => void;
  onCancel: () => void;
};

/** Chooses the sources and the kind of an attribution. */
export function AttributePopover({ sources, initial, position, title, onApply, onCancel }: Props): JSX.Element {
  const id = useId();
  const [chosen, setChosen] = useState<readonly string[]>(initial.sourceIds);
  const [kind, setKind] = useState<AttributionKind>(initial.kind);
  const toggle = (sourceId: string) =>
    setChosen((current) => (current.includes(sourceId) ? current.filter((idInList) => idInList !== sourceId) : [...current, sourceId]));

  return (
    <div
      className="attribute-popover"
      role="dialog"
      aria-labelledby={`${id}-title`}
      style={position}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h3 id={`${id}-title`}>{title}</h3>
      {sources.length === 0 ? (
        <p className="muted">This draft has no sources yet: add them in the Sources panel.</p>
      ) : (
        <fieldset>
          <legend>Sources</legend>
          {sources.map((source, index) => (
            <label key={source.id} className="check-row">
              <input type="checkbox" autoFocus={index === 0} checked={chosen.includes(source.id)} onChange={() => toggle(source.id)} />
              <span>{source.name}</span>
              {source.role && <span className="muted"> — {source.role}</span>}
            </label>
          ))}
        </fieldset>
      )}
      <fieldset className="kind-choice">
        <legend>Kind</legend>
        {ATTRIBUTION_KINDS.map((value) => (
          <label key={value} className={`kind-option kind-${value}`}>
            <input type="radio" name={`${id}-kind`} value={value} checked={kind === value} onChange={() => setKind(value)} />
            {KIND_LABELS[value]}
          </label>
        ))}
      </fieldset>
      <div className="popover-actions">
        <button type="button" className="button quiet" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button primary" disabled={chosen.length === 0} onClick={() => onApply({ sourceIds: chosen, kind })}>
          Attribute
        </button>
      </div>
    </div>
  );
}
