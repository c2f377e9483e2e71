// The worker thread of `dossier analyze` (bundled as dist/cliWorker.js): runs the job on
// each file it is sent and answers with the outcome. workerData is the JobSpec.

import { parentPort, workerData } from 'node:worker_threads';
import { type JobSpec, type Outcome, runJob } from './job';

export interface ToWorker { index: number; file: string }
export type FromWorker = { type: 'ready' } | { type: 'done'; index: number; outcome: Outcome };

const port = parentPort;
if (port) {
  const spec = workerData as JobSpec;
  port.on('message', ({ index, file }: ToWorker) => {
    const answer: FromWorker = { type: 'done', index, outcome: runJob(file, spec) };
    port.postMessage(answer);
  });
  port.postMessage({ type: 'ready' } satisfies FromWorker);
}
