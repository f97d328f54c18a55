/**
 * What the check worker does with one message: the pre-publish check (with
 * the incremental checker, so an edit re-detects only the paragraphs it
 * changed) or detection for the Sources panel. Kept apart from the worker's
 * entry point so tests run the very same code in-process.
 */
import { detectAttributions } from '../../shared/attribution';
import { createIncrementalChecker } from '../../shared/check/incremental-checker';
import type { Detector } from '../../shared/check/detect-by-paragraph';
import { createParagraphDetections } from './paragraphDetections';
import { WorkerRequestSchema, type WorkerResponse } from './protocol';

export type CheckWorkerHandler = (message: unknown) => WorkerResponse;

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** `detect` is the attribution detector; tests pass a counting one. */
export function createCheckWorkerHandler(detect: Detector = detectAttributions): CheckWorkerHandler {
  const paragraphs = createParagraphDetections(detect);
  const checker = createIncrementalChecker(paragraphs.detect);

  return (message) => {
    const parsed = WorkerRequestSchema.safeParse(message);
    if (!parsed.success) {
      const seq = typeof message === 'object' && message !== null && 'seq' in message && typeof message.seq === 'number' ? message.seq : null;
      return { kind: 'failed', seq, message: `The check was asked something it cannot read: ${parsed.error.issues[0]?.message ?? 'invalid request'}.` };
    }
    const request = parsed.data;
    try {
      if (request.kind === 'check') {
        return { kind: 'checked', seq: request.seq, result: paragraphs.during('check', () => checker.checkDraft(request.draft, request.settings)) };
      }
      const detections = paragraphs.during('detect', () => request.texts.map((text) => (text.trim() ? paragraphs.detect(text) : [])));
      return { kind: 'detected', seq: request.seq, detections };
    } catch (error) {
      return { kind: 'failed', seq: request.seq, message: `The check failed: ${describe(error)}.` };
    }
  };
}
