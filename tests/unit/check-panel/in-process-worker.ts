/**
 * The check worker's own handler behind the channel interface, run in this
 * process: messages are structured-cloned both ways, as postMessage does,
 * and answered asynchronously. `hold` keeps answers back until released, so
 * a test can deliver them late or out of order.
 */
import type { Detector } from '../../../shared/check/detect-by-paragraph';
import type { CheckWorkerChannel } from '../../../renderer/worker/checkWorkerChannel';
import { createCheckWorkerHandler } from '../../../renderer/worker/checkWorkerHandler';
import type { WorkerRequest } from '../../../renderer/worker/protocol';

export type InProcessWorker = CheckWorkerChannel & {
  /** Answers held back, in the order the requests were sent. */
  held: Array<() => void>;
  /** What the Worker's error event would report: the worker is gone. */
  crash(message: string): void;
  /** Replaces the worker's next answer, as a broken or hostile worker could. */
  answerNextWith(data: unknown): void;
};

export function inProcessWorker(options: { detect?: Detector; hold?: boolean } = {}): InProcessWorker {
  const handle = createCheckWorkerHandler(options.detect);
  let deliver: (data: unknown) => void = () => undefined;
  let fail: (message: string, fatal: boolean) => void = () => undefined;
  let replacement: { data: unknown } | null = null;
  const held: Array<() => void> = [];

  return {
    held,
    send(request: WorkerRequest) {
      const answer = replacement ? replacement.data : handle(structuredClone(request));
      replacement = null;
      const send = () => deliver(structuredClone(answer));
      if (options.hold) held.push(send);
      else void Promise.resolve().then(send);
    },
    listen(onMessage, onFailure) {
      deliver = onMessage;
      fail = onFailure;
    },
    crash: (message) => fail(message, true),
    answerNextWith(data) {
      replacement = { data };
    },
  };
}
