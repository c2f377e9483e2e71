import { strict as assert } from 'node:assert';
import { entity } from './helpers';

describe('pronoun and nominal mentions', () => {
  it('ties he to the man named before', () => {
    const text = 'Foreign Minister Paul Ardent arrived late. He said little.';
    const m = entity(text, 'Paul Ardent').mentions.find(x => x.form === 'pronoun');
    assert.equal(m?.text, 'He');
  });

  it('checks gender where the first name tells it', () => {
    const text = 'Maria Keller met John Ortiz. She said the talks went well.';
    assert.ok(entity(text, 'Maria Keller').mentions.some(m => m.form === 'pronoun' && m.text === 'She'));
    assert.ok(!entity(text, 'John Ortiz').mentions.some(m => m.form === 'pronoun'));
  });

  it('ties "the Russian leader" to the president named before', () => {
    const text = 'President Boris Gromov spoke first. Later the Russian leader left the room.';
    const m = entity(text, 'Boris Gromov').mentions.find(x => x.form === 'nominal');
    assert.equal(m?.text, 'the Russian leader');
  });
});

describe('words that only look like keys', () => {
  it('does not take "constructor" or "toString" for pronouns', () => {
    const text = 'Engineer Paul Ardent met the constructor. The constructor and toString left.';
    assert.ok(!entity(text, 'Paul Ardent').mentions.some(m => m.form === 'pronoun'));
  });

  const nominals = (text: string, name: string) => entity(text, name).mentions.filter(m => m.form === 'nominal').map(m => m.text);

  it('takes no head word that a longer role goes on from: "the chief of the general staff", "the general secretary"', () => {
    const text = 'General Alistair Munro warned of cuts. The chief of the general staff said the army would shrink.';
    assert.deepEqual(nominals(text, 'Alistair Munro'), []);
  });

  it('gives a nominal before ", Name" to that name, not to the person named before', () => {
    const text = 'Sophie Garnier, the transport minister, spoke. It is a test for the prime minister, Etienne Vautrin, who took office in May.';
    assert.deepEqual(nominals(text, 'Etienne Vautrin'), ['the prime minister']);
    assert.deepEqual(nominals(text, 'Sophie Garnier'), []);
  });

  it('matches all the words of a nominal to a role, not a "shadow" one', () => {
    const text = 'Defence Secretary Rachel Thorn unveiled the review. The shadow defence secretary, Oliver Pengel, attacked it. The defence secretary replied.';
    assert.deepEqual(nominals(text, 'Rachel Thorn'), ['The defence secretary']);
  });

  it('does not give "the Greek foreign minister" to the Turkish one', () => {
    const text = 'Turkish Foreign Minister Hakan Fidel spoke. The Greek foreign minister replied. The Turkish foreign minister left.';
    assert.deepEqual(nominals(text, 'Hakan Fidel'), ['The Turkish foreign minister']);
  });
});
