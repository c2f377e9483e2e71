import { countries } from 'countries-list';
import type { EntityType } from '../types';

export interface GazetteerEntry {
  /** Canonical name ("United States" for "U.S."). */
  name: string;
  type: EntityType;
  /** Knowledge-base id, when the entry comes from the knowledge base. */
  knowledgeId?: string;
}

/** Phrase → entry, keyed by the phrase's lower-cased words joined by single spaces. */
export class Gazetteer {
  private readonly entries = new Map<string, GazetteerEntry>();
  /** Longest phrase length in words, so lookups stop early. */
  maxWords = 1;

  add(phrase: string, entry: GazetteerEntry, overwrite = false): void {
    const key = phraseKey(phrase);
    if (!key || (!overwrite && this.entries.has(key))) return;
    this.entries.set(key, entry);
    this.maxWords = Math.max(this.maxWords, key.split(' ').length);
  }

  get(phrase: string): GazetteerEntry | undefined {
    return this.entries.get(phraseKey(phrase));
  }

  getKey(key: string): GazetteerEntry | undefined {
    return this.entries.get(key);
  }
}

export function phraseKey(phrase: string): string {
  return phrase.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();
}

// Names that news uses for countries besides their official short names.
const COUNTRY_ALIASES: Record<string, string[]> = {
  US: ['U.S.', 'U.S.A.', 'USA', 'America', 'United States of America', 'the States'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom'],
  RU: ['Russian Federation'],
  KR: ['South Korea', 'Republic of Korea', 'ROK'],
  KP: ['North Korea', 'DPRK'],
  CN: ["People's Republic of China", 'PRC', 'Mainland China'],
  TW: ['Taiwan', 'Republic of China'],
  IR: ['Iran', 'Islamic Republic of Iran'],
  SY: ['Syria', 'Syrian Arab Republic'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  CD: ['DRC', 'DR Congo', 'Democratic Republic of Congo'],
  PS: ['Palestine', 'Palestinian Territories'],
  VE: ['Venezuela'], BO: ['Bolivia'], TZ: ['Tanzania'], VN: ['Vietnam', 'Viet Nam'], LA: ['Laos'], MD: ['Moldova'],
  CZ: ['Czech Republic', 'Czechia'], TR: ['Turkey', 'Türkiye', 'Turkiye'], MK: ['North Macedonia', 'Macedonia'],
  CI: ["Cote d'Ivoire", 'Ivory Coast'], MM: ['Myanmar', 'Burma'], SZ: ['Eswatini', 'Swaziland'], VA: ['Vatican', 'Holy See'],
  NL: ['Netherlands', 'Holland'],
};

// Places, blocs and institutions that rules need to know by name; the knowledge base adds
// many more. Types follow the conventions of news annotation: a city or a sea is a place,
// an institution named by its seat ("the Kremlin") is an organisation.
const CURATED: Array<[EntityType, string, string[]]> = [
  ['organization', 'Kremlin', []],
  ['organization', 'White House', []],
  ['organization', 'Pentagon', []],
  ['organization', 'Downing Street', []],
  ['organization', 'European Union', ['EU', 'E.U.']],
  ['organization', 'United Nations', ['UN', 'U.N.']],
  ['organization', 'UN Security Council', ['Security Council', 'UNSC', 'U.N. Security Council']],
  ['organization', 'NATO', ['Nato', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation']],
  ['organization', 'SWIFT', ['Swift']],
  ['organization', 'OPEC', ['Opec', 'OPEC+']],
  ['organization', 'G7', ['G-7', 'Group of Seven']],
  ['organization', 'G20', ['G-20', 'Group of 20']],
  ['organization', 'BRICS', []],
  ['organization', 'IMF', ['International Monetary Fund']],
  ['organization', 'World Bank', []],
  ['organization', 'State Duma', ['Duma']],
  ['organization', 'Federation Council', []],
  ['organization', 'Verkhovna Rada', ['Rada']],
  ['organization', 'Congress', ['US Congress']],
  ['organization', 'Bloomberg', []],
  ['organization', 'Reuters', []],
  ['organization', 'Associated Press', ['AP']],
  ['organization', 'AFP', ['Agence France-Presse']],
  ['organization', 'TASS', ['Tass']],
  ['organization', 'Interfax', []],
  ['organization', 'Xinhua', []],
  ['organization', 'Al Jazeera', []],
  ['organization', 'BBC', []],
  ['organization', 'CNN', []],
  ['organization', 'Hamas', []],
  ['organization', 'Hezbollah', []],
  ['organization', 'Houthis', ['Houthi']],
  ['organization', 'Taliban', []],
  ['organization', 'ISIL', ['ISIS', 'Islamic State', 'Daesh', "Da'esh", 'IS']],
  ['organization', 'Al-Qaeda', ['al-Qaeda', 'al Qaeda', 'Al Qaeda']],
  ['organization', 'Coalition', []],
  ['place', 'Black Sea', []],
  ['place', 'Red Sea', []],
  ['place', 'Baltic Sea', []],
  ['place', 'South China Sea', []],
  ['place', 'Mediterranean', ['Mediterranean Sea']],
  ['place', 'Arctic', []],
  ['place', 'Antarctica', []],
  ['place', 'Europe', []],
  ['place', 'Asia', []],
  ['place', 'Africa', []],
  ['place', 'Middle East', []],
  ['place', 'Latin America', []],
  ['place', 'North America', []],
  ['place', 'South America', []],
  ['place', 'Central Asia', []],
  ['place', 'Caucasus', []],
  ['place', 'Balkans', []],
  ['place', 'Sahel', []],
  ['place', 'Gaza', ['Gaza Strip']],
  ['place', 'West Bank', []],
  ['place', 'Crimea', []],
  ['place', 'Donbas', ['Donbass']],
  ['place', 'Kyiv', ['Kiev']],
  ['place', 'Washington', ['Washington D.C.', 'Washington, D.C.']],
  ['place', 'Iraq', []],
  ['event', 'World War Two', ['World War II', 'Second World War', 'WWII']],
  ['event', 'World War One', ['World War I', 'First World War', 'WWI']],
  ['event', 'Cold War', []],
];

const DEMONYM_EXTRA = [
  'Western', 'Eastern', 'European', 'Ukrainian', 'Russian', 'Soviet', 'Israeli', 'Palestinian', 'Iranian', 'Iraqi',
  'Syrian', 'Kurdish', 'Yemeni', 'Saudi', 'Emirati', 'Qatari', 'Lebanese', 'Turkish', 'Chinese', 'Taiwanese',
  'Korean', 'Japanese', 'Indian', 'Pakistani', 'Afghan', 'Belarusian', 'Georgian', 'Azerbaijani', 'Armenian',
  'Polish', 'Lithuanian', 'Latvian', 'Estonian', 'Finnish', 'Swedish', 'Norwegian', 'Danish', 'German', 'French',
  'British', 'Italian', 'Spanish', 'American', 'Canadian', 'Mexican', 'Brazilian', 'Venezuelan', 'African',
  'Arab', 'Sunni', 'Shia', 'Shiite', 'Muslim', 'Christian', 'Jewish', 'Alawite', 'Yazidi', 'Turkmen', 'Asian',
  'Hungarian', 'Serbian', 'Romanian', 'Moldovan', 'Slovak', 'Czech', 'Egyptian', 'Libyan', 'Sudanese', 'Somali',
  'Nigerian', 'Ethiopian', 'Australian', 'Dutch', 'Belgian', 'Austrian', 'Swiss', 'Greek', 'Cypriot', 'Jordanian',
  'Kuwaiti', 'Omani', 'Bahraini', 'Houthi', 'Chechen', 'Tatar', 'Uyghur', 'Tibetan', 'Kazakh', 'Uzbek',
  'Americans', 'Russians', 'Ukrainians', 'Europeans', 'Israelis', 'Palestinians', 'Iranians', 'Iraqis', 'Syrians',
  'Kurds', 'Arabs', 'Chinese', 'Britons', 'Germans', 'French', 'Turks', 'Saudis', 'Muslims', 'Christians', 'Jews',
];

let defaultGazetteer: Gazetteer | undefined;

/** The built-in gazetteer: countries from countries-list, curated names, demonyms. */
export function builtinGazetteer(): Gazetteer {
  if (defaultGazetteer) return defaultGazetteer;
  const g = new Gazetteer();
  for (const [type, name, aliases] of CURATED) for (const phrase of [name, ...aliases]) g.add(phrase, { name, type });
  for (const [code, country] of Object.entries(countries)) {
    const aliases = COUNTRY_ALIASES[code] ?? [];
    const name = code === 'GB' ? 'United Kingdom' : aliases.length && /,| of /.test(country.name) ? aliases[0] : country.name;
    for (const phrase of [country.name, name, ...(country.alias ?? []), ...aliases]) g.add(phrase, { name, type: 'place' });
    if (country.capital) for (const capital of country.capital.split(',')) g.add(capital.trim(), { name: capital.trim(), type: 'place' });
  }
  for (const d of DEMONYM_EXTRA) g.add(d, { name: d, type: 'nationality' });
  defaultGazetteer = g;
  return g;
}

