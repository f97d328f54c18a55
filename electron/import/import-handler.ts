import type { ParsedRequestOf, RequestOf, ResponseOf } from '../../shared/api/channels';
import type { ImportFileOutcome } from '../../shared/import/import-channel';
import type { Draft } from '../../shared/model/draft';
import { importFiles, type ImportFileResult, type OriginalFile } from './import-files';
import type { ImportOptionsInput } from './import-options';

export interface ImportHandlerDeps {
  /** The draft store's create (DraftStore.create, as behind 'drafts.create'). */
  createDraft: (request: RequestOf<'drafts.create'>) => Promise<Draft>;
  /**
   * Keeps the file as it came in with the new draft's history, so the editor
   * can compare the draft with its original. Owned by the draft store.
   */
  keepOriginal: (draftId: string, original: OriginalFile) => Promise<void>;
  /** Read on every import, so a change to the state-media list or the source book applies at once. */
  importOptions?: () => ImportOptionsInput | Promise<ImportOptionsInput>;
}

function outcomeOf(result: ImportFileResult, draft?: Draft, extraWarnings: string[] = []): ImportFileOutcome {
  return {
    name: result.name,
    ok: result.ok && draft !== undefined,
    ...(draft ? { draftId: draft.id, headline: draft.meta.headline } : {}),
    removed: result.removed,
    proposedSources: result.proposedSources,
    warnings: [...result.warnings, ...extraWarnings],
    ...(result.error ? { error: result.error } : {}),
  };
}

async function createFrom(result: ImportFileResult, deps: ImportHandlerDeps): Promise<ImportFileOutcome> {
  if (!result.ok || !result.draftInput) return outcomeOf(result);
  const draft = await deps.createDraft(result.draftInput);
  if (!result.original) return outcomeOf(result, draft);
  try {
    await deps.keepOriginal(draft.id, result.original);
    return outcomeOf(result, draft);
  } catch (error) {
    // The draft exists and is the editor's work from now on; losing the copy of the original is reported, not fatal.
    const reason = error instanceof Error ? error.message : String(error);
    return outcomeOf(result, draft, [`The original file could not be kept with the draft's history (${reason}).`]);
  }
}

/**
 * The 'import.files' channel: decodes the uploaded files, imports them, and
 * creates one draft per usable file. A failure to create one draft (a full
 * disk, a read-only library) is that file's result; the others go on.
 */
export function createImportHandler(deps: ImportHandlerDeps): (request: ParsedRequestOf<'import.files'>) => Promise<ResponseOf<'import.files'>> {
  return async (request) => {
    const files = request.files.map((file) => ({ name: file.name, bytes: new Uint8Array(Buffer.from(file.contentBase64, 'base64')) }));
    const options = deps.importOptions ? await deps.importOptions() : {};
    const results: ImportFileOutcome[] = [];
    for (const result of await importFiles(files, options)) {
      try {
        results.push(await createFrom(result, deps));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        results.push({ ...outcomeOf(result), ok: false, error: `${result.name} was read, but its draft could not be created: ${reason}` });
      }
    }
    return { results };
  };
}
