import { useCallback, useEffect, useState } from 'react';
import { onMenuCommand } from '../api';
import type { CheckStore } from '../check/checkStore';

/**
 * Opens the export dialog from the panel button or the File menu's
 * 'export-html' command, unless the live check already knows the export
 * would be refused: then the refusal is shown in the Check panel instead.
 */
export function useExportDialog(store: CheckStore): { open: boolean; request: () => void; close: () => void } {
  const [open, setOpen] = useState(false);
  const request = useCallback(() => {
    const blocking = store.blockingNow();
    if (blocking.length > 0) {
      store.refuse('export this draft', blocking);
      return;
    }
    store.dismissRefusal();
    setOpen(true);
  }, [store]);
  const close = useCallback(() => setOpen(false), []);

  useEffect(
    () =>
      onMenuCommand((command) => {
        if (command === 'export-html') request();
      }),
    [request],
  );
  return { open, request, close };
}
