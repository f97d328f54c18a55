import { useEffect, useId, useState } from 'react';
import type { JSX } from 'react';
import type { Source } from '../../shared/model/source';
import { usePreferences } from '../app/usePreferences';
import { RemoveSourceDialog } from './RemoveSourceDialog';
import { SOURCE_KIND_LABELS, SourceForm } from './SourceForm';
import { StateMediaSettings } from './StateMediaSettings';
import { SuggestionList } from './SuggestionList';
import { clearPassageHighlights, highlightPassages } from './highlightPassages';
import { emptySource } from './sourceDefaults';
import type { SourcesStore } from './sourcesStore';
import { useSourcesState } from './useSourcesState';
import { isOpenableUrl } from '../plugins/AttributionPlugin/HoverCard';
import './sources.css';

type Editing = { kind: 'new'; source: Source } | { kind: 'edit'; source: Source } | { kind: 'remove'; source: Source } | null;

type Props = { store: SourcesStore; readOnly: boolean };

/** The draft's sources beside the editor: list, add/edit/remove, passages per source, engine suggestions. */
export function SourcesPanel({ store, readOnly }: Props): JSX.Element {
  const titleId = useId();
  const { sources, passages, suggestions } = useSourcesState(store);
  const { prefs, update } = usePreferences();
  const [editing, setEditing] = useState<Editing>(null);
  const [focus, setFocus] = useState<{ sourceId: string; index: number } | null>(null);

  useEffect(() => store.setStateAffiliatedOutlets(prefs.stateAffiliatedOutlets), [store, prefs.stateAffiliatedOutlets]);

  const focusedKeys = focus ? passages.filter((passage) => passage.sourceIds.includes(focus.sourceId)).map((passage) => passage.key) : [];
  const focusedKeyList = focusedKeys.join(' ');
  useEffect(() => {
    const editor = store.editor;
    if (!focus || !editor || focusedKeyList === '') {
      clearPassageHighlights();
      return;
    }
    highlightPassages(editor, focusedKeyList.split(' '), focus.index % focusedKeyList.split(' ').length);
  }, [store, focus, focusedKeyList]);
  useEffect(() => clearPassageHighlights, []);

  const step = (source: Source, delta: number) => {
    const count = store.passagesOf(source.id).length;
    if (count === 0) return;
    setFocus((current) =>
      current?.sourceId === source.id ? { sourceId: source.id, index: (current.index + delta + count) % count } : { sourceId: source.id, index: 0 },
    );
  };

  return (
    <section className="panel sources-panel" aria-labelledby={titleId}>
      <header className="panel-header">
        <h2 id={titleId} className="panel-title">
          Sources <span className="count">{sources.length}</span>
        </h2>
        <button type="button" className="button quiet" disabled={readOnly || editing !== null} onClick={() => setEditing({ kind: 'new', source: emptySource() })}>
          + Add source
        </button>
      </header>

      {editing?.kind === 'new' && (
        <SourceForm
          initial={editing.source}
          isNew
          stateAffiliatedOutlets={prefs.stateAffiliatedOutlets}
          onCancel={() => setEditing(null)}
          onSave={(source) => {
            store.add(source);
            setEditing(null);
          }}
        />
      )}

      {!readOnly && <SuggestionList suggestions={suggestions} onApply={(suggestion) => store.applySuggestion(suggestion)} onDismiss={(suggestion) => store.dismissSuggestion(suggestion)} />}

      {sources.length === 0 && editing === null && <p className="muted">No sources yet. Add the people, outlets and documents this story rests on.</p>}
      <ul className="source-list">
        {sources.map((source) => {
          const count = passages.filter((passage) => passage.sourceIds.includes(source.id)).length;
          const focused = focus?.sourceId === source.id && count > 0;
          if (editing?.kind === 'edit' && editing.source.id === source.id) {
            return (
              <li key={source.id}>
                <SourceForm
                  initial={source}
                  isNew={false}
                  stateAffiliatedOutlets={prefs.stateAffiliatedOutlets}
                  onCancel={() => setEditing(null)}
                  onSave={(next) => {
                    store.update(next);
                    setEditing(null);
                  }}
                />
              </li>
            );
          }
          return (
            <li key={source.id} className={`source-card${focused ? ' is-focused' : ''}`} aria-label={source.name}>
              <div className="source-head">
                <button
                  type="button"
                  className="source-name"
                  aria-pressed={focused}
                  title={count > 0 ? 'Highlight its passages in the text' : 'No passage is attributed to this source'}
                  onClick={() => (focused ? setFocus(null) : step(source, 0))}
                >
                  {source.name}
                </button>
                <span className={`passage-count${count === 0 ? ' is-zero' : ''}`} aria-label={`${count} attributed passages`}>
                  {count}
                </span>
              </div>
              <p className="source-meta">
                <span className="kind-label">{SOURCE_KIND_LABELS[source.kind]}</span>
                {source.stateAffiliated && <span className="badge badge-state">State media</span>}
                {source.role && <span className="source-role">{source.role}</span>}
              </p>
              {source.url && isOpenableUrl(source.url) && (
                <a className="source-url" href={source.url} target="_blank" rel="noopener noreferrer">
                  {source.url.replace(/^https?:\/\/(www\.)?/, '')}
                </a>
              )}
              {(source.datePublished || source.dateAccessed) && (
                <p className="source-dates">
                  {source.datePublished && <>Published {source.datePublished}</>}
                  {source.datePublished && source.dateAccessed && ' · '}
                  {source.dateAccessed && <>Accessed {source.dateAccessed}</>}
                </p>
              )}
              {source.notes && <p className="source-notes">{source.notes}</p>}
              {source.ownText && <p className="source-notes">Own text: {source.ownText.length.toLocaleString()} characters</p>}
              {focused && (
                <div className="passage-stepper" role="group" aria-label={`Passages of ${source.name}`}>
                  <button type="button" className="tool" aria-label="Previous passage" onClick={() => step(source, -1)}>
                    ‹
                  </button>
                  <span aria-live="polite">
                    {(focus.index % count) + 1} of {count}
                  </span>
                  <button type="button" className="tool" aria-label="Next passage" onClick={() => step(source, 1)}>
                    ›
                  </button>
                </div>
              )}
              {editing?.kind === 'remove' && editing.source.id === source.id ? (
                <RemoveSourceDialog
                  source={source}
                  passageCount={count}
                  others={sources.filter((other) => other.id !== source.id)}
                  onCancel={() => setEditing(null)}
                  onConfirm={(replacementId) => {
                    if (focus?.sourceId === source.id) setFocus(null);
                    store.remove(source.id, replacementId);
                    setEditing(null);
                  }}
                />
              ) : (
                !readOnly && (
                  <div className="source-actions">
                    <button type="button" className="button quiet" disabled={editing !== null} onClick={() => setEditing({ kind: 'edit', source })}>
                      Edit
                    </button>
                    <button type="button" className="button quiet danger-text" disabled={editing !== null} onClick={() => setEditing({ kind: 'remove', source })}>
                      Remove
                    </button>
                  </div>
                )
              )}
            </li>
          );
        })}
      </ul>
      {!readOnly && <StateMediaSettings outlets={prefs.stateAffiliatedOutlets} onSave={(outlets) => update({ stateAffiliatedOutlets: outlets })} />}
    </section>
  );
}
