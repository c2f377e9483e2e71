import { strict as assert } from 'node:assert';
import { quotesWith, seen, spans, type Known } from './helpers';

const VILNER: Known = { name: 'Tomas Vilner', also: ['Vilner'] };
const KARSTEN: Known = { name: 'Ilse Karsten', also: ['Karsten'] };

describe('quotes / direct quotes, quoted fragments and terms', () => {
  describe('direct quotes', () => {
    it('a quoted sentence presented as someone’s words is direct', () => {
      assert.deepEqual(seen(quotesWith('“The bridge will reopen in May,” Vilner said.', [VILNER])),
        [{ kind: 'direct', quote: 'The bridge will reopen in May,', speaker: 'Tomas Vilner' }]);
    });

    it('a quotation right after the reporting verb is direct even when it starts lower-case', () => {
      assert.deepEqual(seen(quotesWith('Karsten said “we were able to repair the line in a week.”', [KARSTEN])),
        [{ kind: 'direct', quote: 'we were able to repair the line in a week.', speaker: 'Ilse Karsten' }]);
    });

    it('a one-word exclamation with its own attribution is direct, not a term', () => {
      assert.deepEqual(seen(quotesWith('“Never!” Karsten shouted.', [KARSTEN])), [{ kind: 'direct', quote: 'Never!', speaker: 'Ilse Karsten' }]);
    });

    it('both halves of a quotation split by its attribution are direct', () => {
      assert.deepEqual(spans(quotesWith('“We are ready,” Vilner said, “to defend every village.”', [VILNER])),
        ['We are ready,', 'to defend every village.']);
    });
  });

  describe('quoted fragments inside reported speech (partial)', () => {
    it('what he calls “…”', () => {
      assert.deepEqual(seen(quotesWith('Vilner pledged to end what he calls “the longest winter in our history.”', [VILNER])),
        [{ kind: 'partial', quote: 'the longest winter in our history.', speaker: 'Tomas Vilner' }]);
    });

    it('saying he was “…”', () => {
      assert.deepEqual(seen(quotesWith('Vilner criticised the pace of the talks, saying he was “fed up” with the delays.', [VILNER])),
        [{ kind: 'partial', quote: 'fed up', speaker: 'Tomas Vilner' }]);
    });

    it('told the court that he was “…”', () => {
      assert.deepEqual(seen(quotesWith('Karsten told the court that she was “innocent”.', [KARSTEN])),
        [{ kind: 'partial', quote: 'innocent', speaker: 'Ilse Karsten' }]);
    });

    it('described by X as “…” (passive)', () => {
      const text = 'The cleric, described by the Interior Ministry as a “danger to public order”, left the country.';
      assert.deepEqual(seen(quotesWith(text, [{ name: 'Interior Ministry', type: 'organization' }])),
        [{ kind: 'partial', quote: 'danger to public order', speaker: 'Interior Ministry' }]);
    });

    it('a fragment right after the reporting verb that the sentence runs on from', () => {
      assert.deepEqual(seen(quotesWith('Karsten said “no decision” had been taken on the bridge.', [KARSTEN])),
        [{ kind: 'partial', quote: 'no decision', speaker: 'Ilse Karsten' }]);
    });

    it('a fragment followed by its own attribution', () => {
      assert.deepEqual(seen(quotesWith('The plan was “dead on arrival,” Karsten said.', [KARSTEN])),
        [{ kind: 'partial', quote: 'dead on arrival,', speaker: 'Ilse Karsten' }]);
    });

    it('a fragment with the attribution at the end of the sentence', () => {
      assert.deepEqual(seen(quotesWith('The army had “no plans” to leave the valley, Karsten said.', [KARSTEN])),
        [{ kind: 'partial', quote: 'no plans', speaker: 'Ilse Karsten' }]);
    });

    it('a second verb of the same speaker: described … and said he was “…”', () => {
      const text = 'Vilner described the offer as “an insult” and said he was “deeply troubled” by it.';
      assert.deepEqual(seen(quotesWith(text, [VILNER])), [
        { kind: 'partial', quote: 'an insult', speaker: 'Tomas Vilner' },
        { kind: 'partial', quote: 'deeply troubled', speaker: 'Tomas Vilner' },
      ]);
    });
  });

  describe('names, titles, nicknames and scare quotes are no quotes', () => {
    const cases: Array<[string, string]> = [
      ['so-called', 'The rebels declared a so-called “republic” in the hills.'],
      ['operation', 'The army launched Operation “Desert Lark” at dawn.'],
      ['operation name alone', 'The assault on the valley was “Operation Steel Gate”.'],
      ['codenamed', 'The plan, codenamed “Nightjar”, was never carried out.'],
      ['known as', 'They met in the area known as “the Triangle”.'],
      ['called (a name, not speech)', 'The troops flew to an airbase called “Kilo-9” near the coast.'],
      ['nickname inside a name', 'Col. Ivan “The Hammer” Petrov arrived on Monday.'],
      ['scare quotes', 'The regime’s “reforms” have changed nothing, the report found.'],
      ['title in capitals', 'She is the author of “The Long Road Home” and two other books.'],
      ['a list of titles', 'The band’s hits include “Paper Moon” and “Rain on Glass”.'],
      ['a term in brackets', 'The region relies on remittances (“hawala”) from abroad.'],
      ['a single scare-quoted word', 'Ostrava’s “war” on smugglers is a sham.'],
      ['a capitalised name right after a reporting verb', 'Officials said “Operation Granite” hit six depots overnight.'],
    ];
    for (const [what, text] of cases) {
      it(what, () => assert.deepEqual(spans(quotesWith(text, [{ name: 'Ivan', also: ['Petrov'] }])), []));
    }

    it('a so-called term stays a term even when an attribution follows it', () => {
      const text = 'Asked about the so-called “buffer zone,” Karsten said: “There is no such thing.”';
      assert.deepEqual(seen(quotesWith(text, [KARSTEN])), [{ kind: 'direct', quote: 'There is no such thing.', speaker: 'Ilse Karsten' }]);
    });

    it('a nickname does not hide the quotation it sits next to', () => {
      const text = '“We will not allow the convoy to pass,” said Col. Anton “Tony” Vessel, the spokesman.';
      assert.deepEqual(spans(quotesWith(text, [{ name: 'Anton', also: ['Vessel'] }])), ['We will not allow the convoy to pass,']);
    });

    it('a short fragment far from any cue is a scare quote', () => {
      const text = 'Karsten said the vote was fair, and later that year the party adopted an unpopular “reform” agenda.';
      assert.deepEqual(spans(quotesWith(text, [KARSTEN])), []);
    });
  });
});
