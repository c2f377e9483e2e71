import { strict as assert } from 'node:assert';
import { entity, names } from './helpers';

describe('entity names: exact spans', () => {
  it('keeps titles out of person names', () => {
    const text = 'Finance Minister Lena Marsh met Secretary General Omar Haddad in Oslo.';
    assert.deepEqual(names(text, 'person'), ['Lena Marsh', 'Omar Haddad']);
  });

  it('keeps particles in a row inside a name ("von der", "van de")', () => {
    const text = 'Commission President Ilse von der Brake met Joost van de Velde. Von der Brake spoke first.';
    assert.deepEqual(names(text, 'person'), ['Ilse von der Brake', 'Joost van de Velde', 'Von der Brake']);
  });

  it('keeps an Arabic particle joined by a hyphen inside a name ("al-…", "el-…")', () => {
    const text = 'Foreign Ministry spokesman Tariq al-Nouri told reporters. President Samir Abdel el-Masri agreed.';
    assert.deepEqual(names(text, 'person'), ['Tariq al-Nouri', 'Samir Abdel el-Masri']);
  });

  it('keeps a possessive inside a known name whole, and splits a known name that owns the next', () => {
    const text = "The People's Bank of China cut rates. Russia's Defence Ministry said the drills ended.";
    assert.deepEqual(names(text, 'organization'), ["People's Bank of China", 'Defence Ministry']);
    assert.deepEqual(names(text, 'place'), ['Russia']);
  });

  it('leaves the title out of a person the knowledge base also knows by a titled alias', () => {
    const text = 'Premier Li Qiang told the meeting that Vice Premier He Lifeng would lead the talks.';
    assert.deepEqual(names(text, 'person'), ['Li Qiang', 'He Lifeng']);
  });

  it('cuts the possessive ending off a name', () => {
    const text = 'Ivan Sorokin’s plan failed, and Sorokin\'s allies left.';
    assert.deepEqual(names(text, 'person'), ['Ivan Sorokin', 'Sorokin']);
  });

  it('keeps a double surname after a given name whole, even when a part is also a town', () => {
    assert.deepEqual(names('Noa Ben-Ami spoke, and Lena Ortiz-Paris agreed.', 'person'), ['Noa Ben-Ami', 'Lena Ortiz-Paris']);
    assert.deepEqual(names('Noa Ben-Ami spoke, and Lena Ortiz-Paris agreed.', 'place'), []);
  });

  it('splits hyphenated pairs of countries', () => {
    assert.deepEqual(names('The US-Russia talks resumed.', 'place'), ['US', 'Russia']);
    assert.deepEqual(names('Fresh Israel-Lebanon border clashes erupted.', 'place'), ['Israel', 'Lebanon']);
  });

  it('keeps acronyms and dotted forms', () => {
    const text = 'The U.S. and the UK asked NATO and the EU to act, while OPEC met.';
    assert.deepEqual(names(text), ['U.S.', 'UK', 'NATO', 'EU', 'OPEC']);
  });

  it('finds names at the start of a sentence but not ordinary capitalised words', () => {
    const text = 'However, officials met. Moscow replied on Friday. Having waited, Kyiv agreed.';
    assert.deepEqual(names(text, 'place'), ['Moscow', 'Kyiv']);
  });

  it('finds names inside quotation marks', () => {
    const text = '“Warsaw will not bend,” said Piotr Nowacki.';
    assert.deepEqual(names(text), ['Warsaw', 'Piotr Nowacki']);
  });

  it('knows institutions named by their seat and organisation heads', () => {
    const text = 'The Kremlin and the White House disagreed, the Defence Ministry said, as did the Ministry of Foreign Affairs.';
    assert.deepEqual(names(text, 'organization'), ['Kremlin', 'White House', 'Defence Ministry', 'Ministry of Foreign Affairs']);
  });

  it('keeps a multi-word organisation whole when it contains a country name', () => {
    const text = 'Olga Brandt, director of the Baltic Russia Policy Centre, spoke.';
    assert.deepEqual(names(text, 'organization'), ['Baltic Russia Policy Centre']);
  });

  it('joins compass words to the place that follows', () => {
    assert.deepEqual(names('Drought hit North Africa and Eastern Europe.', 'place'), ['North Africa', 'Eastern Europe']);
  });

  it('types seas, regions and other geographic features as places', () => {
    assert.deepEqual(names('Ships crossed the Black Sea toward the Sea of Azov.', 'place'), ['Black Sea', 'Sea of Azov']);
  });

  it('does not treat months and weekdays as places', () => {
    assert.deepEqual(names('The talks resume in May and end on Friday.', 'place'), []);
  });

  it('finds the author in a byline', () => {
    const text = 'Talks stalled again.\nBy Hannah Okafor';
    assert.deepEqual(names(text, 'person'), ['Hannah Okafor']);
  });

  it('reads headline-case text without taking every capital for a name', () => {
    const text = 'Leaders Gather In Paris As Talks Stall Over Trade\nLeaders met in Paris on Monday.';
    assert.deepEqual(names(text, 'place'), ['Paris', 'Paris']);
  });

  it('gives all-caps text only the names it knows', () => {
    assert.deepEqual(names('BREAKING: CHINA AND JAPAN SIGN A TRADE DEAL', 'place'), ['CHINA', 'JAPAN']);
  });

  it('reads "IS" or "AT" in all-caps text as the word, not an acronym', () => {
    assert.deepEqual(names('THE PORT IS CLOSED AS US SHIPS WAIT', 'organization'), []);
    assert.deepEqual(names('THE PORT IS CLOSED AS US SHIPS WAIT', 'place'), ['US']);
  });
});

