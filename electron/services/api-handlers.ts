import { channels } from '../../shared/api/channels';
import type { ApiHandlers } from '../../shared/api/channels';
import { toApiError } from './io-errors';
import type { Clock } from './clock';
import type { FileSystem } from './file-system';
import type { Logger } from './draft-store';
import { DraftStore } from './draft-store';
import type { KeyValueStore } from './preferences';
import { PreferencesService } from './preferences';
import { SourceBook } from './source-book';
import type { createImportChannels, ImportChannelName } from '../import/import-channels';
import { ExportService, assertPublishable, checkSettingsFrom } from './export-service';

export interface ApiHandlerOptions {
  dataDir: string;
  preferencesStore: KeyValueStore;
  clock?: Clock;
  /** For fault-injection tests; defaults to node:fs. */
  fs?: FileSystem;
  log?: Logger;
}

export interface ApiHandlersWithServices extends ApiHandlers {
  /** Not a channel: lets hosts and tests wait for pending writes before exiting. */
  readonly services: { drafts: DraftStore; preferences: PreferencesService; sourceBook: SourceBook };
}

/** The importer hands over drafts in the request's input form; they get the same validation as the channel. */
const CreateDraftRequestSchema = channels['drafts.create'].request;

/** The import matches proposals against the whole source book (the import options allow up to this many entries). */
const MAX_SOURCE_BOOK_FOR_IMPORT = 10_000;

/** Wraps a synchronous store call so an I/O error becomes an ApiError like the drafts' ones. */
async function preferencesCall<T>(action: string, work: () => T): Promise<T> {
  try {
    return work();
  } catch (error) {
    throw toApiError(error, action);
  }
}

/** The full implementation of the API contract over one data folder and one preferences store. */
export function createApiHandlers(options: ApiHandlerOptions): ApiHandlersWithServices {
  const preferences = new PreferencesService(options.preferencesStore, options.log);
  const drafts = new DraftStore({
    dataDir: options.dataDir,
    ...(options.fs ? { fs: options.fs } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.log ? { log: options.log } : {}),
    historyPolicy: () => {
      const { snapshotIntervalMinutes, historyRetentionDays } = preferences.get();
      return { snapshotIntervalMinutes, historyRetentionDays };
    },
    publishGate: (draft) => void assertPublishable(draft, checkSettingsFrom(preferences.get()), `mark this draft ${draft.status}`),
  });
  const exporter = new ExportService({ drafts, preferences: () => preferences.get() });
  const sourceBook = new SourceBook({
    dataDir: options.dataDir,
    ...(options.fs ? { fs: options.fs } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  const wholeSourceBook = async () => (await sourceBook.list('', MAX_SOURCE_BOOK_FOR_IMPORT)).entries;
  // The import pipeline (readers, clean-up, the reader worker) is loaded on the first import call, not at start.
  let importChannels: Promise<ReturnType<typeof createImportChannels>> | undefined;
  const importCall = <C extends ImportChannelName>(channel: C) =>
    (async (request: Parameters<ApiHandlers[C]>[0]) => {
      importChannels ??= import('../import/import-channels').then((module) =>
        module.createImportChannels({
          createDraft: (input) => drafts.create(CreateDraftRequestSchema.parse(input)),
          keepOriginal: (draftId, original) => drafts.keepOriginal(draftId, original),
          importOptions: async () => ({ stateAffiliatedOutlets: preferences.get().stateAffiliatedOutlets, sourceBook: await wholeSourceBook() }),
          drafts,
          sourceBook: wholeSourceBook,
        }),
      );
      const handler = (await importChannels)[channel] as unknown as (request: Parameters<ApiHandlers[C]>[0]) => ReturnType<ApiHandlers[C]>;
      return handler(request);
    }) as ApiHandlers[C];
  const handlers: ApiHandlers = {
    'drafts.list': () => drafts.list(),
    'drafts.listTrash': () => drafts.listTrash(),
    'drafts.create': (request) => drafts.create(request),
    'drafts.open': ({ id }) => drafts.open(id),
    'drafts.save': (request) => drafts.save(request),
    'drafts.duplicate': ({ id }) => drafts.duplicate(id),
    'drafts.trash': ({ id }) => drafts.trash(id),
    'drafts.restore': ({ id }) => drafts.restore(id),
    'drafts.deleteForever': ({ id }) => drafts.deleteForever(id),
    'history.list': ({ id }) => drafts.listHistory(id),
    'history.snapshot': ({ id, reason }) => drafts.snapshot(id, reason),
    'history.restore': ({ id, snapshotId }) => drafts.restoreSnapshot(id, snapshotId),
    'prefs.get': () => preferencesCall('read the preferences', () => preferences.get()),
    'prefs.set': (patch) => preferencesCall('save the preferences', () => preferences.set(patch)),
    'import.files': importCall('import.files'),
    'import.addSources': importCall('import.addSources'),
    'import.restoreLine': importCall('import.restoreLine'),
    'import.original': importCall('import.original'),
    // Asked on every draft open, so answered here without loading the import pipeline.
    'import.keptOriginals': async ({ id }) => ({
      originals: (await drafts.listOriginals(id)).map(({ name, mediaType, size, keptAt }) => ({ name, mediaType, size, keptAt })),
    }),
    'sourceBook.list': ({ query, limit }) => sourceBook.list(query, limit),
    'sourceBook.upsert': ({ entry }) => sourceBook.upsert(entry),
    'sourceBook.remove': ({ id }) => sourceBook.remove(id),
    'export.html': ({ id, form, record }) => exporter.exportHtml(id, form, record),
  };
  return { ...handlers, services: { drafts, preferences, sourceBook } };
}
