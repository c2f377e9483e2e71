import { strict as assert } from 'node:assert';
import { quotesWith, seen, type Known } from './helpers';

const VILNER: Known = { name: 'Tomas Vilner', also: ['Vilner'] };
const LOPEZ: Known = { name: 'Maria Lopez', also: ['Lopez'] };
const BERG: Known = { name: 'Anna Berg', also: ['Berg'] };
const HOLM: Known = { name: 'Peter Holm', also: ['Holm'] };

function speakerOf(text: string, known: Known[]): Array<[string, string | null]> {
  return seen(quotesWith(text, known)).map(q => [q.quote, q.speaker]);
}

describe('quotes / speaker attribution', () => {
  describe('cue after the quotation', () => {
    it('“…,” X said', () => {
      assert.deepEqual(speakerOf('“We will not give up an inch,” Vilner said.', [VILNER]), [['We will not give up an inch,', 'Tomas Vilner']]);
    });

    it('“…,” said X (inversion), with titles before the name', () => {
      assert.deepEqual(speakerOf('“We will not give up an inch,” said Foreign Minister Tomas Vilner.', [VILNER]),
        [['We will not give up an inch,', 'Tomas Vilner']]);
    });

    it('“…,” X, <appositive>, said', () => {
      const text = '“Nobody asked us,” Maria Lopez, the mayor of Sanvero, a port in the south, told reporters.';
      assert.deepEqual(speakerOf(text, [LOPEZ]), [['Nobody asked us,', 'Maria Lopez']]);
    });

    it('“…,” <role>, X, said: the name in the appositive', () => {
      const text = '“These claims are absurd,” its spokeswoman, Leila Haddad, told journalists.';
      assert.deepEqual(speakerOf(text, [{ name: 'Leila Haddad' }]), [['These claims are absurd,', 'Leila Haddad']]);
    });

    it('“…” – X (dash)', () => {
      assert.deepEqual(speakerOf('“Nobody wants another war.” – Anna Berg, opposition lawmaker', [BERG]),
        [['Nobody wants another war.', 'Anna Berg']]);
    });

    it('“…,” according to X', () => {
      const found = quotesWith('“The border is calm,” according to Maria Lopez.', [LOPEZ]);
      assert.deepEqual(seen(found), [{ kind: 'direct', quote: 'The border is calm,', speaker: 'Maria Lopez' }]);
      assert.equal(found.quotes[0].cue?.text, 'according to');
    });

    it('a question followed by "asked X" even though a sentence seems to end after the mark', () => {
      assert.deepEqual(speakerOf('“Why should we trust them?” Vilner asked.', [VILNER]), [['Why should we trust them?', 'Tomas Vilner']]);
    });

    it('the cue is the reporting verb outside the marks, never a verb inside them', () => {
      const found = quotesWith('“I said no and I meant it,” Berg said.', [BERG]);
      const q = found.quotes[0];
      assert.equal(q.cue?.text, 'said');
      assert.ok(q.cue!.start > q.end);
    });
  });

  describe('a place after the subject', () => {
    it('“…,” a spokesman for X in Bergen said: the place does not break the attribution', () => {
      const known: Known[] = [{ name: 'Harbour Authority', type: 'organization' }, { name: 'Bergen', type: 'place' }];
      assert.deepEqual(speakerOf('“We will sail soon,” a spokesman for the Harbour Authority in Bergen said.', known),
        [['We will sail soon,', 'Harbour Authority']]);
    });

    it('“…,” sources in Minsk said: attributed, to nobody the text names', () => {
      const found = quotesWith('“We will sail soon,” sources in Minsk said.', [{ name: 'Minsk', type: 'place' }]);
      assert.equal(found.quotes[0].speaker, null);
      assert.equal(found.quotes[0].cue?.text, 'said');
    });
  });

  describe('cue before the quotation', () => {
    it('X stated: “…”, across an aside', () => {
      const text = 'Kesh spokesman Omar Idris, asked by the paper for his view, stated: “We never received the letter.”';
      const found = quotesWith(text, [{ name: 'Omar Idris' }]);
      assert.deepEqual(seen(found), [{ kind: 'direct', quote: 'We never received the letter.', speaker: 'Omar Idris' }]);
      assert.equal(found.quotes[0].cue?.text, 'stated');
    });

    it('X told reporters on Monday: “…”', () => {
      assert.deepEqual(speakerOf('Lopez told reporters on Monday: “The port stays open.”', [LOPEZ]), [['The port stays open.', 'Maria Lopez']]);
    });

    it('He added, “…”', () => {
      assert.deepEqual(speakerOf('Vilner was blunt.\nHe added, “We will see who blinks first.”', [VILNER]),
        [['We will see who blinks first.', 'Tomas Vilner']]);
    });

    it('According to X, “…”', () => {
      assert.deepEqual(speakerOf('According to Lopez, “the port stays open.”', [LOPEZ]), [['the port stays open.', 'Maria Lopez']]);
    });

    it('X: “…” (a speaker and a colon)', () => {
      const found = quotesWith('Vilner: “We will not sign.”', [VILNER]);
      assert.deepEqual(seen(found), [{ kind: 'direct', quote: 'We will not sign.', speaker: 'Tomas Vilner' }]);
      assert.equal(found.quotes[0].cue?.text, ':');
    });

    it('a paragraph ending "X released the following statement:" introduces the next paragraph’s quotation', () => {
      const text = 'General Oskar Brandt, the army chief, released the following statement on the withdrawal:\n"Our units have completed their task."';
      assert.deepEqual(speakerOf(text, [{ name: 'Oskar Brandt' }]), [['Our units have completed their task.', 'Oskar Brandt']]);
    });

    it('an appositive that lost its closing comma still points at the person', () => {
      const text = 'Gen. Oskar Brandt, commander of the Northern Army Group said, "The bridge is ours."';
      assert.deepEqual(speakerOf(text, [{ name: 'Oskar Brandt' }, { name: 'Northern Army Group', type: 'organization' }]),
        [['The bridge is ours.', 'Oskar Brandt']]);
    });

    it('an appositive that holds commas of its own', () => {
      const text = 'Sgt. Ivo Marek, a gunner in Delta Battery, 2nd Battalion, said “we trained for this.”';
      assert.deepEqual(speakerOf(text, [{ name: 'Ivo Marek' }, { name: 'Delta Battery', type: 'organization' }]),
        [['we trained for this.', 'Ivo Marek']]);
    });
  });

  describe('pronouns and roles', () => {
    it('“…,” he said: the person in subject position, not one named in passing', () => {
      const text = 'Vilner confirmed he had met officials from Lopez’s team. “The meeting was useful,” he said.';
      assert.deepEqual(speakerOf(text, [VILNER, LOPEZ]), [['The meeting was useful,', 'Tomas Vilner']]);
    });

    it('a pronoun never points at a name inside the quotation itself', () => {
      const text = 'Anna Berg spoke after the vote. “Holm will regret this,” she said.';
      assert.deepEqual(speakerOf(text, [BERG, HOLM]), [['Holm will regret this,', 'Anna Berg']]);
    });

    it('checks gender where first names tell it', () => {
      const text = 'Anna Berg met Peter Holm on Friday. “It went well,” she said. “We shall see,” he said.';
      assert.deepEqual(speakerOf(text, [BERG, HOLM]), [['It went well,', 'Anna Berg'], ['We shall see,', 'Peter Holm']]);
    });

    it('a pronoun in a fronted clause points forward to the subject that follows', () => {
      const text = 'Having promised to end what he calls “a senseless war,” Vilner now faces his critics.';
      assert.deepEqual(speakerOf(text, [VILNER]), [['a senseless war,', 'Tomas Vilner']]);
    });

    it('“the secretary said” goes to the person the article gave that role', () => {
      const text = 'Defence Secretary Ruth Okafor visited the base. “Our troops are ready,” the secretary said.';
      assert.deepEqual(speakerOf(text, [{ name: 'Ruth Okafor', roles: ['Defence Secretary'] }]), [['Our troops are ready,', 'Ruth Okafor']]);
    });

    it('“the head of the port authority said” goes to the person described in those words', () => {
      const text = 'Marta Kovac, head of the port authority of Aral, met the strikers. The head of the port authority said: “The port stays open.”';
      assert.deepEqual(speakerOf(text, [{ name: 'Marta Kovac', roles: ['head of the port authority of Aral'] }]),
        [['The port stays open.', 'Marta Kovac']]);
    });

    it('a pronoun with nobody to point at gives no speaker', () => {
      const found = quotesWith('“We are ready,” he said.', []);
      assert.equal(found.quotes[0].speaker, null);
      assert.equal(found.quotes[0].speakerText, 'he');
    });
  });

  describe('organisations and unnamed speakers', () => {
    it('the ministry said', () => {
      const text = 'The Interior Ministry said in a statement: “Security forces remain on alert.”';
      assert.deepEqual(speakerOf(text, [{ name: 'Interior Ministry', type: 'organization' }]), [['Security forces remain on alert.', 'Interior Ministry']]);
    });

    it('the Kremlin said', () => {
      assert.deepEqual(speakerOf('“No decision has been taken,” the Kremlin said.', [{ name: 'Kremlin', type: 'organization' }]),
        [['No decision has been taken,', 'Kremlin']]);
    });

    it('“the ministry said” goes to the ministry the article named before', () => {
      const text = 'The Energy Ministry said construction would begin in spring.\n“All legal requirements have been met,” the ministry said.';
      const found = quotesWith(text, [{ name: 'Energy Ministry', type: 'organization' }]);
      assert.deepEqual(seen(found), [{ kind: 'direct', quote: 'All legal requirements have been met,', speaker: 'Energy Ministry' }]);
      assert.equal(found.quotes.find(q => q.kind === 'direct')?.speakerText, 'the ministry');
    });

    it('a spokesman of a named institution speaks for it, with his own words as speakerText', () => {
      const found = quotesWith('A Foreign Office spokesman said: “The talks were frank.”', [{ name: 'Foreign Office', type: 'organization' }]);
      assert.deepEqual(seen(found), [{ kind: 'direct', quote: 'The talks were frank.', speaker: 'Foreign Office' }]);
      assert.equal(found.quotes[0].speakerText, 'A Foreign Office spokesman');
    });

    it('an unnamed source gives no speaker entity but keeps the words that name it', () => {
      const found = quotesWith('“We are not optimistic,” a Western diplomat told reporters.', []);
      assert.equal(found.quotes[0].speaker, null);
      assert.equal(found.quotes[0].speakerText, 'a Western diplomat');
      assert.equal(found.quotes[0].cue?.text, 'told');
    });

    it('a quotation with no cue and no context has no speaker', () => {
      const found = quotesWith('The town was quiet on Sunday.\n“We have no choice.”', []);
      assert.deepEqual(seen(found), [{ kind: 'direct', quote: 'We have no choice.', speaker: null }]);
      assert.equal(found.quotes[0].cue, null);
    });
  });

  describe('floating quotations', () => {
    it('a quoted sentence right after an attributed one has the same speaker', () => {
      const text = '“We came in good faith,” said Tomas Vilner, the chief negotiator. “Our partners did not.”';
      assert.deepEqual(speakerOf(text, [VILNER]), [['We came in good faith,', 'Tomas Vilner'], ['Our partners did not.', 'Tomas Vilner']]);
    });

    it('so does a quotation opening the next paragraph', () => {
      const text = '“We came in good faith,” Vilner said.\n“Our partners did not.”';
      assert.deepEqual(speakerOf(text, [VILNER]), [['We came in good faith,', 'Tomas Vilner'], ['Our partners did not.', 'Tomas Vilner']]);
    });

    it('but not when someone else is named in between', () => {
      const text = '“We came in good faith,” Vilner said. Lopez disagreed.\n“Our partners did not.”';
      assert.deepEqual(speakerOf(text, [VILNER, LOPEZ]), [['We came in good faith,', 'Tomas Vilner'], ['Our partners did not.', null]]);
    });

    it('a quotation after reported speech belongs to the reporter of it', () => {
      const text = 'Lopez said the port would stay open. “Nobody will close it.”';
      assert.deepEqual(speakerOf(text, [LOPEZ]), [['Nobody will close it.', 'Maria Lopez']]);
    });
  });

  describe('other attribution forms', () => {
    it('“…,” Reuters quoted X: the person quoted speaks', () => {
      const text = '“We stayed at home until the shelling stopped,” Reuters quoted Hana Sato.';
      assert.deepEqual(speakerOf(text, [{ name: 'Hana Sato' }, { name: 'Reuters', type: 'organization' }]),
        [['We stayed at home until the shelling stopped,', 'Hana Sato']]);
    });

    it('“…,” X was quoted as saying', () => {
      const found = quotesWith('“They will pay,” Idris was quoted as saying by the state agency.', [{ name: 'Omar Idris', also: ['Idris'] }]);
      assert.deepEqual(seen(found), [{ kind: 'direct', quote: 'They will pay,', speaker: 'Omar Idris' }]);
      assert.equal(found.quotes[0].cue?.text, 'quoted as saying');
    });

    it('The statement read: “…”', () => {
      const found = quotesWith('The statement read: “The ministry regrets the loss of life.”', []);
      assert.equal(found.quotes[0].speakerText, 'The statement');
      assert.equal(found.quotes[0].cue?.text, 'read');
    });

    it('an unnamed group before the verb is an attribution to nobody named, and stops a floating speaker', () => {
      const text = '“We will stay,” Vilner said.\n“We were all deceived,” one of those sources told reporters.';
      const found = quotesWith(text, [VILNER]);
      assert.deepEqual(seen(found).map(q => q.speaker), ['Tomas Vilner', null]);
      assert.equal(found.quotes[1].speakerText, 'one of those sources');
    });

    it('“…,” said one resident, 42-year-old X: the name after the unnamed words', () => {
      const text = '"We don\'t want war," said one resident, 42-year-old Pavel Hrom. "But we\'re ready."';
      assert.deepEqual(speakerOf(text, [{ name: 'Pavel Hrom' }]), [["We don't want war,", 'Pavel Hrom'], ["But we're ready.", 'Pavel Hrom']]);
    });

    it('a quotation whose closing mark was forgotten before its attribution', () => {
      const text = '“What I have seen is unacceptable, said Whitmore. “The offer stays on the table.”';
      assert.deepEqual(speakerOf(text, [{ name: 'Whitmore' }]), [
        ['What I have seen is unacceptable,', 'Whitmore'],
        ['The offer stays on the table.', 'Whitmore'],
      ]);
    });

    it('after a quotation ending in a full stop, a new sentence with its own cue is no attribution of it', () => {
      const text = 'The envoy was blunt. He said that “talks have failed.” Vilner appealed to “everyone to stay calm.”';
      const found = quotesWith(text, [VILNER]);
      assert.deepEqual(seen(found).map(q => [q.quote, q.speaker]), [
        ['talks have failed.', null],
        ['everyone to stay calm.', 'Tomas Vilner'],
      ]);
    });
  });

  describe('multi-paragraph quotations and stray marks', () => {
    it('gives every paragraph of a long quotation the same speaker', () => {
      const text = 'Prime Minister Lena Sorensen said:\n“Our country has faced hard times.\n“We will face them again.\n“And we will prevail.”';
      assert.deepEqual(speakerOf(text, [{ name: 'Lena Sorensen' }]), [
        ['Our country has faced hard times.', 'Lena Sorensen'],
        ['We will face them again.', 'Lena Sorensen'],
        ['And we will prevail.', 'Lena Sorensen'],
      ]);
    });

    it('takes the speaker from the end of the last part when the first has none', () => {
      const text = '“Our country has faced hard times.\n“We will face them again,” Sorensen said.';
      assert.deepEqual(speakerOf(text, [{ name: 'Lena Sorensen', also: ['Sorensen'] }]), [
        ['Our country has faced hard times.', 'Lena Sorensen'],
        ['We will face them again,', 'Lena Sorensen'],
      ]);
    });

    it('handles an opening mark typed where the closing one belongs', () => {
      const text = '“I’m convinced this is the only way, “Holm said. “If we fail, nobody will forgive us.”';
      assert.deepEqual(speakerOf(text, [HOLM]), [
        ['I’m convinced this is the only way, ', 'Peter Holm'],
        ['If we fail, nobody will forgive us.', 'Peter Holm'],
      ]);
    });
  });

  describe('speakers inside and behind organisations', () => {
    const NATO: Known = { name: 'Nato', type: 'organization' };
    const who = (text: string, known: Known[]) => quotesWith(text, known).quotes.map(q => [text.slice(q.start, q.end), q.speaker && known[Number(q.speaker.slice(1)) - 1].name, q.speakerText]);

    it('“…,” a Nato official said: an unnamed official, not the alliance speaking', () => {
      assert.deepEqual(who('“We will stay,” a Nato official said.', [NATO]), [['We will stay,', null, 'a Nato official']]);
      assert.deepEqual(who('“We will stay,” the Nato spokesman said.', [NATO]), [['We will stay,', 'Nato', 'the Nato spokesman']]);
    });

    it('"X’s political bureau said …": the organisation speaks through its body', () => {
      assert.deepEqual(who('Velmar’s political bureau said it was studying the plan.', [{ name: 'Velmar', type: 'organization' }]),
        [['it was studying the plan', 'Velmar', 'Velmar’s political bureau']]);
    });

    it('“…,” WFP country director X said: plain nouns between the agency and the title', () => {
      assert.deepEqual(who('“Trucks sit idle,” WFP country director Helga Sand said.', [{ name: 'WFP', type: 'organization' }, { name: 'Helga Sand' }]),
        [['Trucks sit idle,', 'Helga Sand', 'Helga Sand']]);
    });

    it('"…, according to the state electoral commission": the source after the cue is no report', () => {
      assert.deepEqual(who('Turnout was 61%, according to the state electoral commission.', []),
        [['Turnout was 61%', null, 'the state electoral commission']]);
    });
  });

  describe('pronouns and the gender of a one-word name', () => {
    it('“…,” she said: not the man named by his given name alone in between', () => {
      const text = 'Noa Levin, whose brother Eitan has been held since May, spoke outside. “Every day counts,” she said.';
      assert.deepEqual(speakerOf(text, [{ name: 'Noa Levin' }, { name: 'Eitan' }]), [['Every day counts,', 'Noa Levin']]);
    });
  });

  describe('speaking for someone', () => {
    it('"A spokesperson for X said …": unnamed, not X', () => {
      const text = 'A spokesperson for Vilner said he would attend.';
      const found = quotesWith(text, [VILNER]);
      assert.deepEqual(found.quotes.map(q => [q.speaker, q.speakerText]), [[null, 'A spokesperson for Vilner']]);
    });
  });

  describe('descriptions naming another country', () => {
    it('"Kesh\'s prime minister said" is not the prime minister of Varn named before', () => {
      const text = 'Varnese Prime Minister Dirk Schol backed the plan. Kesh\'s prime minister said the bloc was rushing.';
      const found = quotesWith(text, [{ name: 'Dirk Schol', roles: ['Varnese Prime Minister'] }, { name: 'Kesh', type: 'place' }]);
      assert.deepEqual(found.quotes.map(q => [q.speaker, q.speakerText]), [[null, 'Kesh\'s prime minister']]);
    });
  });
});
