import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { bundledWorkerScript, runAll } from './parallel';
import { type JobSpec, type Outcome } from './job';
import { noProgress, terminalProgress } from './progress';
import type { Input } from './walk';

/** Everything the command line touches outside itself, so that tests can stand in for it. */
export interface CliIO {
  /** Writes to stdout; may return a promise that resolves when the output has drained. */
  out(s: string): void | Promise<void>;
  err(s: string): void;
  /** stdout is a terminal. */
  isTTY: boolean;
  /** Colour the text report; default isTTY. */
  color?: boolean;
  /** stderr is a terminal: a progress bar is drawn on it during long runs. */
  errIsTTY?: boolean;
  /** The worker thread script; default dist/cliWorker.js beside the running bundle. */
  workerScript?: string;
  /** CPU cores to use when --jobs is not given; default os.availableParallelism(). */
  cores?: number;
}

/**
 * Text each worker thread should have to analyse before it is worth starting: a worker
 * spends about half a second of CPU loading the analysis' word lists and knowledge base,
 * the time it takes to analyse some 250 KB of news.
 */
export const BYTES_PER_WORKER = 256 * 1024;

/**
 * Files analysed at a time when --jobs is not given: one per core, but no more workers
 * than the amount of text repays, so that a handful of articles stays in this process.
 */
export function defaultJobs(inputs: Input[], cores: number): number {
  const wanted = cores * BYTES_PER_WORKER;
  let bytes = 0;
  for (const input of inputs) {
    if (!('file' in input)) continue;
    try {
      bytes += statSync(input.file).size;
    } catch {
      // Unreadable: reading it will say why.
    }
    if (bytes >= wanted) break;
  }
  return Math.max(1, Math.min(cores, Math.floor(bytes / BYTES_PER_WORKER)));
}

/**
 * Runs the job over the inputs, with workers and a progress bar as the options and the
 * terminal allow, and passes each successful outcome to `onResult` in input order. Every
 * failure is reported on stderr. Returns the number of failures.
 */
export async function runInputs(
  inputs: Input[],
  spec: JobSpec,
  jobs: number | undefined,
  io: CliIO,
  onResult: (outcome: Extract<Outcome, { ok: true }>) => void | Promise<void>,
): Promise<number> {
  const progress = io.errIsTTY && inputs.length > 1 ? terminalProgress(io.err) : noProgress;
  let failed = 0;
  await runAll(inputs, spec, {
    jobs: jobs ?? defaultJobs(inputs, io.cores ?? availableParallelism()),
    workerScript: io.workerScript ?? bundledWorkerScript(),
    onProgress: (done, total) => progress.update(done, total),
    onWarning: message => { progress.clear(); io.err(`dossier: ${message}\n`); },
  }, async outcome => {
    if (outcome.ok) {
      // On a terminal, stdout and the bar share the screen: wipe the bar before printing.
      if (io.isTTY) progress.clear();
      return onResult(outcome);
    }
    failed++;
    progress.clear();
    io.err(`dossier: ${outcome.error}\n`);
  });
  progress.clear();
  return failed;
}