describe('entity names: British-style acronyms, demonyms and double given names', () => {
  it('links an acronym written as a word ("Nato", "Unicef") to its entry', () => {
    assert.equal(entity('Nato and Unicef met on Monday.', 'Nato').knowledgeId, 'nato');
    assert.equal(entity('Nato and Unicef met on Monday.', 'Unicef').knowledgeId, 'unicef');
  });

  it('reads the adjective of a country whose name ends in "a" as a nationality', () => {
    assert.deepEqual(names('Tanzanian and Rwandan officials met.', 'nationality'), ['Tanzanian', 'Rwandan']);
  });

  it('keeps a small word inside a known place\'s name: "Dar es Salaam"', () => {
    assert.deepEqual(names('Flights to Dar es Salaam resumed.', 'place'), ['Dar es Salaam']);
  });

  it('keeps a hyphenated given name before a surname whole', () => {
    assert.deepEqual(names('Pierre-Olivier Lemaire spoke at the US-China talks.', 'person'), ['Pierre-Olivier Lemaire']);
    assert.deepEqual(names('Pierre-Olivier Lemaire spoke at the US-China talks.', 'place'), ['US', 'China']);
  });
});

describe('entity links to the knowledge base', () => {
  it('links "the Senate" to the US Senate only in an article about the United States', () => {
    const bolivia = 'Bolivia votes\nThe Senate in La Paz backed the budget, and Bolivia’s president signed it. The Senate then rose.';
    assert.equal(entity(bolivia, 'Senate').knowledgeId, undefined);
    const us = 'The Senate backed the budget, and the United States president signed it in Washington.';
    assert.equal(entity(us, 'US Senate').knowledgeId, 'us-senate');
  });

  it('keeps a link the article names in full, whatever country it is about', () => {
    const text = 'Poland’s government and Poland’s banks welcomed a decision by the U.S. Treasury. The Treasury said more would follow.';
    assert.equal(entity(text, 'U.S. Treasury').knowledgeId, 'us-treasury');
  });
});

