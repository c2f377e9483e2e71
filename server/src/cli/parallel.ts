// Runs the job on many files, in worker threads or in this process, and hands the
// outcomes over in input order, so that the output is the same bytes either way.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { type JobSpec, type Outcome, runJob } from './job';
import type { Input } from './walk';
import type { FromWorker, ToWorker } from './worker';

export interface RunOptions {
  /** How many files to analyse at a time; 1 (or a single file) runs in this process. */
  jobs: number;
  /** The bundled worker script; when it is missing the files are analysed in this process. */
  workerScript?: string;
  /** Called as each file is finished (in any order), for a progress bar. */
  onProgress?(done: number, total: number): void;
  /** Called when worker threads could not be used and the run went on in this process. */
  onWarning?(message: string): void;
}

/** Receives each outcome in input order; may return a promise to slow the run down (backpressure). */
export type Emit = (outcome: Outcome, index: number) => void | Promise<void>;

/** Where the bundle keeps the worker: `dist/cliWorker.js`, next to `dist/cli.js`. */
export function bundledWorkerScript(): string {
  return join(__dirname, 'cliWorker.js');
}

/** Files sent to one worker before it answers, so that it never waits for its next file. */
const IN_FLIGHT_PER_WORKER = 2;
/** Outcomes kept waiting for an earlier, slower file, per worker, before dispatch pauses. */
const AHEAD_PER_WORKER = 64;

export async function runAll(inputs: Input[], spec: JobSpec, options: RunOptions, emit: Emit): Promise<void> {
  const total = inputs.length;
  let done = 0;
  const progress = () => options.onProgress?.(++done, total);
  const files = inputs.filter(input => 'file' in input).length;
  const jobs = Math.min(options.jobs, files);
  const script = options.workerScript;
  const pool = jobs > 1 && script && existsSync(script) ? new Pool(script, spec, inputs, jobs, progress, options.onWarning) : undefined;
  try {
    for (let i = 0; i < total; i++) {
      const input = inputs[i];
      let outcome: Outcome | null;
      if ('problem' in input) {
        outcome = { ok: false, error: input.problem };
        progress();
      } else {
        outcome = pool ? await pool.outcome(i) : null;
        if (!outcome) {
          outcome = runJob(input.file, spec);
          progress();
        }
      }
      await emit(outcome, i);
      pool?.emitted(i + 1);
    }
  } finally {
    await pool?.close();
  }
}

interface Slot {
  worker: Worker;
  /** Input indices sent to this worker, oldest (the one it is working on) first. */
  inFlight: number[];
  ready: boolean;
  gone: boolean;
}

interface Waiting {
  resolve(outcome: Outcome | null): void;
  promise: Promise<Outcome | null>;
  settled: boolean;
}

/**
 * A fixed number of worker threads fed from a queue in input order. `outcome(i)` resolves
 * with the outcome of input i, or with null when workers could not take it and the caller
 * must run it in process. A worker that dies while analysing a file fails that file only:
 * its other files go back to the queue and a new worker takes its place. If workers cannot
 * start at all, the remaining files are left to the caller.
 */
class Pool {
  private readonly queue: number[] = [];
  private readonly slots = new Set<Slot>();
  private readonly waiting = new Map<number, Waiting>();
  private window: number;
  private closing = false;
  private failedToStart = false;

  constructor(
    private readonly script: string,
    private readonly spec: JobSpec,
    private readonly inputs: Input[],
    private readonly jobs: number,
    private readonly progress: () => void,
    private readonly warn?: (message: string) => void,
  ) {
    inputs.forEach((input, i) => {
      if (!('file' in input)) return;
      this.queue.push(i);
      let resolve!: (o: Outcome | null) => void;
      const promise = new Promise<Outcome | null>(r => { resolve = r; });
      this.waiting.set(i, { resolve, promise, settled: false });
    });
    this.window = jobs * AHEAD_PER_WORKER;
    for (let n = 0; n < jobs; n++) this.spawn();
  }

  outcome(index: number): Promise<Outcome | null> {
    return this.waiting.get(index)!.promise;
  }

  /** The caller has printed `count` outcomes: let the workers run further ahead. */
  emitted(count: number): void {
    this.waiting.delete(count - 1);
    this.window = count + this.jobs * AHEAD_PER_WORKER;
    this.pump();
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.slots].map(slot => slot.worker.terminate()));
  }

  private settle(index: number, outcome: Outcome | null): void {
    const waiting = this.waiting.get(index);
    if (!waiting || waiting.settled) return;
    waiting.settled = true;
    waiting.resolve(outcome);
  }

  private spawn(): void {
    let worker: Worker;
    try {
      worker = new Worker(this.script, { workerData: this.spec });
    } catch (e) {
      this.failedToStart = true;
      this.giveUpIfNoWorkers(e);
      return;
    }
    const slot: Slot = { worker, inFlight: [], ready: false, gone: false };
    this.slots.add(slot);
    worker.on('message', (message: FromWorker) => {
      if (slot.gone) return;
      if (message.type === 'ready') {
        slot.ready = true;
        return;
      }
      slot.inFlight = slot.inFlight.filter(i => i !== message.index);
      this.settle(message.index, message.outcome);
      this.progress();
      this.pump();
    });
    worker.on('error', error => this.lose(slot, error));
    worker.on('exit', code => this.lose(slot, new Error(`worker thread exited with code ${code}`)));
    this.pump();
  }

  private lose(slot: Slot, error: unknown): void {
    if (slot.gone || this.closing) return;
    slot.gone = true;
    this.slots.delete(slot);
    void slot.worker.terminate();
    const [current, ...unstarted] = slot.inFlight;
    if (slot.ready && current !== undefined) {
      const input = this.inputs[current] as { file: string };
      this.settle(current, { ok: false, error: `${input.file}: analysis failed: ${describe(error)}` });
      this.progress();
    } else if (current !== undefined) {
      unstarted.unshift(current);
    }
    this.queue.unshift(...unstarted);
    if (!slot.ready) this.failedToStart = true;
    else if (this.queue.length) this.spawn();
    this.giveUpIfNoWorkers(error);
    this.pump();
  }

  /** With no worker left and none able to start, hand every remaining file back to the caller. */
  private giveUpIfNoWorkers(error: unknown): void {
    if (this.slots.size || !this.failedToStart || !this.queue.length) return;
    this.warn?.(`worker threads could not start (${describe(error)}); analysing in this process`);
    for (const index of this.queue.splice(0)) this.settle(index, null);
  }

  private pump(): void {
    for (const slot of this.slots) {
      while (slot.inFlight.length < IN_FLIGHT_PER_WORKER && this.queue.length && this.queue[0] < this.window) {
        const index = this.queue.shift()!;
        slot.inFlight.push(index);
        const message: ToWorker = { index, file: (this.inputs[index] as { file: string }).file };
        slot.worker.postMessage(message);
      }
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
