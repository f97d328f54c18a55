import { useState } from 'react';
import type { JSX } from 'react';
import { restorePosition } from '../../shared/import/draft-changes/restore-line';
import type { RemovedLine } from '../../shared/import/removed-line';
import { api, errorMessage } from '../api';

type Props = {
  draftId: string;
  fileName: string;
  removed: RemovedLine[];
  onDraftChanged: () => void;
};

const MOVED_LABELS: Record<NonNullable<RemovedLine['movedTo']>, string> = {
  headline: 'the headline',
  standfirst: 'the standfirst',
  byline: 'the byline',
  dateline: 'the dateline',
  credit: 'the syndication credit',
  'publication-date': 'the publication date',
};

/** A long line is named by its start in the Restore button's accessible name. */
function shortText(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/**
 * Every line the clean-up took out of the body, with the rule that did it,
 * so nothing disappears unseen; Restore puts a line back where it was.
 */
export function RemovedLines({ draftId, fileName, removed, onDraftChanged }: Props): JSX.Element {
  const [restored, setRestored] = useState<readonly number[]>([]);
  const [busy, setBusy] = useState<number | null>(null);
  const [failure, setFailure] = useState('');
  if (removed.length === 0) return <p className="import-none">The clean-up removed nothing.</p>;

  const restore = async (index: number) => {
    const line = removed[index]!;
    setBusy(index);
    setFailure('');
    try {
      const at = restorePosition(line, restored.map((done) => removed[done]!));
      await api['import.restoreLine']({ id: draftId, text: line.text, at });
      setRestored([...restored, index]);
      onDraftChanged();
    } catch (error) {
      setFailure(`The line was not restored: ${errorMessage(error)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <details className="import-details" open>
      <summary>
        Removed by the clean-up ({removed.length} line{removed.length === 1 ? '' : 's'})
      </summary>
      <ul className="import-removed" aria-label={`Removed from ${fileName}`}>
        {removed.map((line, index) => (
          <li key={`${line.origin}-${index}`}>
            <span className="import-rule" title={line.reason}>
              {line.ruleId}
            </span>{' '}
            <q className="import-line">{line.text}</q>
            {line.movedTo && <span className="import-moved"> → moved to {MOVED_LABELS[line.movedTo]}</span>}{' '}
            {restored.includes(index) ? (
              <span className="import-added">restored to the draft</span>
            ) : (
              <button
                type="button"
                className="button small quiet"
                disabled={busy !== null}
                aria-label={`Restore “${shortText(line.text)}” to the draft`}
                onClick={() => void restore(index)}
              >
                Restore
              </button>
            )}
          </li>
        ))}
      </ul>
      {failure && (
        <p role="alert" className="import-failure">
          {failure}
        </p>
      )}
    </details>
  );
}
