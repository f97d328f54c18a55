/**
 * The renderer's side of the check worker: sends requests, matches each
 * answer to its request by sequence number, and checks every answer against
 * the protocol before handing it on.
 */
import type { DetectedAttribution } from '../../shared/attribution/types';
import type { DraftCheckResult } from '../../shared/check/check-draft';
import type { CheckSettingsInput } from '../../shared/check/settings';
import type { Draft } from '../../shared/model/draft';
import type { CheckWorkerChannel } from './checkWorkerChannel';
import { WorkerResponseSchema, type WorkerRequest, type WorkerResponse } from './protocol';

/** A request the check could not answer; the message is written for the editor. */
export class CheckWorkerError extends Error {
  override readonly name = 'CheckWorkerError';
}

type Pending = { settle: (response: WorkerResponse) => void; fail: (error: CheckWorkerError) => void };

export class CheckWorkerClient {
  private nextSeq = 0;
  private readonly pending = new Map<number, Pending>();
  /** Set once the worker is gone: every request from then on fails with it at once. */
  private fatal: string | null = null;

  constructor(private readonly channel: CheckWorkerChannel) {
    channel.listen(
      (data) => this.receive(data),
      (message, fatal) => this.failAll(message, fatal),
    );
  }

  check(draft: Draft, settings: CheckSettingsInput): Promise<DraftCheckResult> {
    return this.ask(
      (seq) => ({ kind: 'check', seq, draft, settings }),
      (response) => (response.kind === 'checked' ? response.result : null),
    );
  }

  /** One list of detections per text, in order. */
  detect(texts: readonly string[]): Promise<DetectedAttribution[][]> {
    return this.ask(
      (seq) => ({ kind: 'detect', seq, texts: [...texts] }),
      (response) => (response.kind === 'detected' ? response.detections : null),
    );
  }

  private ask<T>(build: (seq: number) => WorkerRequest, pick: (response: WorkerResponse) => T | null): Promise<T> {
    if (this.fatal !== null) return Promise.reject(new CheckWorkerError(this.fatal));
    const seq = this.nextSeq++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(seq, {
        settle: (response) => {
          const value = response.kind === 'failed' ? null : pick(response);
          if (value !== null) resolve(value);
          else reject(new CheckWorkerError(response.kind === 'failed' ? response.message : 'The check answered a different request.'));
        },
        fail: reject,
      });
      try {
        this.channel.send(build(seq));
      } catch (error) {
        this.pending.delete(seq);
        reject(new CheckWorkerError(`The draft could not be sent to the check: ${error instanceof Error ? error.message : String(error)}.`));
      }
    });
  }

  private receive(data: unknown): void {
    const parsed = WorkerResponseSchema.safeParse(data);
    const seq = parsed.success ? parsed.data.seq : sequenceOf(data);
    const pending = seq === null ? undefined : this.pending.get(seq);
    if (!parsed.success) {
      const problem = `The check sent back a result Copydesk cannot read (${parsed.error.issues[0]?.path.join('.') || 'message'}: ${parsed.error.issues[0]?.message ?? 'invalid'}).`;
      if (pending && seq !== null) {
        this.pending.delete(seq);
        pending.fail(new CheckWorkerError(problem));
      } else {
        this.failAll(problem, false);
      }
      return;
    }
    if (!pending || seq === null) {
      // An unreadable request has no sequence number to answer to: whichever is waiting cannot be told apart.
      if (parsed.data.kind === 'failed') this.failAll(parsed.data.message, false);
      return;
    }
    this.pending.delete(seq);
    pending.settle(parsed.data);
  }

  private failAll(message: string, fatal: boolean): void {
    if (fatal) this.fatal = `The check stopped working (${message}). Reload the window to start it again.`;
    const error = new CheckWorkerError(this.fatal ?? `The check failed: ${message}.`);
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const request of waiting) request.fail(error);
  }
}

function sequenceOf(data: unknown): number | null {
  return typeof data === 'object' && data !== null && 'seq' in data && typeof data.seq === 'number' ? data.seq : null;
}
