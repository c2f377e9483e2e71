import { parentPort } from 'node:worker_threads';
import { analyze } from '../analysis/analyze';
import type { BackgroundRequest } from './backgroundAnalysis';
import { firstParagraphsOf } from './prefix';

// The worker thread of BackgroundAnalysis: analyses the first part of a long document,
// reports it, then analyses the whole and reports that.
parentPort?.on('message', (request: BackgroundRequest) => {
  try {
    const cut = firstParagraphsOf(request.text, request.firstPart);
    if (cut < request.text.length) {
      parentPort!.postMessage({ key: request.key, json: JSON.stringify(analyze(request.text.slice(0, cut), request.options)), final: false });
    }
    parentPort!.postMessage({ key: request.key, json: JSON.stringify(analyze(request.text, request.options)), final: true });
  } catch (e) {
    parentPort!.postMessage({ key: request.key, error: (e as Error).stack ?? String(e) });
  }
});
