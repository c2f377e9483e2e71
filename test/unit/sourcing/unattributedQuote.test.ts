import { strict as assert } from 'node:assert';
import { claimsFor, only, quoteOf } from './helpers';

// unattributed-quote: a quotation (direct, or a partial of some length) with no speaker.
describe('sourcing: unattributed-quote', () => {
  it('flags a direct quotation whose speaker is null', () => {
    const text = 'Bread prices have tripled since spring. “We have nothing left to sell.” The market closed early on Friday.';
    const q = quoteOf(text, 'We have nothing left to sell.');
    const claims = claimsFor(text, [q]);
    assert.deepEqual(claims.map(c => [c.code, c.text]), [['unattributed-quote', 'We have nothing left to sell.']]);
    assert.match(claims[0].message, /Who said this\?/);
    assert.deepEqual(claims[0].claim, { start: q.start, end: q.end });
  });

  it('does not flag a quotation with a speaker', () => {
    const text = '“The border stays open,” said Minister Hana Kolar.';
    assert.deepEqual(claimsFor(text, [quoteOf(text, 'The border stays open,', { speaker: 'e1' })]), []);
  });

  it('leaves a quotation whose speaker words are given to the anonymous-source rule', () => {
    const text = '“The talks are dead,” said one diplomat.';
    const q = quoteOf(text, 'The talks are dead,', { speakerText: 'one diplomat' });
    assert.deepEqual(claimsFor(text, [q]).map(c => `${c.code}: ${c.text}`), ['anonymous-source: said one diplomat']);
  });

  it('does not flag a short partial quotation (a term or scare quote)', () => {
    const text = 'The regime called the strikes a “war” on its people.';
    assert.deepEqual(only('unattributed-quote', text, [quoteOf(text, 'war', { kind: 'partial' })]), []);
  });

  it('flags a longer partial quotation with no speaker', () => {
    const text = 'The offensive is now “a last throw of the dice” for the junta.';
    const q = quoteOf(text, 'a last throw of the dice', { kind: 'partial' });
    assert.deepEqual(only('unattributed-quote', text, [q]), ['a last throw of the dice']);
  });

  it('does not flag a quotation the text attributes, when the speaker was not resolved', () => {
    const text = 'The admiral issued the following statement:\n“The fleet has completed its patrol of the strait.”';
    assert.deepEqual(only('unattributed-quote', text, [quoteOf(text, 'The fleet has completed its patrol of the strait.')]), []);
    const text2 = '“Racing my sister taught me everything,” Bram says of their early years.';
    assert.deepEqual(only('unattributed-quote', text2, [quoteOf(text2, 'Racing my sister taught me everything,')]), []);
  });

  it('does not flag a title or a name in quotation marks', () => {
    const text = 'Their third single “Lanterns Over The Harbour” reached the charts.';
    assert.deepEqual(only('unattributed-quote', text, [quoteOf(text, 'Lanterns Over The Harbour')]), []);
    const text2 = 'The gathering was first held as “the northern festival of folk and film” in 1982.';
    assert.deepEqual(only('unattributed-quote', text2, [quoteOf(text2, 'the northern festival of folk and film')]), []);
  });

  it('ignores reported speech (kind indirect)', () => {
    const text = 'The convoy would arrive on Friday, the statement added.';
    const q = quoteOf(text, 'The convoy would arrive on Friday', { kind: 'indirect' });
    assert.deepEqual(only('unattributed-quote', text, [q]), []);
  });
});
