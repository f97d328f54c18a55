import { useId, useState } from 'react';
import type { JSX } from 'react';

type Props = {
  outlets: readonly string[];
  onSave: (outlets: string[]) => Promise<void>;
};

/** The newsroom's state-affiliated outlet list (preferences), one name a line. */
export function StateMediaSettings({ outlets, onSave }: Props): JSX.Element {
  const id = useId();
  const [text, setText] = useState(outlets.join('\n'));
  const [status, setStatus] = useState<string | null>(null);
  const names = [...new Set(text.split('\n').map((line) => line.trim()).filter(Boolean))];
  const tooLong = names.find((name) => name.length > 200);
  return (
    <details className="state-media-settings">
      <summary>State-affiliated outlets ({outlets.length})</summary>
      <label htmlFor={id}>One outlet a line. Sources with these names are flagged and must be described as state media.</label>
      <textarea id={id} rows={6} value={text} onChange={(event) => setText(event.target.value)} aria-invalid={tooLong ? true : undefined} />
      {tooLong && <p className="field-error">“{tooLong.slice(0, 40)}…” is longer than 200 characters.</p>}
      <div className="form-actions">
        {status && <span role="status" className="field-hint">{status}</span>}
        <span className="spacer" />
        <button
          type="button"
          className="button quiet"
          disabled={Boolean(tooLong)}
          onClick={() => {
            setStatus(null);
            onSave(names).then(
              () => setStatus('Saved.'),
              () => setStatus('Not saved; try again.'),
            );
          }}
        >
          Save list
        </button>
      </div>
    </details>
  );
}
