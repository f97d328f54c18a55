/**
 * The check worker: runs the attribution detector and the pre-publish check
 * off the main thread, so typing never waits for them. It also keeps the
 * detector's model and wink's English model out of the main bundle.
 */
import { createCheckWorkerHandler } from './checkWorkerHandler';

/** The part of DedicatedWorkerGlobalScope used here (the renderer's lib is DOM, not WebWorker). */
type WorkerScope = {
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  postMessage(message: unknown): void;
};

const scope = self as unknown as WorkerScope;
const handle = createCheckWorkerHandler();
scope.addEventListener('message', (event) => scope.postMessage(handle(event.data)));
