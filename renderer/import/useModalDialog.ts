import { useEffect } from 'react';
import type { RefObject } from 'react';

/**
 * Opens a <dialog> as a modal when it mounts (the browser then traps focus and
 * closes it on Escape), focuses the given control, and gives focus back to
 * whatever had it when the dialog goes.
 */
export function useModalDialog(dialogRef: RefObject<HTMLDialogElement | null>, initialFocusRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const dialog = dialogRef.current;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    initialFocusRef.current?.focus();
    return () => {
      if (previous?.isConnected) previous.focus();
    };
    // Only on mount: the dialog opens once and its first focus is set once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
