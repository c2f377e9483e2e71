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

  it('keeps the office\'s domain in a title: "WFP country director", "central bank governor"', () => {
    assert.deepEqual(roles('“Trucks sit idle,” WFP country director Helga Sand said.', 'Helga Sand'), ['WFP country director']);
    assert.deepEqual(roles('Markets cheered central bank governor Tarek Halim.', 'Tarek Halim'), ['central bank governor']);
  });

  it('leaves an adverb that opens the sentence out of the title', () => {
    assert.deepEqual(roles('Later tribunal president Alba Sauce spoke.', 'Alba Sauce'), ['tribunal president']);
    assert.deepEqual(roles('The panel heard the then foreign minister Ana Ruiz.', 'Ana Ruiz'), ['then foreign minister']);
  });

  it('reads the role named before a comma inside a longer clause', () => {
    assert.deepEqual(roles('Aides said the chancellor, Imogen Rhys, had clashed with him.', 'Imogen Rhys'), ['the chancellor']);
    assert.deepEqual(roles('Kesh sent its special envoy, Dan Whitcombe, to the talks.', 'Dan Whitcombe'), ['its special envoy']);
    assert.deepEqual(roles('A spokesman for the Harbour Authority, Yasir Tombe, denied it.', 'Yasir Tombe'), ['A spokesman for the Harbour Authority']);
  });

  it('takes no role from a noun that heads something else: "a test for the prime minister, X"', () => {
    assert.deepEqual(roles('It is a test for the premier, Leo Varga, and his party.', 'Leo Varga'), ['the premier']);
    assert.deepEqual(roles('In a letter to the minister, Ana Ruiz said no.', 'Ana Ruiz'), []);
  });

  it('reads every author of a byline', () => {
    const text = 'By Anna Vollmer, Lena Ortiz and Jonas Kask\nBRUSSELS - Leaders met on Monday.';
    for (const name of ['Anna Vollmer', 'Lena Ortiz', 'Jonas Kask']) assert.deepEqual(entity(text, name).roles.map(r => r.source), ['byline'], name);
  });

  it('reads "Leader", "Chair" and "<title> of <domain>" as titles', () => {
    assert.deepEqual(roles('Senate Minority Leader Tad Brill agreed.', 'Tad Brill'), ['Senate Minority Leader']);
    assert.deepEqual(roles('Bank Chair Ray Colt spoke.', 'Ray Colt'), ['Bank Chair']);
    assert.deepEqual(roles('He met Secretary of State Marcus Whit.', 'Marcus Whit'), ['Secretary of State']);
    assert.deepEqual(roles('Minister of Foreign Affairs Abdou Dial left.', 'Abdou Dial'), ['Minister of Foreign Affairs']);
  });

  it('reads "Chief of Staff" and "Chief Executive" as titles', () => {
    assert.deepEqual(roles('The White House Chief of Staff Ana Ruiz spoke.', 'Ana Ruiz'), ['White House Chief of Staff']);
    assert.deepEqual(roles('Chief Executive Tom Reyes agreed.', 'Tom Reyes'), ['Chief Executive']);
  });

  it('reads the description before a comma when a title stands before the name', () => {
    assert.deepEqual(roles('The court\'s president, Judge Ama Iwasa, opened the hearing.', 'Ama Iwasa'), ['The court\'s president', 'Judge']);
  });

  it('reads an occupation in an appositive as a role, but not "a man in his sixties"', () => {
    assert.deepEqual(roles('Ana Lima, a 43-year-old pharmacist, said prices rose.', 'Ana Lima'), ['a 43-year-old pharmacist']);
    assert.deepEqual(roles('Joao Reis, a man in his sixties, left.', 'Joao Reis'), []);
  });

  it('keeps "of" and "of the" between the capitalised words of a title', () => {
    assert.deepEqual(roles('Bank of Japan Governor Kaz Ueno spoke.', 'Kaz Ueno'), ['Bank of Japan Governor']);
    assert.deepEqual(roles('Chairwoman of the Council of Ministers Bora Kris agreed.', 'Bora Kris'), ['Chairwoman of the Council of Ministers']);
  });
});
