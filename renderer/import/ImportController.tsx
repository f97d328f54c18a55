import { useCallback, useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { JSX, Ref } from 'react';
import { ImportDialog } from './ImportDialog';
import { IMPORT_ACCEPT } from './readImportFile';
import { useImport } from './useImport';
import './import.css';

export type ImportHandle = {
  /** Opens the import dialog: choose files or paste a page (the Import button and the File menu's Import command). */
  openImport: () => void;
};

type Props = {
  ref?: Ref<ImportHandle>;
  /** A read-only library takes no imports. */
  disabled: boolean;
  /** After an import that created or changed drafts: reload the library. */
  onImported: () => void;
  onOpenDraft: (id: string) => void;
};

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * Import from the picker, by pasting a page, or by dropping files anywhere on
 * the window: a drop overlay while files are dragged over, then the progress
 * and results dialog.
 */
export function ImportController({ ref, disabled, onImported, onOpenDraft }: Props): JSX.Element {
  const inputRef = useRef<HTMLInputElement>(null);
  const { run, start, clear } = useImport(onImported);
  const [open, setOpen] = useState(false);
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);

  const begin = useCallback(
    (files: File[]) => {
      if (disabled || files.length === 0) return;
      start(files);
      setOpen(true);
    },
    [disabled, start],
  );

  useImperativeHandle(ref, () => ({ openImport: () => !disabled && setOpen(true) }), [disabled]);

  useEffect(() => {
    const onDragEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth.current += 1;
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    };
    const onDragOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      // Without this the browser would open the file in place of the app.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
    };
    const onDrop = (event: DragEvent) => {
      depth.current = 0;
      setDragging(false);
      if (!hasFiles(event)) return;
      event.preventDefault();
      begin(Array.from(event.dataTransfer?.files ?? []));
    };
    document.addEventListener('dragenter', onDragEnter);
    document.addEventListener('dragleave', onDragLeave);
    document.addEventListener('dragover', onDragOver);
    document.addEventListener('drop', onDrop);
    return () => {
      document.removeEventListener('dragenter', onDragEnter);
      document.removeEventListener('dragleave', onDragLeave);
      document.removeEventListener('dragover', onDragOver);
      document.removeEventListener('drop', onDrop);
    };
  }, [begin, disabled]);

  const close = () => {
    setOpen(false);
    clear();
  };

  return (
    <>
      <input
        ref={inputRef}
        type="file"
        multiple
        accept={IMPORT_ACCEPT}
        hidden
        aria-label="Files to import"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          begin(files);
        }}
      />
      {dragging && !disabled && (
        <div className="import-drop-overlay" aria-hidden="true">
          <p>Drop files to import them as drafts</p>
        </div>
      )}
      {open && (
        <ImportDialog
          run={run}
          onPickFiles={() => inputRef.current?.click()}
          onImport={begin}
          onImportMore={clear}
          onDraftChanged={onImported}
          onClose={close}
          onOpenDraft={(id) => {
            setOpen(false);
            clear();
            onOpenDraft(id);
          }}
        />
      )}
    </>
  );
}
