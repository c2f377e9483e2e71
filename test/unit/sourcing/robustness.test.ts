import { strict as assert } from 'node:assert';
import { findClaims } from '../../../server/src/analysis/sourcing';
import { claimsFor } from './helpers';

describe('sourcing: any input', () => {
  const inputs: Array<[string, string]> = [
    ['empty text', ''],
    ['only spaces', '   \n\n  '],
    ['emoji', '🔥🔥 Experts warn 🚀 that sources said 💥 it is believed 😀'],
    ['CRLF line ends', 'Experts warn the dam may fail.\r\n\r\nSources in Oslo said so.\r\n'],
    ['a 200k-character line', 'Analysts say prices will rise and '.repeat(6000)],
    ['unbalanced quotation marks', '“Critics say " it " was “ wrong ” " “'],
    ['lone surrogates', '\ud800 sources said \udc00 experts warn'],
  ];
  for (const [name, text] of inputs) {
    it(`never throws and keeps every span inside the text: ${name}`, () => {
      const claims = claimsFor(text);
      for (const c of claims) {
        assert.ok(c.start >= 0 && c.start < c.end && c.end <= text.length, `span ${c.start}-${c.end}`);
        assert.ok(c.claim.start >= 0 && c.claim.start < c.claim.end && c.claim.end <= text.length, 'claim span');
        assert.equal(c.text, text.slice(c.start, c.end));
      }
    });
  }

  it('never throws on a broken context (spans outside the text, missing arrays)', () => {
    const text = 'Experts warn that the bridge is unsafe.';
    const context = {
      paragraphs: [{ start: 0, end: 999, index: 0 }],
      sentences: [{ start: -5, end: 999, paragraph: 0 }, { start: 0, end: text.length, paragraph: 7 }],
      entities: [],
      quotes: [{ start: 50, end: 10, text: '', kind: 'direct' as const, speaker: null, speakerText: null, speakerSpan: null, cue: null, paragraph: 3 }],
    };
    const claims = findClaims(text, context);
    for (const c of claims) assert.ok(c.end <= text.length);
    assert.deepEqual(findClaims(text, undefined as never), []);
  });

  it('keeps the findings of one text in text order, with no two overlapping', () => {
    const text = 'Sources said experts warn it is believed that officials reported some believe many fear.';
    const claims = claimsFor(text);
    for (let i = 1; i < claims.length; i++) assert.ok(claims[i - 1].end <= claims[i].start);
  });

  it('finds the claims of a 5 KB article in a few milliseconds (about 2 ms on an idle machine; the bound leaves room for a loaded one)', () => {
    const paragraph = 'The talks resumed on Monday, sources in the capital said. Western analysts estimate that ' +
      'at least 2,000 soldiers have been wounded. “We are ready,” the envoy said. It is believed the deal is close, ' +
      'and Ms Halden, a former ambassador, said critics of the plan were wrong.\n';
    const text = paragraph.repeat(Math.ceil(5000 / paragraph.length));
    for (let i = 0; i < 5; i++) claimsFor(text); // warm up
    const times: number[] = [];
    for (let i = 0; i < 21; i++) {
      const t0 = process.hrtime.bigint();
      claimsFor(text);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    const median = times.sort((a, b) => a - b)[10];
    assert.ok(median < 25, `sourcing took ${median.toFixed(2)} ms`);
  });

  it('stays linear on a 200k-character run of newlines, digits or cue words', () => {
    for (const text of ['x\n' + '\n'.repeat(200000) + 'believed to be', 'At least ' + '1,000'.repeat(40000) + ' per cent of voters', 'experts who '.repeat(16000) + 'say']) {
      const t0 = process.hrtime.bigint();
      claimsFor(text);
      assert.ok(Number(process.hrtime.bigint() - t0) / 1e6 < 1500);
    }
  });
});
