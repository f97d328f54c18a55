import { useEffect, useRef, useState } from 'react';
import type { JSX } from 'react';
import type { ResponseOf } from '../../shared/api/channels';
import { api, errorMessage } from '../api';
import { draftParagraphs } from './draftText';
import { useModalDialog } from './useModalDialog';

type Props = { draftId: string; onClose: () => void };

function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

type Original = NonNullable<ResponseOf<'import.original'>['original']>;
type Loaded = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'none' } | { kind: 'ready'; original: Original; headline: string; draft: string[] };

/** The file the draft was imported from, beside the draft as it is now: the editor can always check what came in. */
export function OriginalCompare({ draftId, onClose }: Props): JSX.Element {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  useModalDialog(dialogRef, closeRef);

  useEffect(() => {
    let live = true;
    Promise.all([api['import.original']({ id: draftId }), api['drafts.open']({ id: draftId })]).then(
      ([{ original }, draft]) => {
        if (!live) return;
        setLoaded(original ? { kind: 'ready', original, headline: draft.meta.headline, draft: draftParagraphs(draft.content) } : { kind: 'none' });
      },
      (error: unknown) => live && setLoaded({ kind: 'failed', message: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [draftId]);

  return (
    <dialog ref={dialogRef} className="import-compare-dialog" aria-labelledby="import-compare-title" onClose={onClose}>
      <h2 id="import-compare-title">Compare with the original</h2>
      {loaded.kind === 'loading' && <p role="status">Reading the original…</p>}
      {loaded.kind === 'failed' && <p role="alert" className="import-failure">The original could not be read: {loaded.message}</p>}
      {loaded.kind === 'none' && <p>This draft was not imported, so there is no original to compare with.</p>}
      {loaded.kind === 'ready' && (
        <div className="import-compare">
          <section aria-labelledby="import-compare-original">
            <h3 id="import-compare-original">
              Original: {loaded.original.name}{' '}
              <span className="import-meta">
                ({fileSize(loaded.original.size)}, kept {new Date(loaded.original.keptAt).toLocaleString()})
              </span>
            </h3>
            <pre className="import-compare-text" tabIndex={0} aria-label={`Text of ${loaded.original.name}`}>
              {loaded.original.text}
            </pre>
            {loaded.original.truncated && <p className="import-meta">Only the beginning of a very long original is shown.</p>}
          </section>
          <section aria-labelledby="import-compare-draft">
            <h3 id="import-compare-draft">Draft now</h3>
            <div className="import-compare-text" tabIndex={0} aria-label="Text of the draft">
              {loaded.headline && <p className="import-headline">{loaded.headline}</p>}
              {loaded.draft.map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
            </div>
          </section>
        </div>
      )}
      <div className="import-buttons">
        <button ref={closeRef} type="button" className="button quiet" onClick={() => dialogRef.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
