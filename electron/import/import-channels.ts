import type { ApiHandlers } from '../../shared/api/channels';
import type { Source } from '../../shared/model/source';
import { addProposedSources } from './add-proposed-sources';
import type { DraftAccess } from './draft-access';
import { createImportHandler, type ImportHandlerDeps } from './import-handler';
import { originalText } from './original-text';
import { restoreRemovedLine } from './restore-removed-line';

export type ImportChannelName = 'import.files' | 'import.addSources' | 'import.restoreLine' | 'import.original';

export interface ImportChannelDeps extends ImportHandlerDeps {
  drafts: DraftAccess;
  /** The newsroom's source book, read when proposals are accepted so a matched entry is copied as it is now. */
  sourceBook: () => Promise<readonly Omit<Source, 'ownText'>[]>;
}

/**
 * Every import channel. The API handlers load this module on the first
 * import call, so the import pipeline costs the host nothing at start.
 */
export function createImportChannels(deps: ImportChannelDeps): Pick<ApiHandlers, ImportChannelName> {
  const importFiles = createImportHandler(deps);
  return {
    'import.files': (request) => importFiles(request),
    'import.addSources': (request) => addProposedSources(deps.drafts, deps.sourceBook, request),
    'import.restoreLine': (request) => restoreRemovedLine(deps.drafts, request),
    'import.original': (request) => originalText(deps.drafts, request),
  };
}
