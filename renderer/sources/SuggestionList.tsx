import { useState } from 'react';
import type { JSX } from 'react';
import type { Suggestion } from './suggestions';

type Props = {
  suggestions: readonly Suggestion[];
  onApply: (suggestion: Suggestion) => void;
  onDismiss: (suggestion: Suggestion) => void;
};

function shorten(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 90 ? `${trimmed.slice(0, 88)}…` : trimmed;
}

/** Attribution phrases the engine found whose passage is not linked yet. */
/** Enough to act on without pushing the sources themselves out of view. */
const FIRST_SHOWN = 3;

export function SuggestionList({ suggestions, onApply, onDismiss }: Props): JSX.Element | null {
  const [showAll, setShowAll] = useState(false);
  if (suggestions.length === 0) return null;
  const shown = showAll ? suggestions : suggestions.slice(0, FIRST_SHOWN);
  return (
    <div className="suggestions" role="region" aria-label="Suggested attributions">
      <h3 className="subhead">Suggested ({suggestions.length})</h3>
      <ul>
        {shown.map((suggestion) => (
          <li key={suggestion.id} className={`suggestion kind-${suggestion.kind}`}>
            <p className="suggestion-excerpt">{shorten(suggestion.excerpt)}</p>
            <div className="suggestion-actions">
              <button type="button" className="button small" onClick={() => onApply(suggestion)}>
                {suggestion.label}
              </button>
              <button type="button" className="button quiet small" aria-label={`Dismiss: ${suggestion.label}`} title="Dismiss" onClick={() => onDismiss(suggestion)}>
                Dismiss
              </button>
            </div>
          </li>
        ))}
      </ul>
      {suggestions.length > FIRST_SHOWN && (
        <button type="button" className="button quiet small show-more" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Show fewer' : `Show all ${suggestions.length}`}
        </button>
      )}
    </div>
  );
}
