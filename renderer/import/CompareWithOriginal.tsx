import { useEffect, useState } from 'react';
import type { JSX } from 'react';
import { api } from '../api';
import { OriginalCompare } from './OriginalCompare';
import './import.css';

/**
 * "Compare with original" for an open draft that was imported: the kept file
 * beside the draft as it is now. Nothing is shown for a draft not imported.
 */
export function CompareWithOriginal({ draftId }: { draftId: string }): JSX.Element | null {
  const [originalName, setOriginalName] = useState<string | null>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    let live = true;
    api['import.keptOriginals']({ id: draftId }).then(
      ({ originals }) => live && setOriginalName(originals.at(-1)?.name ?? null),
      // Without the list the offer is left out; the draft itself is unaffected.
      () => live && setOriginalName(null),
    );
    return () => {
      live = false;
    };
  }, [draftId]);

  if (!originalName) return null;
  return (
    <>
      <button type="button" className="button small quiet import-compare-open" title={`Imported from ${originalName}`} onClick={() => setOpen(true)}>
        Compare with original
      </button>
      {open && <OriginalCompare draftId={draftId} onClose={() => setOpen(false)} />}
    </>
  );
}
