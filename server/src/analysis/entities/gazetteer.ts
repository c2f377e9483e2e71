import { countries } from 'countries-list';
import type { EntityType } from '../types';
import { builtinKnowledge, type KnowledgeBase } from '../../knowledge/knowledgeBase';
import { MONTHS_AND_DAYS, PERSON_TITLES, isCommonWord } from './lexicon';
import { builtinGazetteerSnapshot } from './builtinGazetteerSnapshot';

export interface GazetteerEntry {
  /** Canonical name ("United States" for "U.S."). */
  name: string;
  type: EntityType;
  /** Knowledge-base id, when the entry comes from the knowledge base. */
  knowledgeId?: string;
  /** A bare list entry (a town's name): it types a name on its own but never splits one. */
  weak?: boolean;
  /** An ordinary word that names this only after "the" ("the House", "the Treasury"). */
  afterThe?: boolean;
  /** The country the knowledge-base entry belongs to (ISO code), if any. */
  country?: string;
  /** A name every country's institution has ("Senate", "the Treasury"): it means this entry only in an article about its country. */
  generic?: boolean;
}

export interface GazetteerSnapshot {
  entries: Array<[string, GazetteerEntry]>;
  exact: Array<[string, GazetteerEntry]>;
  maxWords: number;
}

/**
 * Phrase → entry. Phrases written in capitals ("WHO", "SHAPE") match only in capitals, so
 * the ordinary words they spell stay ordinary; other phrases match in any case.
 */
export class Gazetteer {
  private readonly entries = new Map<string, GazetteerEntry>();
  private readonly exact = new Map<string, GazetteerEntry>();
  /** Longest phrase length in words, so lookups stop early. */
  maxWords = 1;

  add(phrase: string, entry: GazetteerEntry): void {
    const bare = phrase.replace(/^(?:the|The)\s+/, '');
    if (bare !== phrase && !bare.includes(' ') && isCommonWord(bare.toLowerCase())) entry = { ...entry, afterThe: true };
    phrase = bare;
    const key = phraseKey(phrase);
    if (!key) return;
    const acronym = isAcronym(phrase.trim());
    const map = acronym ? this.exact : this.entries;
    const k = acronym ? exactKey(phrase) : key;
    if (map.has(k)) return;
    map.set(k, entry);
    this.maxWords = Math.max(this.maxWords, key.split(' ').length);
  }

  /** The gazetteer as plain data, to be built into the bundles (see builtinGazetteerSnapshot.ts). */
  snapshot(): GazetteerSnapshot {
    return { entries: [...this.entries], exact: [...this.exact], maxWords: this.maxWords };
  }

  static fromSnapshot(snapshot: GazetteerSnapshot): Gazetteer {
    const g = new Gazetteer();
    for (const [key, entry] of snapshot.entries) g.entries.set(key, entry);
    for (const [key, entry] of snapshot.exact) g.exact.set(key, entry);
    g.maxWords = snapshot.maxWords;
    return g;
  }

  /** The entry for a phrase; `afterThe` says whether "the" comes right before it in the text. */
  get(phrase: string, afterThe = true): GazetteerEntry | undefined {
    const entry = this.exact.get(exactKey(phrase)) ?? this.entries.get(phraseKey(phrase));
    return entry?.afterThe && !afterThe ? undefined : entry;
  }
}

function isAcronym(phrase: string): boolean {
  return /^[\p{Lu}\p{N}&.\-+]+$/u.test(phrase) && /\p{Lu}.*\p{Lu}/u.test(phrase);
}

