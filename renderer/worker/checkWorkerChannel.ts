import type { WorkerRequest } from './protocol';

/**
 * How the client reaches a check worker: a real Worker in the app, the
 * worker's own handler run in-process in tests.
 */
export interface CheckWorkerChannel {
  send(request: WorkerRequest): void;
  /**
   * `onMessage` gets whatever the worker posts, unvalidated. `onFailure` hears
   * of failures no answer will report: `fatal` when the worker is gone (it
   * could not start, or crashed) and will answer nothing more.
   */
  listen(onMessage: (data: unknown) => void, onFailure: (message: string, fatal: boolean) => void): void;
}

export function workerChannel(worker: Worker): CheckWorkerChannel {
  return {
    send: (request) => worker.postMessage(request),
    listen: (onMessage, onFailure) => {
      worker.addEventListener('message', (event: MessageEvent<unknown>) => onMessage(event.data));
      worker.addEventListener('messageerror', () => onFailure('an answer from the check could not be read', false));
      worker.addEventListener('error', (event) => {
        // Handled here and shown in the Check panel; not an uncaught page error.
        event.preventDefault();
        onFailure(event.message || 'the check could not start', true);
      });
    },
  };
}