describe('entity grouping', () => {
  it('names an entity by its own spelling, not by a dateline in capitals', () => {
    const text = 'LIMA (Reuters) - Talks resumed in Lima on Monday.';
    assert.equal(entity(text, 'Lima').type, 'place', 'a town in capitals is no acronym');
    assert.deepEqual(entity(text, 'Lima').mentions.map(m => m.text), ['LIMA', 'Lima']);
  });

  it('groups a full name, surname, possessive and titled surname', () => {
    const text = 'President Karl Vend spoke. Vend’s aides agreed, and President Vend left.';
    const vend = entity(text, 'Karl Vend');
    assert.equal(vend.type, 'person');
    assert.deepEqual(vend.mentions.filter(m => m.form === 'name').map(m => m.text), ['Karl Vend', 'Vend', 'Vend']);
  });

  it('groups US, U.S. and United States under one place', () => {
    const text = 'The US said the United States and the U.S. would act.';
    const us = entity(text, 'United States');
    assert.deepEqual(us.mentions.map(m => m.text), ['US', 'United States', 'U.S.']);
  });

  it('joins a surname used before the full name to that name', () => {
    const text = 'Marek backs deal\nDefence chief Anton Marek said on Monday the deal would hold.';
    assert.deepEqual(entity(text, 'Anton Marek').mentions.map(m => m.text), ['Marek', 'Anton Marek']);
  });

  it('joins a surname without its Arabic article to the full name', () => {
    const text = 'Defence Minister Tariq al-Numani flew to Amman. Aides said Numani would stay a day, and Al-Numani’s office agreed.';
    const numani = entity(text, 'Tariq al-Numani');
    assert.equal(numani.type, 'person');
    assert.deepEqual(numani.mentions.filter(m => m.form === 'name').map(m => m.text), ['Tariq al-Numani', 'Numani', 'Al-Numani']);
  });

  it('joins the first of two surnames to the full name: "Rosa Quispe Mamani" … "Quispe"', () => {
    const text = 'Rosa Quispe Mamani won the vote. Quispe thanked voters, and Mamani’s rivals conceded.';
    assert.deepEqual(entity(text, 'Rosa Quispe Mamani').mentions.filter(m => m.form === 'name').map(m => m.text), ['Rosa Quispe Mamani', 'Quispe', 'Mamani']);
  });

  it('joins a family name written first ("Nakamura Kenjiro" … "Nakamura") when the text marks a person', () => {
    const text = 'Prime Minister Nakamura Kenjiro called an election. Nakamura told reporters it was needed.';
    assert.deepEqual(entity(text, 'Nakamura Kenjiro').mentions.filter(m => m.form === 'name').map(m => m.text), ['Nakamura Kenjiro', 'Nakamura']);
  });

  it('reads an office and its domain with no name after it as the domain\'s place, or nothing', () => {
    const text = 'The Mayor of Quarnby met the Secretary of State and the Minister of Foreign Affairs.';
    assert.deepEqual(names(text, 'place'), ['Quarnby']);
    assert.deepEqual(names(text, 'person'), []);
  });

  it('reads "General Staff" as an organisation, not a general', () => {
    assert.deepEqual(names('Kesh’s General Staff said the line held.', 'organization'), ['General Staff']);
    assert.deepEqual(names('Kesh’s General Staff said the line held.', 'person'), []);
  });

  it('keeps a title at the start of a sentence out of the name: "Secretary of State X said"', () => {
    assert.deepEqual(names('Secretary of State Marcus Whit said yes.', 'person'), ['Marcus Whit']);
  });

  it('gives a lone family name to the nearest full name before it, written first or last ("Lin Jian" … "Lin" … "Bonnie Lin")', () => {
    const text = 'Ministry spokesperson Lin Jian spoke. Lin said more. Analyst Bonnie Lin disagreed. Lin said so.';
    assert.deepEqual(entity(text, 'Lin Jian').mentions.filter(m => m.form === 'name').map(m => m.start), [text.indexOf('Lin Jian'), text.indexOf('Lin said')]);
    assert.deepEqual(entity(text, 'Bonnie Lin').mentions.filter(m => m.form === 'name').map(m => m.start), [text.indexOf('Bonnie Lin'), text.lastIndexOf('Lin said')]);
  });

  it('reads "Minister of Foreign Affairs of Kenya, X," as the office, Kenya and X', () => {
    const text = 'The Minister of Foreign Affairs of Kenya, Musa Dudavi, said aid was needed.';
    assert.deepEqual(names(text, 'place'), ['Kenya']);
    assert.deepEqual(names(text, 'person'), ['Musa Dudavi']);
  });

  it('keeps two people with the same surname apart', () => {
    const text = 'Laura Kline met Peter Kline in Rome. Later Kline said the meeting went well.';
    const laura = entity(text, 'Laura Kline');
    const peter = entity(text, 'Peter Kline');
    assert.notEqual(laura.id, peter.id);
    assert.deepEqual(peter.mentions.filter(m => m.form === 'name').map(m => m.text), ['Peter Kline', 'Kline']);
  });
});

