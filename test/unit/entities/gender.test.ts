import { strict as assert } from 'node:assert';
import { personGender, titleGenderBefore } from '../../../server/src/analysis/entities/gender';
import type { Entity } from '../../../server/src/analysis/types';

const person = (name: string, roles: string[] = []): Entity =>
  ({ id: 'e1', name, type: 'person', mentions: [], roles: roles.map(text => ({ start: 0, end: text.length, text, source: 'title' as const })) });

// One reading of a person's gender for the entity pass and the quote pass alike.
describe('person gender', () => {
  it('reads a full name\'s given name, and a name of one word that is only a given name', () => {
    assert.equal(personGender(person('Rosa Quispe')), 'female');
    assert.equal(personGender(person('Eitan')), 'male');
    assert.equal(personGender(person('Kline')), 'unknown');
  });

  it('reads a role that says it ("spokeswoman", "brother")', () => {
    assert.equal(personGender(person('Lee Varn', ['ministry spokeswoman'])), 'female');
    assert.equal(personGender(person('Varn', ['her brother'])), 'male');
  });

  it('reads "Mr" or "Ms" before a mention when the caller gives the text', () => {
    const text = 'Ms Varn spoke.';
    const e: Entity = { ...person('Varn'), mentions: [{ start: 3, end: 7, text: 'Varn', form: 'name', entity: 'e1', sentence: 0 }] };
    assert.equal(personGender(e), 'unknown');
    assert.equal(personGender(e, m => titleGenderBefore(text, 0, m.start)), 'female');
  });
});
