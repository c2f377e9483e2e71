import { strict as assert } from 'node:assert';
import { quotesWith, seen, spans, type Found, type Known } from './helpers';
import type { Quote } from '../../../server/src/analysis/types';

const text = (found: Found, q: Quote) => found.text.slice(q.start, q.end);

const DMITRIEV: Known = { name: 'Kiril Domov', also: ['Domov'] };
const MINISTRY: Known = { name: 'Defence Ministry', type: 'organization' };

function reported(text: string, known: Known[]) {
  const found = quotesWith(text, known);
  return seen(found, ['indirect']).map(q => [q.quote, q.speaker]);
}

describe('quotes / reported speech without quotation marks (indirect)', () => {
  it('X confirmed he was …: the reported clause, with speaker and cue', () => {
    const text = 'Kiril Domov, who faces a travel ban, confirmed he had met officials from Kesh in Velmora.';
    const found = quotesWith(text, [DMITRIEV]);
    assert.deepEqual(seen(found, ['indirect']), [
      { kind: 'indirect', quote: 'he had met officials from Kesh in Velmora', speaker: 'Kiril Domov' },
    ]);
    assert.equal(found.quotes[0].cue?.text, 'confirmed');
  });

  it('X said that …', () => {
    assert.deepEqual(reported('Domov said that the border would reopen next week.', [DMITRIEV]),
      [['the border would reopen next week', 'Kiril Domov']]);
  });

  it('X said on Tuesday …, without "that"', () => {
    assert.deepEqual(reported('Domov said on Tuesday the border would reopen next week.', [DMITRIEV]),
      [['the border would reopen next week', 'Kiril Domov']]);
  });

  it('X told reporters that …', () => {
    assert.deepEqual(reported('Domov told reporters in the capital that the border would reopen.', [DMITRIEV]),
      [['the border would reopen', 'Kiril Domov']]);
  });

  it('…, X said. (attribution after the clause)', () => {
    assert.deepEqual(reported('The border will reopen next week, the Defence Ministry said.', [MINISTRY]),
      [['The border will reopen next week', 'Defence Ministry']]);
  });

  it('According to X, …', () => {
    assert.deepEqual(reported('According to the Defence Ministry, the border will reopen next week.', [MINISTRY]),
      [['the border will reopen next week', 'Defence Ministry']]);
  });

  it('a reporting verb capitalised inside a name ("United States", "Notes") is no cue', () => {
    const known: Known[] = [{ name: 'United States', type: 'place' }];
    assert.deepEqual(reported('The ferry will sail again, Norway and the United States said in a joint statement.', known)
      .filter(([quote]) => quote?.startsWith('said')), []);
  });

  it('leaves a dated dateline out of the reported clause', () => {
    const known: Known[] = [{ name: 'Tor Varga' }];
    assert.deepEqual(reported('OSLO, Nov. 4 (Reuters) - The harbour will reopen on Friday, Tor Varga said.', known),
      [['The harbour will reopen on Friday', 'Tor Varga']]);
  });

  it('a place after "in" or "from" says where the speaker is, not who: "sources in Minsk said"', () => {
    const known: Known[] = [{ name: 'Minsk', type: 'place' }, { name: 'Bergen', type: 'place' }, { name: 'Harbour Authority', type: 'organization' }];
    assert.deepEqual(reported('Sources in Minsk said the ferry would sail again.', known), [['the ferry would sail again', null]]);
    assert.deepEqual(reported('The Harbour Authority in Bergen said the quay was closed.', known), [['the quay was closed', 'Harbour Authority']]);
  });

  it('“…, X said (on Monday), rejecting …”: the report is the clause before the speaker, not the participle after', () => {
    const known: Known[] = [{ name: 'Tor Varga' }];
    assert.deepEqual(reported('The ferry will not sail, Tor Varga said on Monday, rejecting a plea from the islanders.', known),
      [['The ferry will not sail', 'Tor Varga']]);
    assert.deepEqual(reported('The ferry will sail, Tor Varga said, adding that the crew was ready.', known),
      [['The ferry will sail', 'Tor Varga']]);
  });

  it('“…, the army said, hours after …”: any aside after the cue leaves the report before the speaker', () => {
    const known: Known[] = [{ name: 'Tor Varga' }];
    assert.deepEqual(reported('The ferry left the harbour at dawn, Tor Varga said, hours after the storm passed.', known),
      [['The ferry left the harbour at dawn', 'Tor Varga']]);
  });

  it('“In Bergen, X said, however, that …”: a lead-in is no report, and the aside is left out', () => {
    const known: Known[] = [{ name: 'Tor Varga' }];
    assert.deepEqual(reported('In Bergen, Tor Varga said, however, that the deal was close.', known),
      [['the deal was close', 'Tor Varga']]);
  });

  it('an organisation insisting …', () => {
    assert.deepEqual(reported('The Defence Ministry insisted the reservists would stay at their depots.', [MINISTRY]),
      [['the reservists would stay at their depots', 'Defence Ministry']]);
  });

  it('…, adding that …: the participle reports what the speaker added', () => {
    const text = '“The camp is cut off,” Domov said, adding that water and power had been severed.';
    assert.deepEqual(reported(text, [DMITRIEV]), [['water and power had been severed', 'Kiril Domov']]);
  });

  it('X warned the council that …: the listener is not part of the clause', () => {
    assert.deepEqual(reported('Domov warned the city council that the dam could fail.', [DMITRIEV]), [['the dam could fail', 'Kiril Domov']]);
  });

  it('leaves a dateline out of the reported clause', () => {
    assert.deepEqual(reported('VELMORA (Reuters) — Two bridges were closed overnight, the Defence Ministry said.', [MINISTRY]),
      [['Two bridges were closed overnight', 'Defence Ministry']]);
  });

  it('"X, 58, said she had …" reports her words; "said she" is no inverted attribution', () => {
    assert.deepEqual(reported('Local farmer Ruth Kamau, 58, said she had not been consulted.', [{ name: 'Ruth Kamau' }]),
      [['she had not been consulted', 'Ruth Kamau']]);
  });

  it('"announced" with a plain object is no reported speech', () => {
    assert.deepEqual(reported('The Defence Ministry announced its largest draft in a decade.', [MINISTRY]), []);
  });

  it('passive "is said to be" is no reported speech', () => {
    assert.deepEqual(reported('Domov is said to be close to the president.', [DMITRIEV]), []);
  });

  it('a lead-in to a direct quotation is left to the quotation', () => {
    const found = quotesWith('Domov said in a statement: “The border stays closed.”', [DMITRIEV]);
    assert.deepEqual(seen(found, ['direct', 'partial', 'indirect']), [
      { kind: 'direct', quote: 'The border stays closed.', speaker: 'Kiril Domov' },
    ]);
  });

  it('"said" after a comma and before a clause is no inverted attribution', () => {
    const text = 'Ana Ruiz, the mayor, and Tom Reyes, her deputy, said the vote would go ahead.';
    const found = quotesWith(text, [{ name: 'Ana Ruiz' }, { name: 'Tom Reyes' }]);
    assert.deepEqual(spans(found, ['indirect']), ['the vote would go ahead']);
  });

  it('a subject with an appositive and a plain object is no report: "X, the chief executive, denied the allegations"', () => {
    assert.deepEqual(reported('The bank’s chief executive, Kiril Domov, denied the allegations.', [DMITRIEV]), []);
  });

  it('reads a reporting word after a possessive as a noun: "to back Kesh’s claims, is manned"', () => {
    assert.deepEqual(reported('The ship, sent to back Kesh’s claims, is manned by marines.', [{ name: 'Kesh', type: 'place' }]), []);
  });

  it('skips the subject\'s acronym in brackets, and reads "at least 14" as the start of a report', () => {
    assert.deepEqual(reported('The Harbour Authority (HA) said at least 14 ships were delayed.', [{ name: 'Harbour Authority', type: 'organization' }]),
      [['at least 14 ships were delayed', 'Harbour Authority']]);
  });

  it('after a quotation that ends its sentence, "X said …" is a report of its own', () => {
    const text = '“We will protect the border.” Domov said the army would offer a plan.';
    const found = quotesWith(text, [DMITRIEV]);
    assert.deepEqual(seen(found, ['indirect']), [{ kind: 'indirect', quote: 'the army would offer a plan', speaker: 'Kiril Domov' }]);
  });

  it('reads the perfect tense and an adverb after the verb: "has said privately that …"', () => {
    assert.deepEqual(reported('Domov has said privately that the border will reopen.', [DMITRIEV]), [['the border will reopen', 'Kiril Domov']]);
  });

  it('"officials at X", "sources close to X": unnamed people inside the organisation', () => {
    const found = quotesWith('Officials at the Harbour Authority said the port was shut. Sources close to the Harbour Authority said it would reopen.', [{ name: 'Harbour Authority', type: 'organization' }]);
    assert.deepEqual(found.quotes.map(q => [q.speaker, q.speakerText]), [[null, 'Officials at the Harbour Authority'], [null, 'Sources close to the Harbour Authority']]);
  });

  it('"told the BBC she had …": a subject pronoun opens the report without "that"', () => {
    assert.deepEqual(reported('Domov told the BBC he had bought a generator.', [DMITRIEV]), [['he had bought a generator', 'Kiril Domov']]);
    assert.deepEqual(reported('Domov told him nothing.', [DMITRIEV]), []);
  });

  it('a court speaks too: "the chamber ruled that …", "the panel concluded that …"', () => {
    const found = quotesWith('The three-judge chamber ruled that the case could proceed. Domov ruled out a deal.', [DMITRIEV]);
    assert.deepEqual(found.quotes.map(q => [found.text.slice(q.start, q.end), q.speakerText]), [['the case could proceed', 'The three-judge chamber']]);
  });

  it('a fragment quoted inside someone\'s reported clause is in their words, not the clause subject\'s', () => {
    const text = 'Domov told reporters that the Defence Ministry regarded the strikes as “terrorist acts”.';
    const found = quotesWith(text, [DMITRIEV, MINISTRY]);
    assert.deepEqual(seen(found, ['partial']), [{ kind: 'partial', quote: 'terrorist acts', speaker: 'Kiril Domov' }]);
  });

  it('"X said Y took the view but emphasised …": the second reporting verb is X\'s', () => {
    const text = 'Domov said the ministry took the view but emphasised that the pact was “the best framework we have”.';
    const found = quotesWith(text, [DMITRIEV, MINISTRY]);
    assert.deepEqual(seen(found, ['partial']), [{ kind: 'partial', quote: 'the best framework we have', speaker: 'Kiril Domov' }]);
  });

  it('ends the report at a second reporting verb of the same subject', () => {
    assert.deepEqual(reported('Domov said the count favoured his party but warned against complacency.', [DMITRIEV]),
      [['the count favoured his party', 'Kiril Domov']]);
  });

  it('reads unnamed groups in the present tense: "…, critics say", "Officials say …"', () => {
    const found = quotesWith('The plan failed, critics say. Officials say the levy will rise.');
    assert.deepEqual(found.quotes.map(q => [text(found, q), q.speakerText]), [['The plan failed', 'critics'], ['the levy will rise', 'Officials']]);
  });
});

