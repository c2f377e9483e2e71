// The workspace index's worker thread (bundled as dist/indexWorker.js): reads and analyses
// the files it is sent and answers with their summaries, so that the server's own thread
// only lists folders and stores the small results.

import { parentPort } from 'node:worker_threads';
import type { AnalysisOptions } from '../analysis/types';
import { type IndexJob, type IndexOutcome, indexFile } from './indexJob';

export type ToIndexWorker = { type: 'options'; options: AnalysisOptions } | { type: 'job'; job: IndexJob };
export type FromIndexWorker = { type: 'ready' } | { type: 'done'; outcome: IndexOutcome };

const port = parentPort;
if (port) {
  let options: AnalysisOptions = {};
  port.on('message', (message: ToIndexWorker) => {
    if (message.type === 'options') {
      options = message.options;
      return;
    }
    port.postMessage({ type: 'done', outcome: indexFile(message.job, options) } satisfies FromIndexWorker);
  });
  port.postMessage({ type: 'ready' } satisfies FromIndexWorker);
}
