import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { JSX, ReactNode, Ref } from 'react';
import { DRAFT_STATUSES } from '../../shared/model/draft';
import type { DraftStatus, DraftSummary } from '../../shared/model/draft';
import type { Library } from './useLibrary';
import { DraftListItem, TrashListItem } from './DraftListItem';
import { STATUS_LABELS } from './format';
import { QuarantineNotice } from './QuarantineNotice';
import { useNow } from './useNow';

export type LibraryView = 'drafts' | 'trash';

type Props = {
  library: Library | null;
  trash: DraftSummary[] | null;
  error: string | null;
  view: LibraryView;
  selectedId: string | null;
  searchRef: Ref<HTMLInputElement>;
  onViewChange: (view: LibraryView) => void;
  onOpen: (id: string) => void;
  onNewDraft: () => void;
  /** Opens the import file picker. */
  onImport?: () => void;
  onRestore: (id: string) => void;
  onDeleteForever: (id: string) => void;
  /** Shown at the foot of the sidebar (the appearance setting). */
  footer?: ReactNode;
};

function matches(draft: DraftSummary, query: string, status: DraftStatus | 'all'): boolean {
  if (status !== 'all' && draft.status !== status) return false;
  if (query === '') return true;
  const haystack = draft.headline.toLocaleLowerCase();
  return query
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

const byLastEdited = (a: DraftSummary, b: DraftSummary) => b.updatedAt.localeCompare(a.updatedAt);

/** The library: every draft, searchable as you type, filterable by status, plus the trash. */
export function LibrarySidebar(props: Props): JSX.Element {
  const { library, trash, error, view, selectedId, searchRef, onViewChange, onOpen, onNewDraft, onImport, onRestore, onDeleteForever, footer } = props;
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<DraftStatus | 'all'>('all');
  const deferredQuery = useDeferredValue(query);
  const now = useNow(30_000);
  const searchId = useId();
  const statusId = useId();
  const readOnly = library?.readOnly ?? false;

  const source = view === 'trash' ? trash : library?.drafts;
  const visible = useMemo(
    () => (source ?? []).filter((draft) => matches(draft, deferredQuery.trim(), view === 'trash' ? 'all' : status)).sort(byLastEdited),
    [source, deferredQuery, status, view],
  );

  return (
    <nav className="library" aria-label="Library">
      <header className="library-header">
        <h1 className="brand">Copydesk</h1>
        <div className="library-header-actions">
          {onImport && (
            <button type="button" className="button" onClick={onImport} disabled={readOnly || library === null}>
              Import
            </button>
          )}
          <button type="button" className="button primary" onClick={onNewDraft} disabled={readOnly || library === null}>
            New draft
          </button>
        </div>
      </header>

      <div className="library-tabs" role="group" aria-label="Show">
        <button type="button" className="tab" aria-pressed={view === 'drafts'} onClick={() => onViewChange('drafts')}>
          Drafts
          {library && <span className="count">{library.drafts.length}</span>}
        </button>
        <button type="button" className="tab" aria-pressed={view === 'trash'} onClick={() => onViewChange('trash')}>
          Trash
        </button>
      </div>

      <div className="library-search" role="search">
        <label htmlFor={searchId} className="visually-hidden">
          Search drafts
        </label>
        <input
          id={searchId}
          ref={searchRef}
          type="search"
          placeholder={view === 'trash' ? 'Search trash' : 'Search headlines'}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        {view === 'drafts' && (
          <>
            <label htmlFor={statusId} className="visually-hidden">
              Filter by status
            </label>
            <select id={statusId} value={status} onChange={(event) => setStatus(event.target.value as DraftStatus | 'all')}>
              <option value="all">All statuses</option>
              {DRAFT_STATUSES.map((value) => (
                <option key={value} value={value}>
                  {STATUS_LABELS[value]}
                </option>
              ))}
            </select>
          </>
        )}
      </div>

      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      {library && view === 'drafts' && <QuarantineNotice files={library.quarantined} />}

      <div className="library-list-region">
        {source === null || source === undefined ? (
          <p className="library-empty" role="status">
            Loading…
          </p>
        ) : visible.length === 0 ? (
          <p className="library-empty" role="status">
            {source.length === 0 ? (view === 'trash' ? 'The trash is empty.' : 'No drafts yet.') : 'No drafts match.'}
          </p>
        ) : (
          <ul className="draft-list" aria-label={view === 'trash' ? 'Trashed drafts' : 'Drafts'}>
            {visible.map((draft) =>
              view === 'trash' ? (
                <TrashListItem key={draft.id} draft={draft} now={now} readOnly={readOnly} onRestore={onRestore} onDeleteForever={onDeleteForever} />
              ) : (
                <DraftListItem key={draft.id} draft={draft} now={now} selected={draft.id === selectedId} onOpen={onOpen} />
              ),
            )}
          </ul>
        )}
      </div>
      {footer && <footer className="library-footer">{footer}</footer>}
    </nav>
  );
}
