import { strict as assert } from 'node:assert';
import { names } from './helpers';

// Unknown names typed by the words around them and by their own last word.
describe('entity typing: kind nouns around unknown names', () => {
  it('reads "X is a village" and "the town of X" as places', () => {
    const text = 'Quenby Marsh is a village in the hills. Farmers from the town of Oldwick sell wool there.';
    assert.deepEqual(names(text, 'place'), ['Quenby Marsh', 'Oldwick']);
  });

  it('reads "the band X" and "X, a company" as organisations', () => {
    const text = 'The festival booked the band Velvet Sparrow. Brindlecorp, a company based in the north, paid for it.';
    assert.deepEqual(names(text, 'organization'), ['Velvet Sparrow', 'Brindlecorp']);
  });

  it('reads an occupation right before a name, or a birth date after it, as a person', () => {
    const text = 'The record features drummer Tobin Quarles. Ysolde Farrant (born 1961) wrote the lyrics.';
    assert.deepEqual(names(text, 'person'), ['Tobin Quarles', 'Ysolde Farrant']);
  });

  it('reads the company kinds of business news: "the utility X", "the regulator X"', () => {
    const text = 'Shares in the Baltic utility Nordvatten fell after the regulator Ofmarin opened an inquiry.';
    assert.deepEqual(names(text, 'organization'), ['Nordvatten', 'Ofmarin']);
  });

  it('keeps "for the" inside an organisation\'s name, as "of the"', () => {
    const text = 'Analysts at the Institute for the Study of Ports, a think tank, disagreed.';
    assert.deepEqual(names(text, 'organization'), ['Institute for the Study of Ports']);
    assert.deepEqual(names(text, 'person'), []);
  });

  it('reads "analysts at X" as an organisation', () => {
    assert.deepEqual(names('Markets were calm, analysts at Veldbank said.', 'organization'), ['Veldbank']);
  });

  it('reads "X is a footballer" as a person', () => {
    assert.deepEqual(names('Adelmo Brisk is a Portuguese footballer who plays in defence.', 'person'), ['Adelmo Brisk']);
  });

  it('takes a plural name after "the" for a team or band, not a person', () => {
    const text = 'In the final the Harriers beat the Ashgrove Otters by two goals.';
    assert.deepEqual(names(text, 'organization'), ['Harriers', 'Ashgrove Otters']);
    assert.deepEqual(names(text, 'person'), []);
  });
});

describe('entity typing: heads of names', () => {
  it('types events, contests and prizes as events, not organisations', () => {
    const text = 'She won the Golden Lyre Award at the Marlow Harvest Festival, and the Battle of Fenmoor was re-enacted.';
    assert.deepEqual(names(text, 'organization'), []);
    assert.deepEqual(names(text, 'event'), ['Golden Lyre Award', 'Marlow Harvest Festival', 'Battle of Fenmoor']);
  });

  it('types bands, hospitals and hotels by their last word', () => {
    const text = 'The Tom Ashby Band played at the Corrow Grand Hotel for staff of Saint Wulf Hospital.';
    assert.deepEqual(names(text, 'organization'), ['Tom Ashby Band', 'Corrow Grand Hotel', 'Saint Wulf Hospital']);
  });

  it('types creeks, beaches, stadiums and parishes as places', () => {
    const text = 'Water from Otter Creek reaches Gull Beach, past Meadowvale Stadium in Elsworth Parish.';
    assert.deepEqual(names(text, 'place'), ['Otter Creek', 'Gull Beach', 'Meadowvale Stadium', 'Elsworth Parish']);
  });

  it('keeps "of the" inside a name that has an organisation head', () => {
    assert.deepEqual(names('He served in the Army of the Western Marches for ten years.', 'organization'), ['Army of the Western Marches']);
  });
});

describe('entity typing: lists', () => {
  it('gives a guessed list member the type of the members it is listed with', () => {
    const text = 'The tour visits Leeds, Bristol, Quarnby and Glasgow.';
    assert.deepEqual(names(text, 'place'), ['Leeds', 'Bristol', 'Quarnby', 'Glasgow']);
  });

  it('leaves a list alone when its well-typed members disagree', () => {
    const text = 'Talks joined Berlin, NATO and Quarnby.';
    assert.ok(!names(text, 'place').includes('Quarnby'));
    assert.ok(!names(text, 'organization').includes('Quarnby'));
  });
});

