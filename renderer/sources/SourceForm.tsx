import { useId, useState } from 'react';
import type { JSX, ReactNode } from 'react';
import { SOURCE_KINDS } from '../../shared/model/source';
import type { Source, SourceKind } from '../../shared/model/source';
import type { SourceBookEntry } from '../../shared/model/source-book';
import { api, errorMessage } from '../api';
import { newSourceId } from './sourceDefaults';
import { useSourceBookSearch } from './useSourceBookSearch';
import { hasErrors, validateSource } from './validateSource';
import type { SourceField } from './validateSource';

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  person: 'Person',
  outlet: 'News outlet',
  'wire-agency': 'Wire agency',
  organisation: 'Organisation',
  document: 'Document',
  'social-post': 'Social post',
  anonymous: 'Anonymous',
};

type Props = {
  initial: Source;
  isNew: boolean;
  stateAffiliatedOutlets: readonly string[];
  onSave: (source: Source) => void;
  onCancel: () => void;
};

/** A book entry copied into this draft: a new id, so later edits to the book never reach the draft. */
function fromBook(entry: SourceBookEntry, ownText: string): Source {
  const { updatedAt: _bookStamp, ...record } = entry;
  return { ...record, id: newSourceId(), ownText };
}

/** Adds or edits one source; errors show once a field has been touched, and always on save. */
export function SourceForm({ initial, isNew, stateAffiliatedOutlets, onSave, onCancel }: Props): JSX.Element {
  const id = useId();
  const [source, setSource] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<SourceField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [bookNote, setBookNote] = useState<string | null>(null);
  const [nameFocused, setNameFocused] = useState(false);
  const offers = useSourceBookSearch(isNew && nameFocused ? source.name : '');
  const errors = validateSource(source);
  const shown = (field: SourceField) => (submitted || touched.has(field) ? errors[field] : undefined);
  const listed = stateAffiliatedOutlets.some((name) => name.toLowerCase() === source.name.trim().toLowerCase());

  const set = <F extends SourceField>(field: F, value: Source[F]) => {
    setSource((current) => ({ ...current, [field]: value }));
    setTouched((current) => new Set(current).add(field));
  };

  const field = (name: SourceField, label: string, control: ReactNode, hint?: string) => (
    <div className={`field${shown(name) ? ' field-invalid' : ''}`}>
      <label htmlFor={`${id}-${name}`}>{label}</label>
      {control}
      {shown(name) ? (
        <p className="field-error" id={`${id}-${name}-error`} role="alert">
          {shown(name)}
        </p>
      ) : (
        hint && <p className="field-hint">{hint}</p>
      )}
    </div>
  );
  const described = (name: SourceField) => ({
    id: `${id}-${name}`,
    'aria-invalid': shown(name) ? true : undefined,
    'aria-describedby': shown(name) ? `${id}-${name}-error` : undefined,
    onBlur: () => setTouched((current) => new Set(current).add(name)),
  });

  const saveToBook = async () => {
    setBookNote(null);
    try {
      const { ownText: _draftOnly, ...entry } = source;
      // An entry of the same name is updated rather than duplicated; the draft keeps its own copy either way.
      const { entries } = await api['sourceBook.list']({ query: source.name.trim(), limit: 20 });
      const same = entries.find((existing) => existing.name.toLowerCase() === source.name.trim().toLowerCase());
      await api['sourceBook.upsert']({ entry: { ...entry, name: source.name.trim(), id: same?.id ?? newSourceId() } });
      setBookNote(same ? 'Updated in the source book.' : 'Saved to the source book.');
    } catch (error) {
      setBookNote(`Not saved to the source book: ${errorMessage(error)}`);
    }
  };

  return (
    <form
      className="source-form"
      aria-label={isNew ? 'New source' : `Edit ${initial.name}`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        if (!hasErrors(errors)) onSave({ ...source, name: source.name.trim() });
      }}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
    >
      <div className="field source-name-field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          {...described('name')}
          autoFocus
          autoComplete="off"
          role="combobox"
          aria-expanded={offers.length > 0}
          aria-controls={offers.length > 0 ? `${id}-offers` : undefined}
          value={source.name}
          onFocus={() => setNameFocused(true)}
          onChange={(event) => set('name', event.target.value)}
        />
        {offers.length > 0 && (
          <ul className="book-offers" id={`${id}-offers`} role="listbox" aria-label="From the source book">
            {offers.map((entry) => (
              <li key={entry.id} role="option" aria-selected={false}>
                <button
                  type="button"
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => {
                    setSource(fromBook(entry, source.ownText));
                    setNameFocused(false);
                  }}
                >
                  <strong>{entry.name}</strong>
                  {entry.role && <span> — {entry.role}</span>}
                  {entry.stateAffiliated && <span className="badge badge-state">State media</span>}
                </button>
              </li>
            ))}
          </ul>
        )}
        {shown('name') && (
          <p className="field-error" id={`${id}-name-error`} role="alert">
            {shown('name')}
          </p>
        )}
      </div>
      {field(
        'kind',
        'Kind',
        <select {...described('kind')} value={source.kind} onChange={(event) => set('kind', event.target.value as SourceKind)}>
          {SOURCE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {SOURCE_KIND_LABELS[kind]}
            </option>
          ))}
        </select>,
      )}
      {field(
        'role',
        source.kind === 'person' ? 'Role' : 'Description',
        <input {...described('role')} value={source.role} onChange={(event) => set('role', event.target.value)} />,
        source.kind === 'person' ? 'e.g. “leader of the National Rally”' : 'e.g. “Russian state news agency”',
      )}
      {source.kind === 'anonymous' &&
        field(
          'anonymityReason',
          'Why anonymity was granted',
          <input {...described('anonymityReason')} value={source.anonymityReason} onChange={(event) => set('anonymityReason', event.target.value)} />,
        )}
      {field('url', 'URL', <input {...described('url')} type="url" inputMode="url" value={source.url} onChange={(event) => set('url', event.target.value.trim())} />)}
      <div className="field-pair">
        {field('datePublished', 'Published', <input {...described('datePublished')} type="date" value={source.datePublished} onChange={(event) => set('datePublished', event.target.value)} />)}
        {field('dateAccessed', 'Accessed', <input {...described('dateAccessed')} type="date" value={source.dateAccessed} onChange={(event) => set('dateAccessed', event.target.value)} />)}
      </div>
      <label className="check-row">
        <input type="checkbox" checked={source.stateAffiliated} onChange={(event) => set('stateAffiliated', event.target.checked)} />
        State-affiliated media
      </label>
      {listed && !source.stateAffiliated && <p className="field-hint warning-text">This name is on the newsroom’s state-affiliated list.</p>}
      {field('notes', 'Notes', <textarea {...described('notes')} rows={2} value={source.notes} onChange={(event) => set('notes', event.target.value)} />)}
      {field(
        'ownText',
        'Source’s own text',
        <textarea {...described('ownText')} rows={3} value={source.ownText} onChange={(event) => set('ownText', event.target.value)} />,
        'A transcript or wire copy, to verify quotes against.',
      )}
      <div className="form-actions">
        <button type="button" className="button quiet" onClick={() => void saveToBook()} disabled={hasErrors(errors)}>
          Save to source book
        </button>
        <span className="spacer" />
        <button type="button" className="button quiet" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button primary">
          {isNew ? 'Add source' : 'Save'}
        </button>
      </div>
      {bookNote && (
        <p className="field-hint" role="status">
          {bookNote}
        </p>
      )}
    </form>
  );
}
