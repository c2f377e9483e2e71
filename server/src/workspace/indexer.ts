// The queue of files waiting to be indexed. Files are read and analysed in a worker thread
// (dist/indexWorker.js) when there is one, so the server's thread only receives small
// summaries; otherwise (tests run from source, or a worker that cannot start) they are
// analysed in this thread, one file per turn of the event loop.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AnalysisOptions } from '../analysis/types';
import { type IndexJob, type IndexOutcome, indexFile } from './indexJob';
import type { FromIndexWorker, ToIndexWorker } from './indexWorker';

export interface IndexerOptions {
  /** The bundled worker script; missing means in-process indexing. */
  workerFile?: string;
  /** A worker with nothing to do is stopped after this long (its memory given back). */
  idleMs?: number;
  onOutcome(outcome: IndexOutcome): void;
  onError(message: string): void;
  /** The queue ran empty. */
  onIdle?(): void;
}

/** Files sent to the worker before it answers, so that it never waits for the next one. */
const IN_FLIGHT = 2;
/** Worker failures (not counting the files that caused them) before indexing moves into this thread. */
const MAX_WORKER_FAILURES = 3;

export class Indexer {
  private queue = new Map<string, IndexJob>();
  private readonly inFlight = new Map<number, IndexJob>();
  private worker: Worker | undefined;
  private workerReady = false;
  private failures = 0;
  private options: AnalysisOptions = {};
  private idleTimer: NodeJS.Timeout | undefined;
  private inProcessScheduled = false;
  private nextId = 1;
  private disposed = false;
  private readonly workerFile: string;

  constructor(private readonly config: IndexerOptions) {
    this.workerFile = config.workerFile ?? join(__dirname, 'indexWorker.js');
  }

  /** Whether files are analysed in a worker thread. */
  get usesWorker(): boolean {
    return this.failures < MAX_WORKER_FAILURES && existsSync(this.workerFile);
  }

  /** Files queued or being analysed. */
  get pending(): number {
    return this.queue.size + this.inFlight.size;
  }

  setOptions(options: AnalysisOptions): void {
    this.options = options;
    this.worker?.postMessage({ type: 'options', options } satisfies ToIndexWorker);
  }

  /** Queues a file, replacing a queued job for the same URI; returns the job's id. */
  enqueue(job: Omit<IndexJob, 'id'>): number {
    const id = this.nextId++;
    this.queue.delete(job.uri); // re-queued at the end
    this.queue.set(job.uri, { ...job, id });
    this.pump();
    return id;
  }

  /** Drops the queued job for a URI (one being analysed finishes; its id tells it apart). */
  cancel(uri: string): void {
    this.queue.delete(uri);
  }

  dispose(): void {
    this.disposed = true;
    this.queue.clear();
    this.inFlight.clear();
    if (this.idleTimer) clearTimeout(this.idleTimer);
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private pump(): void {
    if (this.disposed) return;
    if (this.idleTimer) {
      clearTimeout(this.idleTimer);
      this.idleTimer = undefined;
    }
    if (!this.usesWorker) {
      this.scheduleInProcess();
      return;
    }
    const worker = this.ensureWorker();
    if (!worker) {
      this.scheduleInProcess();
      return;
    }
    while (this.inFlight.size < IN_FLIGHT && this.queue.size) {
      const job = this.take();
      this.inFlight.set(job.id, job);
      worker.postMessage({ type: 'job', job } satisfies ToIndexWorker);
    }
    if (!this.pending) this.becameIdle();
  }

  private take(): IndexJob {
    const [uri, job] = this.queue.entries().next().value as [string, IndexJob];
    this.queue.delete(uri);
    return job;
  }

  private becameIdle(): void {
    this.config.onIdle?.();
    if (this.worker && !this.idleTimer) {
      this.idleTimer = setTimeout(() => {
        this.idleTimer = undefined;
        if (this.pending) return;
        void this.worker?.terminate();
        this.worker = undefined;
      }, this.config.idleMs ?? 30_000);
      this.idleTimer.unref();
    }
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker) return this.worker;
    let worker: Worker;
    try {
      worker = new Worker(this.workerFile);
    } catch (e) {
      this.failures = MAX_WORKER_FAILURES;
      this.config.onError(`the index worker could not start (${(e as Error).message}); indexing in the server's thread`);
      return undefined;
    }
    this.worker = worker;
    this.workerReady = false;
    worker.postMessage({ type: 'options', options: this.options } satisfies ToIndexWorker);
    worker.on('message', (message: FromIndexWorker) => {
      if (worker !== this.worker) return;
      if (message.type === 'ready') {
        this.workerReady = true;
        return;
      }
      this.inFlight.delete(message.outcome.id);
      this.config.onOutcome(message.outcome);
      this.pump();
    });
    const lost = (why: string) => {
      if (worker !== this.worker || this.disposed) return;
      this.worker = undefined;
      void worker.terminate();
      // the file it was working on fails alone; the others go back to the queue
      const [current, ...rest] = this.inFlight.values();
      this.inFlight.clear();
      if (current && this.workerReady) this.config.onOutcome({ id: current.id, uri: current.uri, skipped: `analysis failed (${why})` });
      else this.failures++;
      for (const job of [...(this.workerReady ? [] : current ? [current] : []), ...rest].reverse()) {
        if (!this.queue.has(job.uri)) this.queue = new Map([[job.uri, job], ...this.queue]);
      }
      if (this.failures >= MAX_WORKER_FAILURES) this.config.onError(`the index worker failed (${why}); indexing in the server's thread`);
      this.pump();
    };
    worker.on('error', e => lost(e.message));
    worker.on('exit', code => lost(`the worker exited with code ${code}`));
    worker.unref();
    return worker;
  }

  /** One file per turn of the event loop, so that requests are answered between files. */
  private scheduleInProcess(): void {
    if (this.inProcessScheduled || this.disposed) return;
    if (!this.queue.size) {
      if (!this.inFlight.size) this.config.onIdle?.();
      return;
    }
    this.inProcessScheduled = true;
    setImmediate(() => {
      this.inProcessScheduled = false;
      if (this.disposed || !this.queue.size) {
        if (!this.disposed) this.config.onIdle?.();
        return;
      }
      const job = this.take();
      this.config.onOutcome(indexFile(job, this.options));
      this.scheduleInProcess();
    });
  }
}
