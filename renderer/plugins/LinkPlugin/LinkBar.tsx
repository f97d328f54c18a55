import { useEffect, useId, useRef } from 'react';
import type { FormEvent, JSX, KeyboardEvent } from 'react';

type Props = {
  url: string;
  error: string | null;
  editing: boolean;
  onUrlChange: (url: string) => void;
  onApply: () => void;
  onRemove: () => void;
  onClose: () => void;
};

/** The form that adds, changes or removes a link; docked under the toolbar. */
export function LinkBar({ url, error, editing, onUrlChange, onApply, onRemove, onClose }: Props): JSX.Element {
  const inputId = useId();
  const errorId = useId();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <form className="link-bar" aria-label="Link" onSubmit={submit} onKeyDown={onKeyDown}>
      <label htmlFor={inputId}>Link address</label>
      <input
        id={inputId}
        ref={input}
        type="text"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        placeholder="https://"
        value={url}
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => onUrlChange(event.target.value)}
      />
      <button type="submit" className="button primary">
        {editing ? 'Update link' : 'Add link'}
      </button>
      {editing && (
        <button type="button" className="button" onClick={onRemove}>
          Remove link
        </button>
      )}
      <button type="button" className="button quiet" onClick={onClose}>
        Cancel
      </button>
      {error && (
        <p id={errorId} className="link-bar-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
