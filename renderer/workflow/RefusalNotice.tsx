import type { JSX } from 'react';
import type { RefusedFinding } from '../check/checkStore';

type Props = { action: string; findings: readonly RefusedFinding[]; message?: string | undefined; onDismiss: () => void };

/** Why a move to ready, or an export, was refused: every finding that stopped it. */
export function RefusalNotice({ action, findings, message, onDismiss }: Props): JSX.Element {
  const count = findings.length;
  return (
    <div className="check-refusal" role="alert">
      {message !== undefined && count === 0 ? (
        <p>
          <strong>Cannot {action}:</strong> {message}
        </p>
      ) : (
        <p>
        <strong>Cannot {action}:</strong> {count} error-level finding{count === 1 ? '' : 's'} {count === 1 ? 'is' : 'are'} neither fixed nor
        overridden.
        </p>
      )}
      <ul>
        {findings.map((finding, index) => (
          <li key={`${finding.ruleId}-${index}`}>
            <span className="check-rule">{finding.ruleId}</span> {finding.passage ? <span className="check-passage">{finding.passage}</span> : null} {finding.message}
          </li>
        ))}
      </ul>
      <button type="button" className="button quiet small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
