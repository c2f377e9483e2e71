import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Analysis, AnalysisOptions } from '../analysis/types';

export interface BackgroundRequest {
  key: string;
  text: string;
  options: AnalysisOptions;
  /** Analyse this many characters first and report them before the rest. */
  firstPart: number;
}

export interface BackgroundResult {
  key: string;
  /** The analysis of the first `analysis.length` characters, or of all of them. */
  analysis: Analysis;
  final: boolean;
}

/**
 * Analyses long documents in a worker thread so that the server keeps answering while it
 * works. One job per key at a time: a newer request for the same key replaces a queued
 * one, and results for replaced requests are dropped by the caller's version check.
 */
export class BackgroundAnalysis {
  private worker: Worker | undefined;
  private busy = false;
  private readonly queue = new Map<string, BackgroundRequest>();

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

  /** Drops the queued request for a document (keys are "<uri>#<version>"). */
  cancel(uri: string): void {
    this.queue.delete(uri);
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private pump(): void {
    if (this.busy) return;
    const next = this.queue.values().next();
    if (next.done) {
      // long documents are rare: give the worker's memory back until the next one
      void this.worker?.terminate();
      this.worker = undefined;
      return;
    }
    const request = next.value;
    this.queue.delete(documentOf(request.key));
    this.busy = true;
    this.ensureWorker().postMessage(request);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerFile);
    worker.on('message', (message: { key: string; json: string; final: boolean } | { key: string; error: string }) => {
      if ('error' in message) {
        this.onError(message.error);
        this.busy = false;
        this.pump();
        return;
      }
      // JSON crosses the thread boundary faster than a cloned object graph of the same data
      this.onResult({ key: message.key, analysis: JSON.parse(message.json) as Analysis, final: message.final });
      if (message.final) {
        this.busy = false;
        this.pump();
      }
    });
    worker.on('error', e => {
      this.onError(`the analysis worker failed: ${e.message}`);
      this.worker = undefined;
      this.busy = false;
      this.pump();
    });
    worker.unref();
    this.worker = worker;
    return worker;
  }
}

function documentOf(key: string): string {
  const at = key.lastIndexOf('#');
  return at < 0 ? key : key.slice(0, at);
}
