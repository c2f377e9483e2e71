import { strict as assert } from 'node:assert';
import { fold, prepareQuery, score, subsequence, symbolScore } from '../../../server/src/workspace/match';

const q = prepareQuery;

describe('workspace symbol query matching', () => {
  it('folds typographic punctuation, so that a typed apostrophe finds a curly one', () => {
    assert.equal(fold('“Don’t” — Kyiv’s …'), '"don\'t" - kyiv\'s ...');
    assert.ok(score(q("kyiv's"), fold('Kyiv’s envoy')) > 1000);
  });

  it('ignores case and accents', () => {
    assert.equal(fold('Recep Tayyip Erdoğan'), 'recep tayyip erdogan');
    assert.ok(score(q('ERDOGAN'), fold('Recep Tayyip Erdoğan')) > 1000);
    assert.ok(score(q('guterres'), fold('António Guterres')) > 1000);
    assert.ok(score(q('antónio'), fold('Antonio Guterres')) > 1000);
  });

  it('ranks a substring at the start above one at a word start above one inside a word', () => {
    const start = score(q('pes'), 'peskov');
    const word = score(q('pes'), 'dmitry peskov');
    const inside = score(q('esk'), 'dmitry peskov');
    assert.ok(start > word && word > inside && inside > 1000, `${start} ${word} ${inside}`);
  });

  it('falls back to the characters in order (fuzzy), always below any substring', () => {
    const fuzzy = score(q('dpeskv'), 'dmitry peskov');
    assert.ok(fuzzy > 0 && fuzzy < 1000, String(fuzzy));
    assert.equal(score(q('vokseP'), 'dmitry peskov'), 0);
    assert.equal(score(q('dpeskv'), 'dmitry peskov', false), 0);
  });

  it('prefers fuzzy matches on word starts and in runs', () => {
    assert.ok(subsequence('vz', 'volodymyr zelensky') > subsequence('vz', 'avzzz'.padEnd(18, 'x')));
    assert.ok(subsequence('zel', 'volodymyr zelensky') > subsequence('zel', 'zaxexl'));
    assert.equal(subsequence('abc', 'ab'), 0);
  });

  it('an empty query matches everything', () => {
    assert.equal(score(q('   '), 'anything'), 1);
    assert.equal(symbolScore(q(''), 'x', 'y', 'z'), 1);
  });

  it('matches a quote by its text, and "speaker words" by container and name', () => {
    const text = 'we have heard many promises, and we are waiting for deeds';
    const name = 'we have heard many promises, and we are';
    assert.ok(symbolScore(q('waiting for deeds'), name, 'dmitry peskov', text) > 0);
    assert.ok(symbolScore(q('peskov promises'), name, 'dmitry peskov', text) > 0);
    assert.equal(symbolScore(q('sybiha promises'), name, 'dmitry peskov', text), 0);
    // the name is a better match than the text
    assert.ok(symbolScore(q('heard'), name, undefined, text) > symbolScore(q('deeds'), name, undefined, text));
  });

  it('collapses spaces in the query', () => {
    assert.equal(q('  dmitry    peskov ').text, 'dmitry peskov');
    assert.ok(score(q('dmitry  peskov'), 'dmitry peskov') > 1000);
  });
});