describe('entity typing: things that are no entities', () => {
  it('takes abbreviations of measures and offices for things, and "I" for no name', () => {
    const text = '“I do not expect debt to pass 90% of GDP,” the CEO told MPs.';
    assert.deepEqual(names(text, 'organization'), []);
    assert.deepEqual(names(text).filter(n => n === 'I'), []);
  });

  it('takes a name after "the tanker" or "the vessel" for a ship', () => {
    const text = 'The tanker Amber Wren and the vessel Gull Rock were seized.';
    assert.deepEqual(names(text, 'person'), []);
    assert.deepEqual(names(text, 'other'), ['Amber Wren', 'Gull Rock']);
  });

  it('reads the adjective of a country of several words as a nationality', () => {
    const text = 'The former Costa Rican envoy met South African and Sri Lankan officials.';
    assert.deepEqual(names(text, 'nationality'), ['Costa Rican', 'South African', 'Sri Lankan']);
  });

  it('takes a ship for a thing, not a place or an organisation', () => {
    const text = 'The frigate HMS Cardle Bay escorted USS Fort Ardle into the Gulf of Varn.';
    assert.deepEqual(names(text, 'place'), ['Gulf of Varn']);
    assert.deepEqual(names(text, 'organization'), []);
    assert.deepEqual(names(text, 'person'), []);
  });

  it('takes a title-case quotation for the title of a work', () => {
    const text = 'The second single, "Lanterns Over Water", reached the charts, and "Paper Harbour Blues" followed.';
    assert.deepEqual(names(text, 'organization'), []);
    assert.deepEqual(names(text, 'person'), []);
    assert.deepEqual(names(text, 'place'), []);
  });

  it('still finds names in quoted speech', () => {
    assert.deepEqual(names('“We will stay in Tallinn,” said Marta Kask.'), ['Tallinn', 'Marta Kask']);
  });

  it('takes a name after a capitalised "A" mid-sentence for a title', () => {
    assert.deepEqual(names('Their third album, A Quiet Harbour, sold well.', 'organization'), []);
  });

  it('does not take a counted or owned acronym for an organisation', () => {
    const text = 'She burned a DVD in May and raised her GPA to 3.9, while the FBI watched.';
    assert.deepEqual(names(text, 'organization'), ['FBI']);
  });

  it('does not take a phrase of ordinary capitalised words for an organisation', () => {
    assert.deepEqual(names('The shop sells Trail Scooters and Garden Tools.', 'organization'), []);
  });
});

describe('entity typing: organisation heads', () => {
  it('types a name by the organisation head before "of"', () => {
    assert.deepEqual(names('She joined the Amateur Rowing Association of Wales in 1990.', 'organization'), ['Amateur Rowing Association of Wales']);
  });

  it('reads an organisation head alone after "the" as the organisation', () => {
    const text = 'The Veldt Commission was founded in 1950. Members left the Commission in 1960.';
    assert.deepEqual(names(text, 'organization'), ['Veldt Commission', 'Commission']);
  });
});

describe('entity names: lists joined by "&" and occupations before names', () => {
  it('splits two full names joined by "&" but keeps "&" inside a firm name', () => {
    const text = 'The show stars Lena Marsh & Tom Reyes, sponsored by Hobbs & Mallory.';
    assert.deepEqual(names(text), ['Lena Marsh', 'Tom Reyes', 'Hobbs & Mallory']);
  });

  it('keeps a capitalised occupation out of the person name after it', () => {
    const text = 'Sheriff Dale Corvin spoke after Engineer Rosa Tamm left.';
    assert.deepEqual(names(text, 'person'), ['Dale Corvin', 'Rosa Tamm']);
  });

  it('reads initials before a surname as a person', () => {
    assert.deepEqual(names('The essay by J. R. Tolley answers Maud E. Pryce.', 'person'), ['J. R. Tolley', 'Maud E. Pryce']);
  });
});

describe('entity typing: first and last words of places and outlets', () => {
  it('types "River X", "Lake X" and "Mount X" as places', () => {
    const text = 'The path climbs from the River Tamsin past Lake Orla to Mount Pell.';
    assert.deepEqual(names(text, 'place'), ['River Tamsin', 'Lake Orla', 'Mount Pell']);
  });

  it('types newspapers by their last word', () => {
    assert.deepEqual(names('The Dorset Sentinel and the Avon Chronicle both ran it.', 'organization'), ['Dorset Sentinel', 'Avon Chronicle']);
  });

  it('lets a kind noun outweigh a first name', () => {
    const text = 'She sings in the band Gemma. Gemma toured in May, and Gemma released a record.';
    assert.deepEqual(names(text, 'organization'), ['Gemma', 'Gemma', 'Gemma']);
  });
});