describe('quotes / subjects with long appositives', () => {
  it('"X, the former colonial power, which still has troops there, said …": the subject is X', () => {
    const kesh: Known = { name: 'Kesh', type: 'place' };
    assert.deepEqual(reported('Kesh, the former colonial power, which still has troops there, said it was watching closely.', [kesh]),
      [['it was watching closely', 'Kesh']]);
  });

  it('"Kesh\'s deputy envoy, X, said …": the name between commas, not the envoy named before', () => {
    const text = 'Varn\'s envoy, Ana Ruiz, spoke first. Kesh\'s deputy envoy, Liu Zhen, said Kesh had abstained.';
    const found = quotesWith(text, [{ name: 'Ana Ruiz', roles: ['Varn\'s envoy'] }, { name: 'Liu Zhen' }, { name: 'Kesh', type: 'place' }, { name: 'Varn', type: 'place' }]);
    assert.deepEqual(seen(found, ['indirect']), [{ kind: 'indirect', quote: 'Kesh had abstained', speaker: 'Liu Zhen' }]);
  });

  it('"said in a joint report that …"', () => {
    const text = 'Greenward and the Tarn Trust said in a joint report that the seabed was at risk.';
    const found = quotesWith(text, [{ name: 'Tarn Trust', type: 'organization' }]);
    assert.deepEqual(found.quotes.map(q => [text.slice(q.start, q.end), q.speakerText]), [['the seabed was at risk', 'Greenward and the Tarn Trust']]);
  });
});

