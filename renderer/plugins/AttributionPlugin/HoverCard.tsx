import type { JSX } from 'react';
import type { AttributionKind } from '../../../shared/model/attribution-node';
import type { Source } from '../../../shared/model/source';
import type { FloatingPosition } from './floatingPosition';
import { KIND_LABELS } from './AttributePopover';

type Props = {
  sources: readonly Source[];
  kind: AttributionKind;
  position: FloatingPosition;
  editable: boolean;
  onChange: () => void;
  onRemove: () => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
};

/** Only web links open: a stored URL is validated, but a card must never launch another scheme. */
export function isOpenableUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

/** What an attributed passage rests on, shown on hover. */
export function HoverCard({ sources, kind, position, editable, onChange, onRemove, onPointerEnter, onPointerLeave }: Props): JSX.Element {
  return (
    <div
      className="attribution-card"
      role="tooltip"
      style={position}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      <p className={`card-kind kind-${kind}`}>{KIND_LABELS[kind]}</p>
      <ul>
        {sources.map((source) => (
          <li key={source.id}>
            <strong>{source.name}</strong>
            {source.stateAffiliated && <span className="badge badge-state">State media</span>}
            {source.role && <span className="card-role">{source.role}</span>}
            {source.url && isOpenableUrl(source.url) && (
              <a className="card-url" href={source.url} target="_blank" rel="noopener noreferrer">
                Open source ↗
              </a>
            )}
          </li>
        ))}
      </ul>
      {editable && (
        <div className="card-actions">
          <button type="button" className="button quiet" onClick={onChange}>
            Change sources
          </button>
          <button type="button" className="button quiet danger-text" onClick={onRemove}>
            Remove attribution
          </button>
        </div>
      )}
    </div>
  );
}
