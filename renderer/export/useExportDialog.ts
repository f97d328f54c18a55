import { useCallback, useEffect, useState } from 'react';
import { onMenuCommand } from '../api';
import type { CheckStore } from '../check/checkStore';

/**
 * Opens the export dialog from the panel button or the File menu's
 * 'export-html' command once a fresh check of the draft finds nothing that
 * refuses the export; otherwise the refusal is shown in the Check panel.
 */
export function useExportDialog(store: CheckStore): { open: boolean; request: () => void; close: () => void } {
  const [open, setOpen] = useState(false);
  const request = useCallback(() => {
    void store.clearsGate('export this draft').then((clear) => {
      if (clear) setOpen(true);
    });
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
