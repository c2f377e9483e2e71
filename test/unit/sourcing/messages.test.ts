import { strict as assert } from 'node:assert';
import { claimsFor, quoteOf } from './helpers';

// Every finding says, in plain words, what is missing.
describe('sourcing: messages', () => {
  const text = [
    'The port will reopen in May, sources in Varna have said.',
    'Experts warn that the channel is silting up.',
    'It is believed the dredger sank in a storm.',
    'At least 300 fishermen have been killed at sea since 2010.',
    'Prices are falling. “Nobody buys fish any more.” The market closed early.',
  ].join('\n');
  const claims = claimsFor(text, [quoteOf(text, 'Nobody buys fish any more.')]);

  it('gives each rule its own code', () => {
    assert.deepEqual(claims.map(c => c.code), ['anonymous-source', 'vague-attribution', 'agentless-attribution', 'unsourced-statistic', 'unattributed-quote']);
  });

  it('asks the question the article leaves open, and says what is missing', () => {
    for (const c of claims) {
      assert.match(c.message, /^(?:Who|Which|Where)\b[^?]*\?/, c.message);
      assert.match(c.message, /\b(?:not|no|none|neither)\b/i, c.message);
    }
  });
});
