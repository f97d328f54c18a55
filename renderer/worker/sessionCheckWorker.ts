import { workerChannel } from './checkWorkerChannel';
import { CheckWorkerClient } from './checkWorkerClient';

let client: CheckWorkerClient | null = null;

/**
 * The one check worker of the editor session, shared by the Check panel and
 * the Sources panel's suggestions. Started on first use and kept for the
 * page's life: loading the detector's model is the slow part, and its caches
 * hold only the open article's paragraphs.
 */
export function sessionCheckWorker(): CheckWorkerClient {
  client ??= new CheckWorkerClient(workerChannel(new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module', name: 'copydesk-check' })));
  return client;
}