function exactKey(phrase: string): string {
  return phrase.replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();
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
  ['organization', "Moody's", ["Moody's Investors Service", "Moody's Ratings"]],
  ['organization', 'Goldman Sachs', []],
  ['organization', 'Morgan Stanley', []],
  ['organization', 'JPMorgan', ['JPMorgan Chase', 'JP Morgan', 'J.P. Morgan']],
  ['organization', 'Wells Fargo', []],
  ['organization', 'Citigroup', ['Citi']],
  ['organization', 'Bank of America', ['BofA']],
  ['organization', 'Barclays', []],
  ['organization', 'HSBC', []],
  ['organization', 'Deutsche Bank', []],
  ['organization', 'UBS', []],
  ['organization', 'BNP Paribas', []],
  ['organization', 'Nomura', []],
  ['organization', 'Capital Economics', []],
  ['organization', 'Fitch Ratings', ['Fitch']],
  ['organization', 'S&P Global', ['S&P', "Standard & Poor's", 'S&P Global Ratings']],
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
  ['place', 'Atlantic', ['Atlantic Ocean']],
  ['place', 'Pacific', ['Pacific Ocean']],
  ['place', 'Indian Ocean', []],
  ['place', 'North Pole', []],
  ['place', 'South Pole', []],
  ['place', 'Horn of Africa', []],
  ['place', 'Gulf', ['the Gulf', 'Persian Gulf', 'Arabian Gulf']],
  ['place', 'Blue Nile', []],
  ['place', 'White Nile', []],
  ['place', 'Western Hemisphere', []],
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
  ['place', 'Soviet Union', ['USSR', 'U.S.S.R.']],
  ['place', 'Yugoslavia', []],
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

/**
 * The built-in gazetteer: the knowledge base's entries (countries included) by name and
 * alias, then the curated names rules rely on, capitals, demonyms, and the world's towns
 * and cities. Earlier sources win where two give the same phrase.
 */
export function builtinGazetteer(knowledge: KnowledgeBase = builtinKnowledge()): Gazetteer {
  if (knowledge !== builtinKnowledge()) return buildGazetteer(knowledge);
  if (!defaultGazetteer) {
    const snapshot = builtinGazetteerSnapshot();
    defaultGazetteer = snapshot ? Gazetteer.fromSnapshot(snapshot) : buildGazetteer(knowledge);
  }
  return defaultGazetteer;
}

/** Builds a gazetteer from its sources (as the bundles' snapshot was made). */
export function buildGazetteer(knowledge: KnowledgeBase): Gazetteer {
  const g = new Gazetteer();
  for (const entry of knowledge.entries()) {
    if (entry.type === 'term') continue;
    const extra = entry.country && entry.id === `country-${entry.country.toLowerCase()}` ? COUNTRY_ALIASES[entry.country] ?? [] : [];
    const name = CANONICAL_COUNTRY_NAMES[entry.country ?? ''] && extra.length ? CANONICAL_COUNTRY_NAMES[entry.country!] : entry.name;
    const aliases = (entry.aliases ?? []).filter(alias => entry.type !== 'person' || !isTitled(alias));
    for (const phrase of [entry.name, ...aliases, ...extra]) {
      const found: GazetteerEntry = { name, type: entry.type, knowledgeId: entry.id };
      if (entry.country) found.country = entry.country;
      if (entry.country && isInstitutionNoun(phrase)) found.generic = true;
      g.add(phrase, found);
      // British style writes longer acronyms as words: "Nato", "Unicef", "Unesco"
      const titled = titleCaseAcronym(phrase);
      if (titled) g.add(titled, found);
    }
  }
  for (const [type, name, aliases] of CURATED) for (const phrase of [name, ...aliases]) g.add(phrase, { name, type });
  for (const [, country] of Object.entries(countries)) {
    if (country.capital) for (const capital of country.capital.split(',')) g.add(capital.trim(), { name: capital.trim(), type: 'place', weak: true });
  }
  for (const d of DEMONYM_EXTRA) g.add(d, { name: d, type: 'nationality' });
  // "Tanzanian", "Costa Rican", "Sri Lankan": the adjective of a country whose name ends in "a"
  for (const entry of knowledge.entries()) {
    if (!entry.id.startsWith('country-')) continue;
    for (const name of [entry.name, ...(entry.aliases ?? [])]) {
      const demonym = `${name}n`;
      if (/^\p{Lu}[\p{L} ]*a$/u.test(name) && !g.get(demonym) && !isCommonWord(demonym.toLowerCase())) g.add(demonym, { name: demonym, type: 'nationality' });
    }
  }
  for (const names of Object.values(require('./data/cities.json') as Record<string, string[]>)) {
    for (const city of names) if (!isCommonWord(city.toLowerCase()) && !MONTHS_AND_DAYS.has(city.toLowerCase())) g.add(city, { name: city, type: 'place', weak: true });
  }
  return g;
}

/** "NATO" → "Nato": an acronym of four letters or more, as a word, unless that word is an ordinary one ("AIDS" → "aids"). */
function titleCaseAcronym(phrase: string): string | undefined {
  if (!/^\p{Lu}{4,}$/u.test(phrase)) return undefined;
  const word = phrase[0] + phrase.slice(1).toLowerCase();
  return isCommonWord(word.toLowerCase()) ? undefined : word;
}

/** Institutions that most countries have under the same ordinary word. */
const INSTITUTION_NOUNS = new Set(['senate', 'congress', 'treasury', 'house', 'parliament', 'assembly', 'cabinet',
  'government', 'presidency', 'army', 'navy', 'police', 'opposition', 'supreme court', 'constitutional court', 'central bank',
  'house of representatives', 'national assembly', 'house of commons', 'upper house', 'lower house', 'defence ministry',
  'defense ministry', 'foreign ministry', 'interior ministry', 'finance ministry', 'justice ministry', 'election commission',
  'electoral commission', 'general staff', 'security council', 'national security council']);

/** Whether a knowledge-base alias is a bare institution word ("Senate", "the Treasury"), the same in every country. */
function isInstitutionNoun(phrase: string): boolean {
  return INSTITUTION_NOUNS.has(phrase.replace(/^the\s+/i, '').toLowerCase());
}

/** Words that open a title written before a name, besides the titles themselves ("Vice Premier"). */
const TITLE_OPENERS = new Set(['vice', 'prime', 'deputy', 'crown', 'supreme', 'acting', 'former']);

/**
 * A person's alias that starts with a title ("Premier Li Qiang", "President Putin"): not a
 * name to find, since a mention never includes the title; the title is cut off and the rest
 * is found under the name or the surname.
 */
function isTitled(alias: string): boolean {
  const first = alias.split(/\s+/)[0].toLowerCase();
  return alias.includes(' ') && (PERSON_TITLES.has(first) || TITLE_OPENERS.has(first));
}

/** The name Dossier shows for countries whose short names news rarely uses. */
const CANONICAL_COUNTRY_NAMES: Record<string, string> = { US: 'United States', GB: 'United Kingdom' };
