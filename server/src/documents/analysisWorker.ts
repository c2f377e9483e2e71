import { parentPort } from 'node:worker_threads';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { IncrementalAnalyzer } from '../analysis/incremental/incrementalAnalyzer';
import { analysisPieces } from './analysisTransfer';
import { documentOf, type WorkerAnswer, type WorkerMessage } from './backgroundAnalysis';
import { firstParagraphsOf } from './prefix';

// The worker thread of BackgroundAnalysis. A document (keys are "<uri>#<version>") is analysed
// with an incremental analyzer: a document it holds no analyzer for has its first part
// analysed and reported, then the whole; a new version of a document it holds is analysed
// again from what the edit left valid, and reported whole. The analyzer is kept (one per
// uri) while the document is being edited (`keep`), until the document is dropped.
const analyzers = new Map<string, IncrementalAnalyzer>();
const collect = garbageCollector();

parentPort?.on('message', (message: WorkerMessage) => {
  if ('drop' in message) {
    analyzers.delete(message.drop);
    return;
  }
  const request = message;
  try {
    const uri = documentOf(request.key);
    let analyzer = analyzers.get(uri);
    if (!analyzer) {
      analyzers.set(uri, (analyzer = new IncrementalAnalyzer({ lean: true })));
      const cut = firstParagraphsOf(request.text, request.firstPart);
      if (cut < request.text.length) {
        answer({ key: request.key, pieces: analysisPieces(analyzer.analyze(request.text.slice(0, cut), request.options)), final: false });
      }
    }
    answer({ key: request.key, pieces: analysisPieces(analyzer.analyze(request.text, request.options)), final: true });
    if (!request.keep) analyzers.delete(uri);
    // give back the memory the analysis took (this thread may live on, idle, while a document is edited)
    setImmediate(collect);
  } catch (e) {
    analyzers.delete(documentOf(request.key));
    answer({ key: request.key, error: (e as Error).stack ?? String(e) });
  }
});

function answer(message: WorkerAnswer): void {
  parentPort!.postMessage(message);
}

/** A way to collect garbage now (V8's gc(), reachable from a fresh context once exposed), or a no-op. */
function garbageCollector(): () => void {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    if (typeof gc === 'function') return () => (gc as () => void)();
  } catch {
    // not available here: V8 collects on its own
  }
  return () => undefined;
}
