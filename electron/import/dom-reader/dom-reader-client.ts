import type { Worker } from 'node:worker_threads';
import { ImportRefusal } from '../import-refusal';
import type { DomReaderJob, DomReaderReply, DomReaderResult } from './dom-reader-job';
import { startDomReaderWorker } from './start-worker';

/** A parsed 3 MB page takes a few hundred MB; past this the worker is stopped instead of the host running out of memory. */
const WORKER_HEAP_MB = 2048;
/** A worker left idle this long is stopped, freeing jsdom's memory; the next import starts a new one. */
const IDLE_MS = 60_000;

function duration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}

/**
 * Runs DOM reading jobs on one worker thread, one job at a time. A job that
 * runs past its time limit is refused with a message and its worker stopped
 * (a stuck parse cannot be interrupted any other way); the next job gets a
 * fresh worker. The worker never keeps the process alive while idle.
 */
export class DomReaderClient {
  private worker: Worker | undefined;
  private nextJobId = 0;
  private tail: Promise<unknown> = Promise.resolve();
  private idleTimer: NodeJS.Timeout | undefined;

  run<J extends DomReaderJob>(job: J, timeoutMs: number): Promise<DomReaderResult<J>> {
    const result = this.tail.then(() => this.runNow(job, timeoutMs));
    this.tail = result.catch(() => undefined);
    return result as Promise<DomReaderResult<J>>;
  }

  /** Stops the worker now (hosts call this on shutdown; an idle worker would not hold them up anyway). */
  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private runNow(job: DomReaderJob, timeoutMs: number): Promise<unknown> {
    clearTimeout(this.idleTimer);
    this.worker ??= startDomReaderWorker({ maxOldGenerationSizeMb: WORKER_HEAP_MB });
    const worker = this.worker;
    const jobId = this.nextJobId++;
    worker.ref();
    return new Promise((resolve, reject) => {
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        settle();
      };
      const discardWorker = () => {
        if (this.worker === worker) this.worker = undefined;
        void worker.terminate();
      };
      const onMessage = (reply: DomReaderReply) => {
        if (reply.jobId !== jobId) return;
        finish(() => {
          worker.unref();
          this.idleTimer = setTimeout(() => void this.close(), IDLE_MS).unref();
          if (reply.outcome === 'done') resolve(reply.value);
          else if (reply.outcome === 'refused') reject(new ImportRefusal(reply.message));
          else reject(new Error(reply.message));
        });
      };
      const onError = (error: Error) =>
        finish(() => {
          discardWorker();
          reject(
            /ERR_WORKER_OUT_OF_MEMORY/.test(String((error as NodeJS.ErrnoException).code))
              ? new ImportRefusal(`${job.fileName} needs more memory to read than Copydesk gives one file. Save only the article, or copy its text.`)
              : error,
          );
        });
      const onExit = (code: number) => finish(() => {
        discardWorker();
        reject(new Error(`the import reader stopped unexpectedly (exit code ${code})`));
      });
      const timer = setTimeout(
        () =>
          finish(() => {
            discardWorker();
            reject(
              new ImportRefusal(
                `${job.fileName} took longer than ${duration(timeoutMs)} to read, so Copydesk stopped reading it. A page this heavy is rarely one article: save only the article, or copy its text and paste it.`,
              ),
            );
          }),
        timeoutMs,
      );
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ jobId, job });
    });
  }
}

let shared: DomReaderClient | undefined;

/** The process's one reader worker client, made on first use: nothing of the DOM stack is loaded before an import needs it. */
export function domReader(): DomReaderClient {
  shared ??= new DomReaderClient();
  return shared;
}
