import { strict as assert } from 'node:assert';
import { claimsFor, only } from './helpers';

// vague-attribution: an unnamed, generic group (or unnamed press) as the source of a claim.
describe('sourcing: vague-attribution', () => {
  const flags = (sentence: string, expected: string) => it(`flags "${expected}" in: ${sentence}`, () => {
    assert.deepEqual(only('vague-attribution', sentence), [expected]);
  });
  const passes = (sentence: string) => it(`does not flag: ${sentence}`, () => {
    assert.deepEqual(claimsFor(sentence).map(c => c.text), []);
  });

  describe('generic groups', () => {
    flags('Western analysts estimate that the navy has lost a third of its fleet.', 'Western analysts estimate');
    flags('US analysts say the front is stable.', 'US analysts say');
    flags('However, experts warn that the dam could fail within a decade.', 'experts warn');
    flags('Critics say the law is a power grab.', 'Critics say');
    flags('Observers note that turnout was unusually low.', 'Observers note');
    flags('Scholars generally agree that the chronicle was written later.', 'Scholars generally agree');
    flags('Analysts have long warned that the bank is undercapitalised.', 'Analysts have long warned');
    flags('Experts who study the delta say the floods are getting worse.', 'Experts who study the delta say');
    flags('A number of economists believe the currency will weaken.', 'A number of economists believe');
    flags('Residents said they heard explosions through the night.', 'Residents said');
    flags('Human rights groups say hundreds have been detained.', 'Human rights groups say');
    flags('The vote was rigged, according to independent observers.', 'according to independent observers');
    flags('The bank faces risks that analysts say could grow.', 'analysts say');
    flags('Prices fell on Monday, traders said.', 'traders said');
    flags('Differences remain over the withdrawal, mediators said.', 'mediators said');
  });

  describe('what a group\'s attribution covers', () => {
    it('does not read "investors were worried" as an attribution: after "be", an -ed word is a state', () => {
      assert.deepEqual(only('vague-attribution', 'Traders said investors were worried.'), ['Traders said']);
    });

    it('leaves a wire story\'s dateline out of the claim', () => {
      const text = 'VARNA, March 3 (Reuters) - Talks stalled for a third day, mediators said.';
      const [c] = claimsFor(text);
      assert.equal(text.slice(c.claim.start, c.claim.end), 'Talks stalled for a third day');
    });

    it('claims the clause a source opens after "and" or "though"', () => {
      const text = 'The race has begun, and experts say the rules are weak.';
      const [c] = claimsFor(text);
      assert.equal(text.slice(c.claim.start, c.claim.end), 'the rules are weak');
    });

    it('leaves a concession after the claim out of it ("…, although Kesh has not confirmed this")', () => {
      const text = 'Reports suggest the levy will be dropped, although Kesh has not confirmed this.';
      const [c] = claimsFor(text);
      assert.equal(text.slice(c.claim.start, c.claim.end), 'the levy will be dropped');
    });

    it('claims only the predicate when the source sits in a relative clause', () => {
      const text = 'The bank cut rates by a point in what analysts said was a move demanded by the lenders.';
      const [c] = claimsFor(text);
      assert.equal(text.slice(c.claim.start, c.claim.end), 'was a move demanded by the lenders');
    });
  });

  describe('quantifiers as the subject', () => {
    flags('Some believe the election was stolen.', 'Some believe');
    flags('Many fear a return to violence.', 'Many fear');
    flags('Others argue that sanctions have failed.', 'Others argue');
    flags('Some in Brussels worry that the fund will run dry.', 'Some in Brussels worry');
    flags('Many Moldovans believe the crisis will last for years.', 'Many Moldovans believe');
    flags('Many in the capital see the treaty as a relic.', 'Many in the capital see');
  });

  describe('a group defined by what it opposes or supports', () => {
    flags('The treaty’s defenders argue it still prevents the worst.', 'treaty’s defenders argue');
    flags('Kremlin critics say the vote was a sham.', 'Kremlin critics say');
  });

  describe('unnamed press and documents', () => {
    flags('Recent media reports have suggested a cabinet reshuffle in Tallinn.', 'Recent media reports have suggested');
    flags('Local media reported that the bridge had been destroyed.', 'Local media reported');
    flags('Chinese state media reported that the talks had ended.', 'Chinese state media reported');
    flags('Reports suggest the ferry struck a mine.', 'Reports suggest');
    flags('According to one estimate, the war has cost $200 billion.', 'According to one estimate');
    flags('Western intelligence estimates suggest the army is exhausted.', 'Western intelligence estimates suggest');
    flags('According to unconfirmed reports, the general was arrested.', 'According to unconfirmed reports');
  });

  describe('documents of named organisations', () => {
    passes('Nearly half the district was displaced, according to UN estimates.');
  });

  describe('not vague', () => {
    passes('The Red Hand militia claimed responsibility for the ambush.');
    passes('The militia destroyed the shrine. They claim it was idolatrous.');
    passes('We believe the embassy should reopen before the winter.');
    passes('As we have repeatedly made clear, our aid to the region will continue.');
    passes('The Red Cross has confirmed reports that the ferry capsized near the cape.');
    passes('Northwind.Info reports per Reuters that the talks will resume.');
    passes('Analysts at Halvorsen Bank said inflation had peaked.');
    passes('Kirra Mandeville, an analyst at Vostok Capital, said the rouble would fall.');
    passes('Economist Rafael Ortiz says inflation will ease.');
    passes('The experts said the samples were contaminated.');
    passes('Asked about reports that the rebels had seized the airport, the minister called for calm.');
    passes('Many saw their homes destroyed.');
    passes('Some expected results never came.');
    passes('Many people died in the floods last year.');
    passes('Reporters Without Borders said the journalist had been jailed.');
    passes('According to estimates by the World Bank, growth will slow.');
    passes('According to a report in the Valmora Herald, the deal is off.');
    passes('Observers from the OSCE Mission said the vote was orderly.');
    passes('The bank’s analysts expect two more rate rises.');
    passes('ISW analysts assess that the offensive has stalled.');
    passes('Amnesty International researchers said the camp was shelled.');
    passes('Doctors Without Borders said the clinic was struck.');
  });

  it('gives the claim that follows the source phrase', () => {
    const text = 'Experts warn that the glacier will be gone by 2060.';
    const [c] = claimsFor(text);
    assert.equal(text.slice(c.claim.start, c.claim.end), 'the glacier will be gone by 2060');
    assert.match(c.message, /experts/i);
  });
});
