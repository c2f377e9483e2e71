import { strict as assert } from 'node:assert';
import { entity } from './helpers';

const roles = (text: string, name: string) => entity(text, name).roles.map(r => text.slice(r.start, r.end));

describe('roles the article gives', () => {
  it('reads a title before the name', () => {
    assert.deepEqual(roles('Kremlin spokesman Yuri Belov declined to comment.', 'Yuri Belov'), ['Kremlin spokesman']);
    assert.deepEqual(roles('He met US Treasury Secretary Dana Hollis.', 'Dana Hollis'), ['US Treasury Secretary']);
    assert.deepEqual(roles('Aides, including special envoy Tom Reyes, left.', 'Tom Reyes'), ['special envoy']);
  });

  it('reads an appositive after the name', () => {
    const text = 'Nadia Petrova, head of the Duma’s budget committee, disagreed.';
    assert.deepEqual(roles(text, 'Nadia Petrova'), ['head of the Duma’s budget committee']);
  });

  it('ends an appositive role before its own relative clause', () => {
    const text = 'Ilse Brandt, a 61-year-old lawyer who has promised to cut taxes, will take office in May.';
    assert.deepEqual(roles(text, 'Ilse Brandt'), ['a 61-year-old lawyer']);
  });

  it('reads an appositive before the name', () => {
    const text = 'Meanwhile, the president’s trade envoy, Ilya Marchenko, flew to Doha.';
    assert.deepEqual(roles(text, 'Ilya Marchenko'), ['the president’s trade envoy']);
  });

  it('reads a relative clause and a copula', () => {
    assert.deepEqual(roles('Sara Lind, who is the mayor of Malmo, spoke.', 'Sara Lind'), ['the mayor of Malmo']);
    assert.deepEqual(roles('Omar Said is the chief negotiator for the rebels.', 'Omar Said'), ['the chief negotiator for the rebels']);
  });

  it('reads a byline as the author', () => {
    const text = 'Talks stalled.\nBy Hannah Okafor';
    const r = entity(text, 'Hannah Okafor').roles;
    assert.equal(r.length, 1);
    assert.equal(r[0].source, 'byline');
  });
});
