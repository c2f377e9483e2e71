import { strict as assert } from 'node:assert';
import { AnalysisCache } from '../../../server/src/documents/analysisCache';
import type { BackgroundAnalysis, BackgroundRequest } from '../../../server/src/documents/backgroundAnalysis';
import { analyze } from '../../../server/src/analysis/analyze';

/** A background analyser that records requests instead of starting a worker. */
function fakeBackground() {
  const requests: BackgroundRequest[] = [];
  const bg = { available: true, request: (r: BackgroundRequest) => requests.push(r), cancel: () => undefined } as unknown as BackgroundAnalysis;
  return { bg, requests };
}

describe('analysis cache', () => {
  it('analyses a version once and again after an edit, and forgets closed documents', () => {
    let runs = 0;
    const cache = new AnalysisCache({}, (text, options) => { runs++; return analyze(text, options); });
    const doc = { uri: 'file:///a.news', version: 1, getText: () => 'Oslo agreed.' };
    const first = cache.get(doc);
    assert.equal(cache.get(doc), first);
    assert.equal(runs, 1);
    cache.get({ ...doc, version: 2 });
    assert.equal(runs, 2);
    assert.equal(cache.peek(doc.uri, 1), undefined);
    cache.delete(doc.uri);
    assert.equal(cache.size, 0);
  });

  it('sends a long document to the background and answers nothing until its analysis arrives', () => {
    const { bg, requests } = fakeBackground();
    const cache = new AnalysisCache({}, analyze, bg, { inline: 10, firstPart: 8 });
    const seen: number[] = [];
    cache.onDidAnalyze((_, v) => seen.push(v));
    const doc = { uri: 'file:///long.news', version: 3, getText: () => 'Oslo and Bergen agreed.' };
    assert.equal(cache.get(doc), undefined);
    assert.equal(cache.get(doc), undefined);
    assert.equal(requests.length, 1, 'one request per version');
    assert.equal(requests[0].key, 'file:///long.news#3');
    const first = analyze('Oslo and');
    cache.accept(requests[0].key, first, false);
    assert.equal(cache.get(doc), first);
    assert.equal(cache.isComplete(doc.uri, 3), false);
    const whole = analyze(doc.getText());
    cache.accept(requests[0].key, whole, true);
    assert.equal(cache.get(doc), whole);
    assert.deepEqual(seen, [3, 3]);
  });

  it('drops a background result for a version that is no longer current', () => {
    const { bg, requests } = fakeBackground();
    const cache = new AnalysisCache({}, analyze, bg, { inline: 10 });
    const text = 'Oslo and Bergen agreed.';
    cache.get({ uri: 'file:///x.news', version: 1, getText: () => text });
    cache.get({ uri: 'file:///x.news', version: 2, getText: () => text });
    cache.accept(requests[0].key, analyze(text), true);
    assert.equal(cache.peek('file:///x.news', 1), undefined);
  });

  it('analyses only the first paragraphs up to the maximum length', () => {
    const cache = new AnalysisCache({}, analyze, undefined, { max: 30 });
    const text = 'Oslo agreed on Monday.\nBergen agreed later that week too.\n';
    const a = cache.get({ uri: 'file:///m.news', version: 1, getText: () => text });
    assert.equal(a?.length, 23);
    assert.ok(a!.entities.every(e => e.name !== 'Bergen'));
  });
});
