import { strict as assert } from 'node:assert';
import { analyze } from '../../../server/src/analysis/analyze';

// The whole pipeline on an invented wire story: what a reader should see flagged, and the
// named sources that must stay clean.
const ARTICLE = [
  'Talks on Dravinia ceasefire stall as both sides dig in',
  'VALMORA, March 3 (Wirepress) - Negotiations over a ceasefire in eastern Dravinia have stalled, three people familiar with the talks said on Monday.',
  'The Dravinian Foreign Ministry insisted it remained committed to dialogue.',
  'Ostrian officials, speaking on condition of anonymity, said the draft had been sent back twice.',
  '“We are not in a hurry,” Deputy Foreign Minister Petra Lind told reporters in Valmora. “Sceptics in parliament fear we will give in. We will not.”',
  'Western analysts estimate that Ostria has moved thousands of troops to the front in recent weeks.',
  'Some diplomats believe a deal is still possible before the summer. Others argue that neither side can afford to stop.',
  'According to local media, the bridge at Korvi was destroyed overnight. It is believed the strike was carried out with glide bombs.',
  'President Anton Heller is widely seen as unwilling to compromise. Critics say he has staked his career on victory.',
  'A spokesman for the Ostrian Defence Ministry said the brigades were on exercise.',
  'By Mara Fenn',
].join('\n');

describe('sourcing: an invented wire story, end to end', () => {
  const analysis = analyze(ARTICLE);
  const flaggedTexts = analysis.claims.map(c => c.text);

  const expected: Array<[string, string]> = [
    ['three people familiar with the talks said', 'anonymous-source'],
    ['Ostrian officials, speaking on condition of anonymity, said', 'anonymous-source'],
    ['Western analysts estimate', 'vague-attribution'],
    ['Some diplomats believe', 'anonymous-source'],
    ['Others argue', 'vague-attribution'],
    ['According to local media', 'vague-attribution'],
    ['It is believed', 'agentless-attribution'],
    ['is widely seen', 'agentless-attribution'],
    ['Critics say', 'vague-attribution'],
  ];
  for (const [text, code] of expected) {
    it(`flags "${text}" as ${code}`, () => {
      const c = analysis.claims.find(x => x.text === text);
      assert.ok(c, `not flagged; got ${JSON.stringify(flaggedTexts)}`);
      assert.equal(c.code, code);
      assert.ok(c.message.length > 20);
      assert.ok(c.claim.start < c.claim.end);
    });
  }

  for (const named of ['The Dravinian Foreign Ministry insisted', 'Petra Lind told', 'A spokesman for the Ostrian Defence Ministry said']) {
    it(`leaves the named source alone: ${named}`, () => {
      const start = ARTICLE.indexOf(named);
      const end = start + named.length;
      assert.deepEqual(analysis.claims.filter(c => c.start < end && start < c.end).map(c => c.text), []);
    });
  }

  it('leaves the vague phrase inside the minister’s quotation alone', () => {
    assert.ok(!flaggedTexts.some(t => t.includes('Sceptics')));
  });

  it('spans each finding to its text', () => {
    for (const c of analysis.claims) assert.equal(ARTICLE.slice(c.start, c.end), c.text);
  });
});
