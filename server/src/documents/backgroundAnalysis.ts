import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Analysis, AnalysisOptions } from '../analysis/types';
import { AnalysisAssembly } from './analysisTransfer';

export interface BackgroundRequest {
  key: string;
  text: string;
  options: AnalysisOptions;
  /** Analyse this many characters first and report them before the rest. */
  firstPart: number;
  /** Set by BackgroundAnalysis: keep the document's analyzer for its next version (it is being edited). */
  keep?: boolean;
}

export interface BackgroundResult {
  key: string;
  /** The analysis of the first `analysis.length` characters, or of all of them. */
  analysis: Analysis;
  final: boolean;
}

/** A message to the worker: analyse a version of a document, or forget a document. */
export type WorkerMessage = BackgroundRequest | { drop: string };

/** A message from the worker: an analysis in pieces (see analysisTransfer.ts), or an error. */
export type WorkerAnswer = { key: string; pieces: string[]; final: boolean } | { key: string; error: string };

/**
 * Analyses long documents in a worker thread so that the server keeps answering while it
 * works. One job per key at a time: a newer request for the same key replaces a queued
 * one, and results for replaced requests are dropped by the caller's version check.
 *
 * A document being edited (asked for again, in a new version) keeps an incremental analyzer
 * in the worker (keys are "<uri>#<version>": one analyzer per uri), so each further edit is
 * analysed again from what it left valid. A document only opened keeps none: long documents
 * are rare, and the worker, which costs memory, goes away once it holds no analyzer and has
 * nothing to do. `cancel` (the document closed or went back to the inline path) drops it.
 */
export class BackgroundAnalysis {
  private worker: Worker | undefined;
  private busy = false;
  private readonly queue = new Map<string, BackgroundRequest>();
  /** Documents whose analyzer lives in the worker. */
  private readonly held = new Set<string>();
  /** Documents analysed before: asked for again, they are being edited. */
  private readonly seen = new Set<string>();
  /** Analyses received and not yet put together, oldest first. */
  private readonly arrivals: Array<{ key: string; pieces: string[]; final: boolean }> = [];
  private assembling = false;

  constructor(private readonly onResult: (result: BackgroundResult) => void, private readonly onError: (message: string) => void,
    private readonly workerFile = join(__dirname, 'analysisWorker.js')) {}

  /** Whether a worker can run here (the bundled worker file exists). */
  get available(): boolean {
    return existsSync(this.workerFile);
  }

  /** Queues a request; it replaces any queued request for the same document. */
  request(request: BackgroundRequest): void {
    this.queue.set(documentOf(request.key), request);
    this.pump();
  }

  /** Drops the queued request for a document (keys are "<uri>#<version>") and what the worker holds for it. */
  cancel(uri: string): void {
    this.queue.delete(uri);
    this.seen.delete(uri);
    if (this.held.delete(uri)) {
      this.worker?.postMessage({ drop: uri } satisfies WorkerMessage);
      if (!this.busy) this.pump();
    }
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
    this.held.clear();
    this.seen.clear();
  }

  private pump(): void {
    if (this.busy) return;
    const next = this.queue.values().next();
    if (next.done) {
      // long documents are rare: give the worker's memory back once it holds none
      if (!this.held.size) {
        void this.worker?.terminate();
        this.worker = undefined;
      }
      return;
    }
    const request = next.value;
    const uri = documentOf(request.key);
    this.queue.delete(uri);
    this.busy = true;
    const keep = this.seen.has(uri);
    this.seen.add(uri);
    if (keep) this.held.add(uri);
    this.ensureWorker().postMessage({ ...request, keep } satisfies WorkerMessage);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerFile, { resourceLimits: { maxYoungGenerationSizeMb: 8 } });
    worker.on('message', (message: WorkerAnswer) => {
      if ('error' in message) this.onError(message.error);
      else {
        this.arrivals.push(message);
        this.assembleNext();
      }
      if ('error' in message || message.final) {
        this.busy = false;
        this.pump();
      }
    });
    worker.on('error', e => {
      this.onError(`the analysis worker failed: ${e.message}`);
      this.worker = undefined;
      this.held.clear();
      this.busy = false;
      this.pump();
    });
    worker.unref();
    this.worker = worker;
    return worker;
  }

  /** Parses the oldest arrival one piece per turn of the event loop, then hands it over. */
  private assembleNext(): void {
    const arrival = this.assembling ? undefined : this.arrivals.shift();
    if (!arrival) return;
    this.assembling = true;
    const assembly = new AnalysisAssembly();
    let next = 0;
    const step = () => {
      assembly.add(arrival.pieces[next++]);
      if (next < arrival.pieces.length) {
        setImmediate(step);
        return;
      }
      this.assembling = false;
      this.onResult({ key: arrival.key, analysis: assembly.result(), final: arrival.final });
      this.assembleNext();
    };
    setImmediate(step);
  }
}

export function documentOf(key: string): string {
  const at = key.lastIndexOf('#');
  return at < 0 ? key : key.slice(0, at);
}
