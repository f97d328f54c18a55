import { useId, useState } from 'react';
import type { ClipboardEvent, JSX } from 'react';
import { pastedPageFile } from './pastedPage';

type Props = { onPage: (file: File) => void };

/**
 * Import by pasting: a whole page copied in the browser arrives as HTML and
 * is imported like a saved page; typed or plain text is imported as text.
 */
export function PastePage({ onPage }: Props): JSX.Element {
  const id = useId();
  const [typed, setTyped] = useState('');
  const [refusal, setRefusal] = useState('');

  const take = (clipboard: Pick<DataTransfer, 'getData'>) => {
    const result = pastedPageFile(clipboard);
    if ('refusal' in result) {
      setRefusal(result.refusal);
      return;
    }
    setRefusal('');
    onPage(result.file);
  };
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    event.preventDefault();
    take(event.clipboardData);
  };

  return (
    <div className="import-paste">
      <label htmlFor={`${id}-area`} className="import-paste-label">
        Paste a page
      </label>
      <p id={`${id}-hint`} className="import-meta">
        In your browser, select the whole article page (Ctrl+A) and copy it (Ctrl+C), then paste it here (Ctrl+V): it is imported like a saved web page.
      </p>
      <textarea
        id={`${id}-area`}
        className="import-paste-area"
        rows={3}
        value={typed}
        aria-describedby={`${id}-hint`}
        placeholder="Paste the page here"
        onPaste={onPaste}
        onChange={(event) => setTyped(event.target.value)}
      />
      {typed.trim() !== '' && (
        <button type="button" className="button small" onClick={() => take({ getData: (format) => (format === 'text/plain' ? typed : '') })}>
          Import the typed text
        </button>
      )}
      {refusal && (
        <p role="alert" className="import-failure">
          {refusal}
        </p>
      )}
    </div>
  );
}
