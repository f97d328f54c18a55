import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../model/ids';
import {
  CheckOverrideSchema,
  DraftMetaSchema,
  DraftSchema,
  DraftStatusSchema,
  DraftSummarySchema,
} from '../model/draft';
import { SourceSchema } from '../model/source';
import { SourceBookEntryInputSchema, SourceBookEntrySchema } from '../model/source-book';
import { SerializedEditorStateSchema } from '../model/lexical-json';
import { PreferencesSchema, PreferencesPatchSchema } from '../model/preferences';
import {
  ImportAddSourcesRequestSchema,
  ImportAddSourcesResponseSchema,
  ImportFilesRequestSchema,
  ImportFilesResponseSchema,
  ImportKeptOriginalsRequestSchema,
  ImportKeptOriginalsResponseSchema,
  ImportOriginalRequestSchema,
  ImportOriginalResponseSchema,
  ImportRestoreLineRequestSchema,
  ImportRestoreLineResponseSchema,
} from '../import/import-channel';

const Empty = z.object({}).strict();
const ById = z.object({ id: IdSchema }).strict();

export const QuarantinedFileSchema = z.object({
  fileName: z.string(),
  reason: z.string(),
  quarantinedAt: TimestampSchema,
});

export const SnapshotSummarySchema = z.object({
  snapshotId: z.string(),
  draftId: IdSchema,
  revision: z.number().int().nonnegative(),
  takenAt: TimestampSchema,
  reason: z.enum(['interval', 'manual', 'export', 'before-restore', 'import']),
  headline: z.string(),
  /** Set on an export snapshot: what was written and what the check said at that moment. */
  exported: z
    .object({
      fileName: z.string(),
      checkSummary: z.object({
        error: z.number().int().nonnegative(),
        warning: z.number().int().nonnegative(),
        info: z.number().int().nonnegative(),
        overridden: z.number().int().nonnegative(),
      }),
    })
    .optional(),
});

/**
 * The one table of channels. The preload bridge, the ipcMain handlers, the
 * web host's routes and the renderer's client are all derived from it.
 */
export const channels = {
  'drafts.list': {
    request: Empty,
    response: z.object({
      drafts: z.array(DraftSummarySchema),
      quarantined: z.array(QuarantinedFileSchema),
      readOnly: z.boolean(),
    }),
  },
  'drafts.listTrash': {
    request: Empty,
    response: z.object({ drafts: z.array(DraftSummarySchema) }),
  },
  'drafts.create': {
    request: z
      .object({
        meta: DraftMetaSchema.partial().optional(),
        content: SerializedEditorStateSchema.optional(),
        sources: z.array(SourceSchema).max(500).optional(),
      })
      .strict(),
    response: DraftSchema,
  },
  'drafts.open': { request: ById, response: DraftSchema },
  'drafts.save': {
    request: z
      .object({
        id: IdSchema,
        baseRevision: z.number().int().nonnegative(),
        meta: DraftMetaSchema,
        sources: z.array(SourceSchema).max(500),
        content: SerializedEditorStateSchema,
        status: DraftStatusSchema,
        checkOverrides: z.array(CheckOverrideSchema).max(1000),
      })
      .strict(),
    response: z.object({ revision: z.number().int().nonnegative(), updatedAt: TimestampSchema }),
  },
  'drafts.duplicate': { request: ById, response: DraftSchema },
  'drafts.trash': { request: ById, response: Empty },
  'drafts.restore': { request: ById, response: Empty },
  'drafts.deleteForever': { request: ById, response: Empty },
  'history.list': { request: ById, response: z.object({ snapshots: z.array(SnapshotSummarySchema) }) },
  'history.snapshot': {
    request: z.object({ id: IdSchema, reason: z.enum(['interval', 'manual']) }).strict(),
    response: SnapshotSummarySchema,
  },
  'history.restore': {
    request: z.object({ id: IdSchema, snapshotId: z.string().regex(/^[A-Za-z0-9._-]{1,100}$/) }).strict(),
    response: DraftSchema,
  },
  'prefs.get': { request: Empty, response: PreferencesSchema },
  'prefs.set': { request: PreferencesPatchSchema, response: PreferencesSchema },
  'import.files': { request: ImportFilesRequestSchema, response: ImportFilesResponseSchema },
  /** Adds the sources proposed on import (all, or those the editor picked) to the imported draft in one step. */
  'import.addSources': { request: ImportAddSourcesRequestSchema, response: ImportAddSourcesResponseSchema },
  /** Puts a line the import's clean-up removed back into the draft. */
  'import.restoreLine': { request: ImportRestoreLineRequestSchema, response: ImportRestoreLineResponseSchema },
  /** The original file a draft was imported from, as text, to compare with the draft. */
  'import.original': { request: ImportOriginalRequestSchema, response: ImportOriginalResponseSchema },
  /** The files a draft was imported from (names and sizes only). */
  'import.keptOriginals': { request: ImportKeptOriginalsRequestSchema, response: ImportKeptOriginalsResponseSchema },
  /** The newsroom's source book; `query` matches names and descriptions, best matches first. */
  'sourceBook.list': {
    request: z.object({ query: z.string().max(300).optional(), limit: z.number().int().min(1).max(1000).optional() }).strict(),
    response: z.object({
      entries: z.array(SourceBookEntrySchema),
      /** Set when the stored book was damaged and moved aside; the book then starts again from the seed. */
      quarantined: QuarantinedFileSchema.nullable(),
    }),
  },
  'sourceBook.upsert': { request: z.object({ entry: SourceBookEntryInputSchema }).strict(), response: SourceBookEntrySchema },
  'sourceBook.remove': { request: ById, response: Empty },
  /**
   * Runs the publish gate and exports the draft as HTML; unless `record` is false
   * (a preview), the export is recorded in the draft's history.
   */
  'export.html': {
    request: z.object({ id: IdSchema, form: z.enum(['page', 'fragment']).default('page'), record: z.boolean().default(true) }).strict(),
    response: z.object({
      html: z.string(),
      fileName: z.string(),
      warnings: z.array(z.string()),
      checkSummary: z.object({
        error: z.number().int().nonnegative(),
        warning: z.number().int().nonnegative(),
        info: z.number().int().nonnegative(),
        overridden: z.number().int().nonnegative(),
      }),
      /** Null for a preview, which is not recorded. */
      snapshot: SnapshotSummarySchema.nullable(),
    }),
  },
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type RequestOf<C extends ChannelName> = z.input<Channels[C]['request']>;
export type ParsedRequestOf<C extends ChannelName> = z.output<Channels[C]['request']>;
export type ResponseOf<C extends ChannelName> = z.output<Channels[C]['response']>;

export const CHANNEL_NAMES = Object.keys(channels) as ChannelName[];

export function isChannelName(value: string): value is ChannelName {
  return Object.prototype.hasOwnProperty.call(channels, value);
}

/** The full implementation of the contract that each host provides. */
export type ApiHandlers = {
  [C in ChannelName]: (request: ParsedRequestOf<C>) => Promise<ResponseOf<C>>;
};

/** The typed client the renderer sees, whichever transport is underneath. */
export type ApiClient = {
  [C in ChannelName]: (request: RequestOf<C>) => Promise<ResponseOf<C>>;
};