describe('quotes / joint statements', () => {
  const FRANCE: Known = { name: 'France', type: 'place' };
  const SPAIN: Known = { name: 'Spain', type: 'place' };
  const ITALY: Known = { name: 'Italy', type: 'place' };
  const joint = (text: string, known: Known[]) => quotesWith(text, known).quotes.map(q => [text.slice(q.start, q.end), q.speaker, q.speakerText]);

  it('"France, Spain and Italy said …": one speaker for the three, none of them alone', () => {
    assert.deepEqual(joint('France, Spain and Italy said they would send aid.', [FRANCE, SPAIN, ITALY]),
      [['they would send aid', null, 'France, Spain and Italy']]);
  });

  it('“…,” A and B said: the quotation is the pair’s', () => {
    assert.deepEqual(joint('“We are close,” Ana Ruiz and Tom Reyes said.', [{ name: 'Ana Ruiz' }, { name: 'Tom Reyes' }]),
      [['We are close,', null, 'Ana Ruiz and Tom Reyes']]);
  });

  it('"officials from A and B", "sources in A and B": unnamed speakers placed in both', () => {
    assert.deepEqual(joint('Sources in Spain and Italy said the plan had stalled.', [SPAIN, ITALY]),
      [['the plan had stalled', null, 'Sources in Spain and Italy']]);
  });

  it('a place before a comma is a lead-in, not one of the speakers', () => {
    assert.deepEqual(joint('In Italy, Ana Ruiz and Tom Reyes said the deal was close.', [ITALY, { name: 'Ana Ruiz' }, { name: 'Tom Reyes' }]),
      [['the deal was close', null, 'Ana Ruiz and Tom Reyes']]);
  });
});
