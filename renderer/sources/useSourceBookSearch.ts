import { useEffect, useState } from 'react';
import { api } from '../api';
import type { SourceBookEntry } from '../../shared/model/source-book';

const SEARCH_DELAY_MS = 150;

/** Source book entries matching what is typed in the name field; empty until two characters are typed. */
export function useSourceBookSearch(query: string): SourceBookEntry[] {
  const [entries, setEntries] = useState<SourceBookEntry[]>([]);
  const trimmed = query.trim();
  useEffect(() => {
    if (trimmed.length < 2) return;
    let live = true;
    const timer = window.setTimeout(() => {
      api['sourceBook.list']({ query: trimmed, limit: 8 }).then(
        (result) => live && setEntries(result.entries),
        // The book is a convenience: when it cannot be read, the form still works without offers.
        () => live && setEntries([]),
      );
    }, SEARCH_DELAY_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [trimmed]);
  return trimmed.length < 2 ? [] : entries;
}