describe('entity names: titles, determiners and digits', () => {
  it('does not take a rank that begins an organisation name for a title', () => {
    assert.deepEqual(names('He played in Major Fjord Hockey for a decade.', 'person'), []);
    assert.deepEqual(names('General Mark Ferro said the line held.', 'person'), ['Mark Ferro']);
  });

  it('reads a common word as an institution only after "the"', () => {
    assert.deepEqual(names('The bill passed the House on Tuesday.', 'organization'), ['House']);
    assert.deepEqual(names('She recorded a House anthem in Ibiza.', 'organization'), []);
  });

  it('leaves abbreviated enlisted ranks out of the name', () => {
    const text = 'Spc. Dana Moreau and Pfc. Owen Tully were hurt; Cpl. Ines Varga drove them out.';
    assert.deepEqual(names(text, 'person'), ['Dana Moreau', 'Owen Tully', 'Ines Varga']);
  });

  it('keeps "and the" inside a name the gazetteer knows, at the start of a sentence too', () => {
    const text = 'Saint Vincent and the Grenadines signed, aid agencies said.';
    assert.deepEqual(names(text, 'place'), ['Saint Vincent and the Grenadines']);
    assert.deepEqual(names('Farmers and the Millers League met.', 'organization'), ['Millers League']);
  });

  it('reads a wire story\'s credit line as people, with their places', () => {
    const text = 'Talks ended.\n(Reporting by Daphne Kowal in Addis Ababa and Orkan Jafar in Port Sudan; Editing by Mark Potter)';
    assert.deepEqual(names(text, 'person'), ['Daphne Kowal', 'Orkan Jafar', 'Mark Potter']);
    assert.deepEqual(names(text, 'place'), ['Addis Ababa', 'Port Sudan']);
  });

  it('keeps a town\'s name that begins a person\'s name in a headline whole', () => {
    assert.deepEqual(names('Daphne Kowal Wins Vote In Astana As Rivals Concede', 'person'), ['Daphne Kowal']);
  });

  it('knows given names that are also words: "Leo", "Hunter"', () => {
    assert.deepEqual(names('Leo Varga said no, and Hunter Moss agreed.', 'person'), ['Leo Varga', 'Hunter Moss']);
  });

  it('keeps a name that starts with digits whole', () => {
    assert.deepEqual(names('The station 6PR hired Ana Ruiz.'), ['6PR', 'Ana Ruiz']);
  });
});

describe('entity types from context', () => {
  it('reads a place from a place word before it or a country after it', () => {
    assert.deepEqual(names('Fighting moved toward Qaryatayn, then Tadmur, Syria, fell quiet.', 'place'), ['Qaryatayn', 'Tadmur', 'Syria']);
  });

  it('knows Arabic place-name prefixes', () => {
    assert.deepEqual(names('The convoy left Ayn Dara at dawn.', 'place'), ['Ayn Dara']);
  });

  it('lets one mention with evidence type a name the others leave open', () => {
    const text = 'Rebels held Qaryatayn. Qaryatayn fell later. Officials said the fight in Qaryatayn was over.';
    assert.deepEqual(names(text, 'place'), ['Qaryatayn', 'Qaryatayn', 'Qaryatayn']);
  });
});
