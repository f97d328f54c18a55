import { useCallback, useRef, useState } from 'react';
import type { ImportFileOutcome } from '../../shared/import/import-channel';
import { api, errorMessage } from '../api';
import { readAsBase64, refusalBeforeUpload } from './readImportFile';

export type ImportItem =
  | { key: number; name: string; state: 'waiting' | 'importing' }
  | { key: number; name: string; state: 'imported'; outcome: ImportFileOutcome & { draftId: string } }
  | { key: number; name: string; state: 'refused'; reason: string; outcome?: ImportFileOutcome };

export type ImportRun = {
  items: ImportItem[];
  /** Files finished (imported or refused). */
  done: number;
  running: boolean;
};

function settle(outcome: ImportFileOutcome, key: number, name: string): ImportItem {
  if (outcome.ok && outcome.draftId) return { key, name, state: 'imported', outcome: { ...outcome, draftId: outcome.draftId } };
  return { key, name, state: 'refused', reason: outcome.error ?? 'The file could not be imported.', outcome };
}

/**
 * Imports files one request at a time: each upload stays well under the
 * transport's size limit, one bad file does not take the others with it, and
 * the progress counts real work done.
 */
export function useImport(onImported: () => void): { run: ImportRun | null; start: (files: File[]) => void; clear: () => void } {
  const [run, setRun] = useState<ImportRun | null>(null);
  const running = useRef(false);
  const nextKey = useRef(0);

  const update = (key: number, item: ImportItem) =>
    setRun((current) => {
      if (!current) return current;
      const items = current.items.map((existing) => (existing.key === key ? item : existing));
      return { ...current, items, done: items.filter((each) => each.state === 'imported' || each.state === 'refused').length };
    });

  const start = useCallback(
    (files: File[]) => {
      if (running.current || files.length === 0) return;
      running.current = true;
      const queue = files.map((file) => ({ file, key: nextKey.current++ }));
      setRun({ items: queue.map(({ file, key }) => ({ key, name: file.name, state: 'waiting' })), done: 0, running: true });
      void (async () => {
        let created = false;
        for (const { file, key } of queue) {
          const name = file.name;
          const refusal = refusalBeforeUpload(file);
          if (refusal) {
            update(key, { key, name, state: 'refused', reason: refusal });
            continue;
          }
          update(key, { key, name, state: 'importing' });
          try {
            const contentBase64 = await readAsBase64(file);
            const response = await api['import.files']({ files: [{ name, contentBase64 }] });
            const outcome = response.results[0];
            const item: ImportItem = outcome ? settle(outcome, key, name) : { key, name, state: 'refused', reason: 'Copydesk sent no result for this file.' };
            if (item.state === 'imported') created = true;
            update(key, item);
          } catch (error) {
            update(key, { key, name, state: 'refused', reason: errorMessage(error) });
          }
        }
        running.current = false;
        setRun((current) => (current ? { ...current, running: false } : current));
        if (created) onImported();
      })();
    },
    [onImported],
  );

  const clear = useCallback(() => {
    if (!running.current) setRun(null);
  }, []);

  return { run, start, clear };
}
