import { strict as assert } from 'node:assert';
import { analyze } from '../../../server/src/analysis/analyze';
import { abbreviates } from '../../../server/src/analysis/entities/index';
import { entity, names } from './helpers';

// Organisations named after people, defined by acronyms, playing as teams, or standing for parties.
describe('entity typing: organisations', () => {
  it('joins an acronym defined in parentheses to the name it abbreviates', () => {
    const text = 'Boats were checked by the Harbour Safety Authority (HSA) on Monday. Later the HSA closed the quay.';
    assert.deepEqual(names(text, 'organization'), ['Harbour Safety Authority', 'HSA', 'HSA']);
    const entity = analyze(text).entities.find(e => e.name === 'Harbour Safety Authority')!;
    assert.equal(entity.mentions.filter(m => m.form === 'name').length, 3);
  });

  it('reads an acronym that keeps a whole word of the name, and one of a person', () => {
    const text = 'The cup was first won by the Tarnby Rowing Club (Tarnby RC) in 1890. Wenna Colley (WC) coached them.';
    assert.deepEqual(names(text, 'organization'), ['Tarnby Rowing Club', 'Tarnby RC']);
    assert.deepEqual(names(text, 'person'), ['Wenna Colley', 'WC']);
  });

  it('reads Spanish and Portuguese names of bodies, streets and people whole', () => {
    const text = 'The Defensoría del Pueblo marched down Avenida Paulista past the Banco do Brasil, and María de los Ángeles Restrepo spoke.';
    assert.deepEqual(names(text, 'organization'), ['Defensoría del Pueblo', 'Banco do Brasil']);
    assert.deepEqual(names(text, 'place'), ['Avenida Paulista']);
    assert.deepEqual(names(text, 'person'), ['María de los Ángeles Restrepo']);
  });

  it('keeps "and" between two words of one body\'s name: "Peace and Security Council"', () => {
    const text = 'The Kesh Union’s Peace and Security Council met, and the Trade and Industry Ministry agreed.';
    assert.deepEqual(names(text, 'organization'), ['Kesh Union', 'Peace and Security Council', 'Trade and Industry Ministry']);
  });

  it('reads a country and an ordinary capitalised word after it as one outlet or movement', () => {
    const text = 'She told Norway Now that the Kesh Party would join.';
    assert.deepEqual(names(text, 'organization'), ['Norway Now', 'Kesh Party']);
    assert.deepEqual(names(text, 'place'), []);
    assert.deepEqual(names('Defence Minister Israel Katz met Ukraine on Friday.', 'person'), ['Israel Katz']);
  });

  it('joins the acronym of a name translated in another word order ("Supreme Electoral Tribunal (TSE)")', () => {
    const text = 'The Supreme Electoral Tribunal (TSE) met. The TSE then certified the count.';
    assert.deepEqual(entity(text, 'Supreme Electoral Tribunal').mentions.map(m => m.text), ['Supreme Electoral Tribunal', 'TSE', 'TSE']);
  });

  it('matches acronym letters to word initials, skipping only lower-case words', () => {
    assert.equal(abbreviates('HSA', 'Harbour Safety Authority'), true);
    assert.equal(abbreviates('WSOF', 'World Series of Fishing'), true);
    assert.equal(abbreviates('WSF', 'World Series of Fishing'), true);
    assert.equal(abbreviates('AQW', 'al-Qaeda in Wessex'), true);
    assert.equal(abbreviates('Tarnby RC', 'Tarnby Rowing Club'), true);
    assert.equal(abbreviates('HA', 'Harbour Safety Authority'), false);
    assert.equal(abbreviates('NATO', 'Harbour Safety Authority'), false);
  });

  it('drops a legal form after a comma and types the firm before it', () => {
    const text = 'The mill was sold to Dorrin Quarrel, LLC in 2004, and later to Brackwater Timber Partners, L.P. for more.';
    assert.deepEqual(names(text, 'organization'), ['Dorrin Quarrel', 'Brackwater Timber Partners']);
  });

  it('reads legal forms and family firms as organisation heads', () => {
    const text = 'Pens are made by Oskar Wendeler GmbH near the river. Ropes come from Ardley & Sons.';
    assert.deepEqual(names(text, 'organization'), ['Oskar Wendeler GmbH', 'Ardley & Sons']);
  });

  it('keeps a founder\'s or commander\'s possessive name with its organisation head', () => {
    const text = 'The shop was run by Pemberton\'s Limited. He served in Hollis\'s Brigade of Marrow\'s Division.';
    assert.deepEqual(names(text, 'organization'), ["Pemberton's Limited", "Hollis's Brigade", "Marrow's Division"]);
  });

  it('still splits a known place from the organisation it owns', () => {
    const text = 'Reporters asked about Russia\'s Defence Ministry and the Bank of England\'s governor.';
    assert.deepEqual(names(text, 'place'), ['Russia']);
    assert.deepEqual(names(text, 'organization'), ['Defence Ministry', 'Bank of England']);
  });

  it('reads a known town with a plural nickname as a team', () => {
    const text = 'The 1998 Boston Herons squad trained all winter.';
    assert.deepEqual(names(text, 'organization'), ['Boston Herons']);
    assert.deepEqual(names(text, 'place'), []);
  });

  it('reads a known town beaten, beating, with a score, or played for as a team', () => {
    const text = 'In the final they lost to Denver 41-7. The next year Chicago defeated the champions. He played for Lyon for years.';
    assert.deepEqual(names(text, 'organization'), ['Denver', 'Chicago', 'Lyon']);
  });

  it('leaves towns in ordinary sentences and countries as places', () => {
    const text = 'Riots broke out in Denver. Brazil beat Peru 2-1 in the final. She later moved to Chicago Heights.';
    assert.deepEqual(names(text, 'organization'), []);
    assert.deepEqual(names(text, 'place'), ['Denver', 'Brazil', 'Peru', 'Chicago Heights']);
  });

  it('cuts a name off a hyphenated participle of control', () => {
    const text = 'Drones hit a Velmora-held depot and a Kestrel Front-backed convoy.';
    assert.deepEqual(names(text), ['Velmora', 'Kestrel Front']);
  });

  it('reads a capitalised ordinary word before party members and bodies as the party', () => {
    const text = 'He sat with the Liberal caucus as a Radical-Labour MPP. Rivals in the Labor or Liberal parties objected.';
    assert.deepEqual(names(text, 'organization'), ['Liberal', 'Radical-Labour', 'Labor', 'Liberal']);
  });
});
