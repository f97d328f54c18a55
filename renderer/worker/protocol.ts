/**
 * The messages between the renderer and its check worker. Every request
 * carries a sequence number and its answer names it, so the renderer can
 * match answers to requests and drop the ones a newer request made stale.
 * Both directions are validated: the worker checks what it is asked, the
 * renderer checks what it gets back.
 */
import { z } from 'zod';
import { CheckSettingsSchema } from '../../shared/check/settings';
import { DraftSchema } from '../../shared/model/draft';
import { DetectedAttributionSchema } from '../../shared/attribution/schemas';
import { DraftCheckResultSchema } from './checkResultSchema';

const SequenceSchema = z.number().int().nonnegative();

/** Longer paragraphs than this are not prose an editor typed; the worker refuses them rather than stall. */
export const MAX_PARAGRAPH_CHARS = 200_000;

export const WorkerRequestSchema = z.discriminatedUnion('kind', [
  /** The pre-publish check of the whole draft, overrides applied. */
  z.object({ kind: z.literal('check'), seq: SequenceSchema, draft: DraftSchema, settings: CheckSettingsSchema }),
  /** Attribution detection for the Sources panel's suggestions: one result per paragraph text, in order. */
  z.object({ kind: z.literal('detect'), seq: SequenceSchema, texts: z.array(z.string().max(MAX_PARAGRAPH_CHARS)) }),
]);
export type WorkerRequest = z.input<typeof WorkerRequestSchema>;

export const WorkerResponseSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('checked'), seq: SequenceSchema, result: DraftCheckResultSchema }),
  z.object({ kind: z.literal('detected'), seq: SequenceSchema, detections: z.array(z.array(DetectedAttributionSchema)) }),
  /** The request could not be served; `message` is for the editor. `seq` is null when the request was unreadable. */
  z.object({ kind: z.literal('failed'), seq: SequenceSchema.nullable(), message: z.string() }),
]);
export type WorkerResponse = z.infer<typeof WorkerResponseSchema>;
