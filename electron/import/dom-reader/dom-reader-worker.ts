/**
 * The reader worker's entry: parsing a web page with jsdom and running
 * Readability can take tens of seconds on a dense page, so it happens here,
 * on its own thread, while the host keeps answering other requests.
 */
import { parentPort } from 'node:worker_threads';
import { ImportRefusal } from '../import-refusal';
import { DomReaderJobSchema, type DomReaderReply } from './dom-reader-job';
import { runDomReaderJob } from './run-dom-reader-job';

const port = parentPort;
if (!port) throw new Error('dom-reader-worker runs only as a worker thread.');

port.on('message', (message: { jobId: number; job: unknown }) => {
  void (async () => {
    let reply: DomReaderReply;
    try {
      const job = DomReaderJobSchema.parse(message.job);
      reply = { jobId: message.jobId, outcome: 'done', value: await runDomReaderJob(job) };
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      reply = { jobId: message.jobId, outcome: error instanceof ImportRefusal ? 'refused' : 'failed', message: text };
    }
    port.postMessage(reply);
  })();
});