describe('entity names: known places inside longer names', () => {
  it('keeps a known name with "and" inside whole', () => {
    assert.deepEqual(names('Aid reached Trinidad and Tobago on Monday.', 'place'), ['Trinidad and Tobago']);
  });

  it('does not join "in" and the place after it to an organisation name', () => {
    const text = 'She studied at the University of Avonford in Cardiff for two years.';
    assert.deepEqual(names(text, 'organization'), ['University of Avonford']);
    assert.deepEqual(names(text, 'place'), ['Cardiff']);
  });

  it('keeps a geographic or ordinary first word with the known place after it', () => {
    const text = 'Boats cross Lake Geneva, and traders from Old Jerusalem came.';
    assert.deepEqual(names(text, 'place'), ['Lake Geneva', 'Old Jerusalem']);
  });
});

describe('entity names: endings and numbers that belong to names', () => {
  it('keeps the "\'s" of a shop name that owns nothing after it', () => {
    const text = "The mall opened with Harlow's, later Tate's became its anchor and Penn's closed.";
    assert.deepEqual(names(text), ["Harlow's", "Tate's", "Penn's"]);
  });

  it('still cuts the possessive ending before what the name owns', () => {
    assert.deepEqual(names("Harlow's new store opened in Leeds."), ['Harlow', 'Leeds']);
  });

  it('keeps the number of a military unit in its name', () => {
    const text = 'The 41st Rifle Brigade moved north, and 7 Signal Squadron followed.';
    assert.deepEqual(names(text, 'organization'), ['41st Rifle Brigade', '7 Signal Squadron']);
  });
});

describe('entity typing: clubs, halls and lines', () => {
  it('reads the object of "played for" or "signed with" as a team', () => {
    const text = 'Moss played for Ashgrove before he signed with Tarrow Vale in May.';
    assert.deepEqual(names(text, 'organization'), ['Ashgrove', 'Tarrow Vale']);
  });

  it('types "Hall of Fame" and "Chamber of Commerce" names as organisations', () => {
    const text = 'He entered the Curling Hall of Fame and spoke to the Wessex Chamber of Commerce.';
    assert.deepEqual(names(text, 'organization'), ['Curling Hall of Fame', 'Wessex Chamber of Commerce']);
  });

  it('types railways, docks and highways as places', () => {
    const text = 'Freight runs on the Harrow Valley Railway to Kestrel Dock and then along Coast Highway.';
    assert.deepEqual(names(text, 'place'), ['Harrow Valley Railway', 'Kestrel Dock', 'Coast Highway']);
  });

  it('knows the Soviet Union as a place', () => {
    assert.deepEqual(names('He was born in the Soviet Union.', 'place'), ['Soviet Union']);
  });
});

describe('entity typing: given names that are also words', () => {
  it('reads a given name that is an ordinary word before an unknown surname as a person', () => {
    const text = 'Randy Morrow and Max Tellwick arrived, and Dawn Hessler spoke.';
    assert.deepEqual(names(text, 'person'), ['Randy Morrow', 'Max Tellwick', 'Dawn Hessler']);
  });
});

describe('entity typing: examples of a kind', () => {
  it('types the names a plural kind noun introduces with "such as" or "like"', () => {
    const text = 'He toured with guitarists such as Tovin Harle and Brask, and visited towns like Quarnby.';
    assert.deepEqual(names(text, 'person'), ['Tovin Harle', 'Brask']);
    assert.deepEqual(names(text, 'place'), ['Quarnby']);
  });

  it('reads a birth date after a comma as a person', () => {
    assert.deepEqual(names('The striker, known as Brask, (born 3 May 1990) joined in 2010.', 'person'), ['Brask']);
  });
});

describe('entity names: sentence-initial given names', () => {
  it('keeps a given name that is also a word at the start of a sentence, but not a modal verb', () => {
    const text = 'Will Paris agree? Ray Gardner thinks so.';
    assert.deepEqual(names(text, 'place'), ['Paris']);
    assert.deepEqual(names(text, 'person'), ['Ray Gardner']);
  });
});

