import { useId, useState } from 'react';
import type { FormEvent, JSX } from 'react';
import type { Finding } from '../../shared/check/finding';
import { fixNeedsInput } from './applyFix';

type Props = {
  finding: Finding;
  passage: string;
  readOnly: boolean;
  onSelect: () => void;
  onFix: (input: string) => void;
  onOverride: (reason: string) => void;
  onRemoveOverride: () => void;
};

const FIELD_LABELS = { url: 'URL', role: 'Role', datePublished: 'Date published', dateAccessed: 'Date accessed', anonymityReason: 'Reason for anonymity' };

function shortened(passage: string): string {
  const words = passage.replace(/\s+/g, ' ').trim();
  return words.length > 80 ? `${words.slice(0, 77)}…` : words;
}

/** One finding: the words at fault (click to select them), the rule, its fix and the override. */
export function FindingItem({ finding, passage, readOnly, onSelect, onFix, onOverride, onRemoveOverride }: Props): JSX.Element {
  const [overriding, setOverriding] = useState(false);
  const [reason, setReason] = useState('');
  const [fixInput, setFixInput] = useState('');
  const fieldId = useId();
  const needs = finding.fix ? fixNeedsInput(finding.fix) : null;

  const submitOverride = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < 3) return;
    onOverride(reason);
    setOverriding(false);
    setReason('');
  };
  const submitFix = (event: FormEvent) => {
    event.preventDefault();
    if (needs && fixInput.trim() === '') return;
    onFix(fixInput);
    setFixInput('');
  };

  return (
    <li className={`check-finding check-${finding.severity}${finding.overridden ? ' check-overridden' : ''}`} data-rule={finding.ruleId}>
      <button type="button" className="check-finding-words" onClick={onSelect} disabled={!finding.range}>
        <span className="check-rule">{finding.ruleId}</span> {passage ? <span className="check-passage">{shortened(passage)}</span> : <em>source list</em>}
      </button>
      <p className="check-message">{finding.message}</p>
      {finding.overridden ? (
        <div className="check-override-note">
          <p>
            Overridden by {finding.overridden.by} on {new Date(finding.overridden.at).toLocaleString()}: “{finding.overridden.reason}”
          </p>
          {!readOnly && (
            <button type="button" className="button quiet small" onClick={onRemoveOverride}>
              Withdraw override
            </button>
          )}
        </div>
      ) : (
        !readOnly && (
          <div className="check-actions">
            {finding.fix && (
              <form className="check-fix" onSubmit={submitFix}>
                {needs && (
                  <>
                    <label htmlFor={fieldId}>{FIELD_LABELS[needs]}</label>
                    <input id={fieldId} value={fixInput} type={needs === 'url' ? 'url' : needs === 'datePublished' || needs === 'dateAccessed' ? 'date' : 'text'} onChange={(event) => setFixInput(event.target.value)} />
                  </>
                )}
                <button type="submit" className="button small" disabled={needs !== null && fixInput.trim() === ''}>
                  {finding.fix.label}
                </button>
              </form>
            )}
            {overriding ? (
              <form className="check-override-form" onSubmit={submitOverride}>
                <label htmlFor={`${fieldId}-reason`}>Reason for the override</label>
                <textarea id={`${fieldId}-reason`} value={reason} rows={2} onChange={(event) => setReason(event.target.value)} />
                <div className="check-override-buttons">
                  <button type="submit" className="button small" disabled={reason.trim().length < 3}>
                    Override
                  </button>
                  <button type="button" className="button quiet small" onClick={() => setOverriding(false)}>
                    Cancel
                  </button>
                </div>
              </form>
            ) : (
              <button type="button" className="button quiet small" onClick={() => setOverriding(true)}>
                Override…
              </button>
            )}
          </div>
        )
      )}
    </li>
  );
}
