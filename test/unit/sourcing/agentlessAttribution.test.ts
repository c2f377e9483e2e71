import { strict as assert } from 'node:assert';
import { claimsFor, only } from './helpers';

// agentless-attribution: the attribution is made but its agent is left out.
describe('sourcing: agentless-attribution', () => {
  const flags = (sentence: string, expected: string) => it(`flags "${expected}" in: ${sentence}`, () => {
    assert.deepEqual(only('agentless-attribution', sentence), [expected]);
  });
  const passes = (sentence: string) => it(`does not flag: ${sentence}`, () => {
    assert.deepEqual(claimsFor(sentence).map(c => c.text), []);
  });

  flags('It is believed the hostages are held in the hills.', 'It is believed');
  flags('It was reported that the convoy had been ambushed.', 'It was reported');
  flags('It is claimed that the treaty draft was leaked by a junior clerk.', 'It is claimed');
  flags('It is understood that the envoy will travel to Cairo next week.', 'It is understood');
  flags('The colonel reportedly fled across the river.', 'reportedly');
  flags('The general is said to be furious about the decision.', 'is said to be');
  flags('The minister is widely seen as the likely successor.', 'is widely seen');
  flags('The shipping firm has been reported to be a front for the navy.', 'has been reported to be');
  flags('The crates were reported to have left the port without papers.', 'were reported to have');
  flags('The convoy, believed to be carrying fuel, crossed at dawn.', 'believed to be');
  flags('The rebels are thought to number about 5,000.', 'are thought to number');

  passes('It is recommended that visitors carry their passports at all times.');
  passes('It is clear that the plan failed.');
  passes('It was reported to the police on Tuesday.');
  passes('He said to reporters that he was tired.');
  passes('It was reported by Tallinn Radio that the ferry had sunk.');
  passes('The vote is expected to take place on Sunday.');

  it('sources the statement after "it is claimed that"', () => {
    const text = 'It is claimed that the envoy carried a private letter from the king.';
    const [c] = claimsFor(text);
    assert.equal(text.slice(c.claim.start, c.claim.end), 'the envoy carried a private letter from the king');
    assert.match(c.message, /Who claims this\?/);
  });
});
