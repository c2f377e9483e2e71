import { strict as assert } from 'node:assert';
import { AnalysisCache } from '../../../server/src/documents/analysisCache';
import { analyze } from '../../../server/src/analysis/analyze';

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
});
