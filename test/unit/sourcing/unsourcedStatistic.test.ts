import { strict as assert } from 'node:assert';
import { only } from './helpers';

// unsourced-statistic: an estimated figure of casualties, troops, money or a population
// share, in a sentence and a paragraph with no attribution at all.
describe('sourcing: unsourced-statistic', () => {
  const flags = (text: string, expected: string) => it(`flags "${expected}" in: ${text}`, () => {
    assert.deepEqual(only('unsourced-statistic', text), [expected]);
  });
  const passes = (text: string) => it(`does not flag: ${text}`, () => {
    assert.deepEqual(only('unsourced-statistic', text), []);
  });

  flags('At least 300 civilians have been killed in the fighting.', 'At least 300 civilians have been killed');
  flags('An estimated 40,000 troops are massed near the border.', 'An estimated 40,000 troops');
  flags('The shelling killed more than 60 people in the old town.', 'killed more than 60 people');
  flags('Roughly 62% of Moldovans back the accession talks.', 'Roughly 62% of Moldovans');

  describe('sourced or not the kind that needs a source', () => {
    passes('At least 40 people were killed, the health ministry said.');
    passes('The health ministry said at least 40 people were killed.');
    passes('More than 200 people have died, according to the regional governor.');
    passes('At least 8 divers died near the reef.[4] The coastguard later recovered the boat.');
    passes('Westland announced a call-up of 90,000 reservists on Tuesday.');
    passes('Exports from Ostrava now face a 25% tariff.');
    passes('Forty lawmakers have proposed a 300% levy on imported steel.');
    passes('The brigade will send 80 soldiers to help with mine-clearing.');
    passes('Western analysts estimate that more than 5,000 soldiers have been wounded.');
    passes('At least 12 people were killed in the blast. The mayor said it was a massacre.');
  });

  it('leaves a figure sourced elsewhere in its paragraph alone', () => {
    const text = 'Police said the march was peaceful. Nearly 400 protesters were detained and at least 20 were injured.';
    assert.deepEqual(only('unsourced-statistic', text), []);
  });

  it('flags one figure per document, the first', () => {
    const text = 'At least 30 people were killed on Monday.\n\nMore than 100 soldiers were wounded in the north.';
    assert.equal(only('unsourced-statistic', text).length, 1);
  });
});
