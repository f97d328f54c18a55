import { useState } from 'react';
import type { JSX } from 'react';
import type { ProposedSource } from '../../shared/import/sources/proposed-source';
import { api, errorMessage } from '../api';

type Props = {
  draftId: string;
  fileName: string;
  proposals: ProposedSource[];
  /** The draft changed on disk (the library shows when it was last changed). */
  onDraftChanged: () => void;
};

const REASON_LABELS: Record<ProposedSource['reason'], string> = {
  attribution: 'named as a source',
  'outlet-citation': 'cited outlet',
  credit: 'credited at the end',
};

type AddState = { kind: 'idle' } | { kind: 'adding' } | { kind: 'done'; message: string } | { kind: 'failed'; message: string };

function sourcesWord(count: number): string {
  return `${count} source${count === 1 ? '' : 's'}`;
}

/**
 * The sources the import found, all ticked: one click adds them to the
 * draft's sources (matched source-book entries are copied, with their
 * state-affiliated flag). Unticking leaves a proposal out.
 */
export function ProposedSources({ draftId, fileName, proposals, onDraftChanged }: Props): JSX.Element | null {
  const [picked, setPicked] = useState<ReadonlySet<number>>(() => new Set(proposals.map((_, index) => index)));
  const [inDraft, setInDraft] = useState<ReadonlySet<number>>(() => new Set());
  const [state, setState] = useState<AddState>({ kind: 'idle' });
  if (proposals.length === 0) return null;

  const toAdd = [...picked].filter((index) => !inDraft.has(index)).sort((a, b) => a - b);
  const add = async () => {
    setState({ kind: 'adding' });
    try {
      const response = await api['import.addSources']({ id: draftId, proposals: toAdd.map((index) => proposals[index]!) });
      setInDraft(new Set([...inDraft, ...toAdd]));
      const names = response.added.map((source) => source.name).join(', ');
      setState({
        kind: 'done',
        message: response.added.length > 0 ? `Added ${sourcesWord(response.added.length)} to the draft: ${names}.` : 'The draft already holds these sources.',
      });
      onDraftChanged();
    } catch (error) {
      setState({ kind: 'failed', message: `The sources were not added: ${errorMessage(error)}` });
    }
  };
  const toggle = (index: number) => {
    const next = new Set(picked);
    if (next.has(index)) next.delete(index);
    else next.add(index);
    setPicked(next);
  };

  return (
    <details className="import-details" open>
      <summary>Proposed sources ({proposals.length})</summary>
      <ul className="import-sources" aria-label={`Sources proposed for ${fileName}`}>
        {proposals.map((source, index) => (
          <li key={`${source.kind}-${source.name}`}>
            <label>
              <input type="checkbox" checked={picked.has(index) || inDraft.has(index)} disabled={inDraft.has(index)} onChange={() => toggle(index)} />{' '}
              <strong>{source.name}</strong>{' '}
              <span className="import-meta">
                ({REASON_LABELS[source.reason]}
                {source.role ? `, ${source.role}` : ''}
                {source.known ? '' : ', new'})
              </span>
              {source.stateAffiliated && <span className="badge import-state"> state-affiliated</span>}
              {inDraft.has(index) && <span className="import-added"> in the draft</span>}
            </label>
          </li>
        ))}
      </ul>
      <div className="import-row">
        <button type="button" className="button small" disabled={toAdd.length === 0 || state.kind === 'adding'} onClick={() => void add()}>
          {toAdd.length === proposals.length ? `Add all ${sourcesWord(toAdd.length)} to the draft` : `Add ${sourcesWord(toAdd.length)} to the draft`}
        </button>
        <span role="status" className={state.kind === 'failed' ? 'import-failure' : 'import-meta'}>
          {state.kind === 'done' || state.kind === 'failed' ? state.message : state.kind === 'adding' ? 'Adding…' : ''}
        </span>
      </div>
    </details>
  );
}