describe('entity typing: places pointed at with "of"', () => {
  it('reads the name after "residents of", "north of" or "the mayor of" as a place', () => {
    const text = 'Residents of Quarnby met the mayor of Ostwick, ten miles north of Harlby.';
    assert.deepEqual(names(text, 'place'), ['Quarnby', 'Ostwick', 'Harlby']);
  });
});

describe('entity typing: kinds after the name, agencies, numerals', () => {
  it('reads "the X party" and "the X corridor" as an organisation and a place', () => {
    const text = 'Deputies of the Ak Tal party toured the Varnet corridor.';
    assert.deepEqual(names(text, 'organization'), ['Ak Tal']);
    assert.deepEqual(names(text, 'place'), ['Varnet']);
  });

  it('keeps the possessive that is part of a known name: "Moody’s", "Standard & Poor\'s"', () => {
    const text = 'Moody’s cut the rating; Standard & Poor\'s and Fitch held theirs, as did Kessel Ratings.';
    assert.deepEqual(names(text, 'organization'), ['Moody’s', 'Standard & Poor\'s', 'Fitch', 'Kessel Ratings']);
  });

  it('reads a word known only as a given name, after a preposition of place, as a place', () => {
    assert.deepEqual(names('Rail services in Brittany were cut.', 'place'), ['Brittany']);
  });

  it('takes a regnal or generational numeral for the end of a person\'s name', () => {
    assert.deepEqual(names('The firm passed to Eberhard Vance IV in 1990.', 'person'), ['Eberhard Vance IV']);
  });

  it('takes a capitalised ordinary noun opening a sentence for no name', () => {
    assert.deepEqual(names('Tourism is the real worry, the mayor said.'), []);
  });
});

describe('entity typing: oceans, poles and regions news names', () => {
  it('reads "Umm" or "Abu" before a given name as a person, and before a place\'s name as a place', () => {
    const text = 'Umm Ahmed Haddad fled to Umm Qasr, and Abu Omar stayed.';
    assert.deepEqual(names(text, 'person'), ['Umm Ahmed Haddad', 'Abu Omar']);
    assert.deepEqual(names(text, 'place'), ['Umm Qasr']);
  });

  it('knows the Atlantic, the Gulf, the Horn of Africa and the poles as places', () => {
    const text = 'Ships crossed the Atlantic to the Gulf, near the Horn of Africa, far from the North Pole.';
    assert.deepEqual(names(text, 'place'), ['Atlantic', 'Gulf', 'Horn of Africa', 'North Pole']);
  });
});

describe('entity typing: places pointed at by what happens there', () => {
  it('reads a name after "Near" or "In" at the start of a sentence as a place', () => {
    const text = 'Near Qarvash, two strikes hit a depot. In Dellum, the market reopened.';
    assert.deepEqual(names(text, 'place'), ['Qarvash', 'Dellum']);
  });

  it('reads "Al" and an unknown word after a preposition of place as a place, not a man called Al', () => {
    assert.deepEqual(names('Shells landed near Al Qurnaysh overnight.', 'place'), ['Al Qurnaysh']);
    assert.deepEqual(names('Crowds in Denver cheered Al Gore.', 'person'), ['Al Gore']);
  });

  it('types buildings and works by their head word: mosques, gates, dams', () => {
    const text = 'Shelling damaged the Harrat Mosque, the Sulun Gate and the Varrow Dam.';
    assert.deepEqual(names(text, 'place'), ['Harrat Mosque', 'Sulun Gate', 'Varrow Dam']);
  });

  it('reads the name after "the liberation of", "fled" or "rebel-held" as a place', () => {
    const text = 'The liberation of Tarrag came a week after families fled Ombrin for rebel-held Suweir.';
    assert.deepEqual(names(text, 'place'), ['Tarrag', 'Ombrin', 'Suweir']);
  });
});

describe('entity typing: lists and appositions', () => {
  it('does not take a name and the name in its apposition for a list', () => {
    const text = '“We are ready,” said Col. Lena Marsh, 4th QRX commander.';
    assert.deepEqual(names(text, 'person'), ['Lena Marsh']);
  });

  it('spreads a type over two names joined by "and"', () => {
    assert.deepEqual(names('Flights link Leeds and Quarnby.', 'place'), ['Leeds', 'Quarnby']);
  });
});
