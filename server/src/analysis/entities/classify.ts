import type { EntityType } from '../types';
import type { NameCandidate } from './names';
import { EVENT_FIRST, EVENT_HEADS, NAME_CONNECTORS, NAME_PARTICLES, ORG_HEADS, ORG_HEADS_BEFORE_OF, PLACE_FIRST, ROMANCE_ORG_FIRST, PERSON_TITLES, PLACE_HEADS, isCommonWord, isKnownFirstName, isLexiconPlace, lexiconTags } from './lexicon';
import { contextKind, isOccupation, memberOfBefore } from './cues';

const SPEECH_AFTER = /^\s*(?:,[^,]{0,80},\s*)?(?:said|says|told|added|stated|wrote|warned|insisted|argued|noted|explained|declared|announced|confirmed|claimed|asked|replied|recalled|believes|thinks)\b/;
/**
 * Words before a name that put it on a map: prepositions of place ("near …", "In …," at a
 * sentence's start), what is done to a place ("the liberation of …", "fled …"), and who
 * holds it ("rebel-held …").
 */
const PLACE_BEFORE = /(?:^|[^\p{L}])(?:[Ii]n|at|[Nn]ear|[Oo]utside|inside|toward|towards|around|across|via|into|through|(?:north|south|east|west|northwest|northeast|southwest|southeast) of|(?:liberation|siege|recapture|retaking) of|fled|fleeing|\p{L}+-(?:held|controlled|occupied|besieged))\s+(?:the\s+)?$/u;
/** Words that begin Arabic, Persian and Turkic place names ("Ayn Isa", "Dayr Az Zayr", "Tal Afar"). */
const PLACE_PREFIXES = new Set(['ayn', 'ain', 'dayr', 'deir', 'tal', 'tell', 'jabal', 'jebel', 'wadi', 'ras', 'kafr', 'bir', 'khan', 'qasr', 'bab', 'tel', 'kfar', 'beit', 'bayt', 'umm']);
/** ", Syria" after a name: the name is a place in that country. */
const IN_COUNTRY_AFTER = /^,\s+(?:Syria|Iraq|Iran|Turkey|Lebanon|Jordan|Israel|Egypt|Libya|Yemen|Afghanistan|Pakistan|India|China|Russia|Ukraine|Belarus|Georgia|Sudan|Somalia|Mali|Nigeria|France|Germany|Italy|Spain|Poland|England|Scotland|Wales|Ireland|Canada|Australia|Mexico|Brazil|[A-Z][a-z]+ (?:Province|Governorate|Oblast|Region|State|County))\b/;
/** A first name and middle initials, or initials alone, before a surname. */
const INITIALS_NAME = /^(?:\p{Lu}\p{Ll}+\s+(?:\p{Lu}\.\s+){1,2}|(?:\p{Lu}\.\s*){1,2}\p{Lu}\.\s+|\p{Lu}\.\s+)\p{Lu}\p{Ll}+(?:[-’']\p{Lu}?\p{Ll}+)?$/u;
const PERSON_ORG_HEADS = new Set(['press', 'news', 'times', 'post', 'journal']);

/** Prefixes of ships' names in English-language navies and coast guards. */
const SHIP_PREFIXES = new Set(['HMS', 'HMAS', 'HMCS', 'HMNZS', 'USS', 'USNS', 'USCGC', 'INS', 'RFS', 'MV', 'RV']);

const CREDIT_OPENING = /(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ww]ritten|[Pp]hotographs|[Ff]act-checking) by\s/gu;
const CREDIT_WORD = /^(?:\p{Lu}[\p{L}’'.-]*|in|and|,|;)$/u;

/**
 * Whether the text before a name is a credit line up to it: "Reporting by" and then only
 * names, "in" and their places, "and", commas and semicolons.
 */
function inCredits(before: string): boolean {
  let at = -1;
  for (const m of before.matchAll(CREDIT_OPENING)) at = m.index! + m[0].length;
  if (at < 0 || /(?:^|\s)in\s+$/.test(before)) return false; // "in Addis Ababa" is where the reporter was
  return before.slice(at).split(/\s+|(?=[,;])|(?<=[,;])/).every(w => !w || CREDIT_WORD.test(w));
}

/** "of" in Spanish, Portuguese, French and Italian names. */
const ROMANCE_OF = new Set(['de', 'del', 'do', 'da', 'dos', 'das', 'des', 'du', 'della', 'di', 'dei', 'la', 'los', 'las']);

/** Particles of family names; "de", "la" and "del" also begin place names ("Rio de …"), so they are left out. */
const FAMILY_PARTICLES = new Set(['van', 'von', 'bin', 'ibn', 'bint']);

/** Abbreviations of things, measures and offices that news writes in capitals. */
const THING_ACRONYMS = new Set(['GDP', 'GNP', 'GNI', 'CPI', 'PPI', 'VAT', 'CEO', 'CFO', 'COO', 'CTO', 'IPO', 'ETF', 'LNG', 'LPG',
  'GPS', 'DNA', 'RNA', 'HIV', 'AIDS', 'COVID', 'PPE', 'ICU', 'MP', 'MEP', 'MSP', 'AI', 'IT', 'PR', 'PC', 'TV', 'UAV', 'IED',
  'VBIED', 'ICBM', 'SUV', 'PhD', 'MBA', 'FAQ', 'PDF', 'URL', 'SMS', 'ATM', 'VIP', 'POW', 'KIA', 'MIA', 'ID', 'APR', 'CO2', 'EV']);

/** A determiner or number that makes the acronym after it a common noun ("a DVD", "her GPA", "12 SUVs"). */
const THING_BEFORE = /(?:(?:^|[^\p{L}])(?:a|an|his|her|its|their|our|my|your)|\d)\s+$/u;
/** After an acronym used as a noun: punctuation or a function word, not the noun it would modify. */
const HEAD_AFTER = /^\s*(?:[,.;:)]|$|(?:in|of|on|at|for|with|by|and|or|to|from|was|is|that|which)\b)/;
/** Small words a title-case phrase leaves in lower case. */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'as', 'with', 'from', 'but', 'nor', 'vs', 'de', 'la', 'le', 'du', 'des', 'von', 'van']);

/**
 * A name that is (part of) the title of a work: written inside a short quotation whose
 * words are all capitalised ("Lanterns Over Water"), or after a capitalised "A" or "An"
 * in the middle of a sentence ("their album A Quiet Harbour").
 */
function isWorkTitle(c: NameCandidate, text: string, bounds: { start: number; end: number }): boolean {
  if (!c.initial && /(?:^|[^\p{L}])(?:A|An)\s+$/u.test(text.slice(Math.max(bounds.start, c.start - 4), c.start))) return true;
  const pre = text.slice(Math.max(bounds.start, c.start - 80), c.start);
  const open = Math.max(pre.lastIndexOf('"'), pre.lastIndexOf('“'));
  if (open < 0) return false;
  const post = text.slice(c.end, Math.min(bounds.end, c.end + 80));
  const close = post.search(/["”]/);
  if (close < 0) return false;
  const quoted = pre.slice(open + 1) + text.slice(c.start, c.end) + post.slice(0, close);
  const ws = quoted.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  if (ws.length < 2 || ws.length > 10) return false;
  return ws.every(w => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_SMALL_WORDS.has(w));
}

/** What follows a party's name used as an adjective: its members, candidates and bodies. */
const PARTY_AFTER = /^\s+(?:party|parties|caucus|candidate|candidates|MPs?|MPPs?|MLAs?|MEPs?|MSPs?|TDs?|senators?|congressm[ae]n|congresswom[ae]n|lawmakers?|legislators?|leadership|frontbench(?:ers?)?|backbench(?:ers?)?|whip|nominee|nomination|primary|primaries|majority|minority|delegates?|councillors?|councilors?)\b/;

/** A match score right after a name: "lost to Harwick 63-7". */
const SCORE_AFTER = /^,?\s+\d{1,3}\s?[-–]\s?\d{1,3}(?![\d\-–:./])/;
/** A verb of winning or losing a match right before its opponent: "beat Harwick", "losing to Harwick". */
const BEATEN_BEFORE = /(?:^|[^\p{L}])(?:beat|beats|beating|defeat|defeated|defeats|defeating|edged|routed|thrashed|(?:lost|losing|lose|loses|loss|fell)\s+to|(?:win|victory|wins|victories)\s+over)\s+(?:the\s+)?$/u;
/** A team as the subject of beating another: "Harwick defeated …", "Harwick won 3-1". */
const BEATS_AFTER = /^\s+(?:beat|defeated|edged|routed|thrashed|(?:won|lost|drew)\s+\d{1,3}\s?[-–]\s?\d{1,3}\b)/;

/**
 * A town the gazetteer knows, written as a sports team: with a match score after it, as
 * the one beaten or beating, or as the club played for. Countries are left alone: their
 * national sides are still read as the country.
 */
function playsAsTeam(c: NameCandidate, text: string, bounds: { start: number; end: number }): boolean {
  if (c.possessive || lexiconTags(c.gazetteer!.name.toLowerCase()).has('Country')) return false;
  const after = text.slice(c.end, Math.min(c.end + 24, bounds.end));
  if (SCORE_AFTER.test(after) || BEATS_AFTER.test(after)) return true;
  const before = text.slice(Math.max(bounds.start, c.start - 30), c.start);
  return BEATEN_BEFORE.test(before) || memberOfBefore(before);
}

export interface TypeEvidence {
  type: EntityType;
  /** How sure the rule is: 3 gazetteer or title, 2 strong cue, 1 weak guess. */
  strength: number;
  /** The text says outright what the name is ("the band …", "… is a village"): this mention types all of the entity's. */
  decisive?: boolean;
}

/**
 * The type a name's own words and its immediate context give it. The context read is
 * bounded to the name's paragraph (`bounds`, the whole text when not given), so the
 * result depends on nothing outside that paragraph.
 */
export function classifyName(c: NameCandidate, text: string, bounds: { start: number; end: number } = { start: 0, end: text.length }): TypeEvidence {
  if (c.team) return { type: 'organization', strength: 3 };
  if (c.gazetteer?.type === 'place' && playsAsTeam(c, text, bounds)) return { type: 'organization', strength: 3, decisive: true };
  if (c.gazetteer && !c.gazetteer.weak) return { type: c.gazetteer.type, strength: 3 };
  const words = c.words.map(w => w.text.replace(/['’]s$/, ''));
  const lower = words.map(w => w.toLowerCase());
  const last = lower[lower.length - 1];
  const first = lower[0];
  // a wire story's credits: "(Reporting by Ana Ruiz in Oslo and Tom Reyes; Editing by Lise Moen)"
  if (!c.possessive && words.length >= 2 && words.length <= 4 && inCredits(text.slice(Math.max(bounds.start, c.start - 200), c.start))) return { type: 'person', strength: 3 };
  if (c.title.length && c.title.some(t => PERSON_TITLES.has(t.text.toLowerCase()) || isOccupation(t.text.toLowerCase()))) return { type: 'person', strength: 3 };
  // titles of works: "the album A Quiet Harbour", a song called "Lanterns Over Water"
  if (isWorkTitle(c, text, bounds)) return { type: 'other', strength: 3 };
  // ships: "HMS Ardent", "USS Kell"; the prefix says it is a vessel, whatever the name's words
  if (words.length >= 2 && SHIP_PREFIXES.has(words[0])) return { type: 'other', strength: 3 };
  // events, contests and prizes: "Harvest Festival", "Battle of Narva", "Operation Blue Heron"
  if (words.length > 1 && (EVENT_HEADS.has(last) || (EVENT_FIRST.has(first) && (lower[1] === 'of' || first === 'operation')))) return { type: 'event', strength: 3 };
  if (words.length > 1 && ORG_HEADS.has(last) && !PERSON_ORG_HEADS.has(first)) return { type: 'organization', strength: 3 };
  if (words.length > 1 && PLACE_HEADS.has(last)) return { type: 'place', strength: 3 };
  if (ORG_HEADS.has(first) && (lower.includes('of') || lower.includes('for'))) return { type: 'organization', strength: 3 };
  if (PLACE_HEADS.has(first) && lower[1] === 'of') return { type: 'place', strength: 3 };
  // the head before "of" or "for" types the name: "Potters' Association of Wales", "Upper Bay of Fundy"
  const ofAt = lower.findIndex(w => w === 'of' || w === 'for');
  if (ofAt > 0 && (ORG_HEADS.has(lower[ofAt - 1]) || (ORG_HEADS_BEFORE_OF.has(lower[ofAt - 1]) && lower[ofAt] === 'of'))) return { type: 'organization', strength: 3 };
  if (ofAt > 1 && PLACE_HEADS.has(lower[ofAt - 1]) && lower[ofAt] === 'of') return { type: 'place', strength: 3 };
  // "Umm Qasr" is a port, "Umm Ahmed" a mother named after her son, "Abu Omar" a father after his
  if (words.length > 1 && (first === 'umm' || first === 'abu') && isKnownFirstName(lower[1])) return { type: 'person', strength: 2 };
  if (words.length > 1 && PLACE_PREFIXES.has(first)) return { type: 'place', strength: 2 };
  // "Defensoría del Pueblo", "Banco do Brasil", "Central Unitaria de Trabajadores"
  if (words.length > 1 && ROMANCE_ORG_FIRST.has(first) && !ORG_HEADS.has(last) && lower.some(w => ROMANCE_OF.has(w))) return { type: 'organization', strength: 2 };
  // "River Tamsin", "Lake Orla", "Mount Pell", "Fort Ardle": a geographic word before a name
  if (words.length > 1 && words.length <= 3 && PLACE_FIRST.has(first)) return { type: 'place', strength: 3 };
  const after = text.slice(Math.min(c.end + (c.possessive ? 2 : 0), bounds.end), Math.min(c.end + 120, bounds.end));
  const before = text.slice(Math.max(bounds.start, c.start - 30), c.start);
  // "the Liberal caucus", "a Labor MP", "Republican senators": a capitalised ordinary word before a party member or body is the party
  if (!c.possessive && (!c.initial || /(?:^|[^\p{L}])(?:[Tt]he|[Aa]n?)\s+$/u.test(before)) && words.length <= 2 && PARTY_AFTER.test(after) &&
    lower.every(w => w.split('-').every(p => isCommonWord(p) || lexiconTags(p).has('Adjective')))) {
    return { type: 'organization', strength: 2 };
  }
  // the common noun that says what the name is: "the band …", "… is a village", "the town of …"
  const kind = words.length <= 5 ? contextKind(before, after, c.possessive) : undefined;
  if (kind) return kind.decisive ? { type: kind.type, strength: 3, decisive: true } : { type: kind.type, strength: 2 };
  // "the Commission", "the Ministry": an organisation's head word alone after "the" stands for the organisation
  if (words.length === 1 && ORG_HEADS.has(last) && /(?:^|[^\p{L}])[Tt]he\s+$/u.test(before) && /^\p{Lu}\p{Ll}/u.test(words[0])) return { type: 'organization', strength: 2 };
  // "the Harriers", "the Rolling Stones": a plural name after "the" is a team, band or group, not a person
  if (/(?:^|[^\p{L}])the\s+$/u.test(before) && /\p{Ll}{2}s$/u.test(words[words.length - 1]) && !/(?:ss|us|is)$/.test(last) && !c.gazetteer) return { type: 'organization', strength: 2 };
  if (/\.\p{L}{2,3}$/u.test(words[words.length - 1]) && words.length === 1 && !/^(?:\p{L}\.)+$/u.test(words[0])) {
    return { type: 'organization', strength: 2 }; // outlets named by their domain: "Caliber.Az"
  }
  if (words.length === 1 && /^[\p{Lu}\p{N}&.\-]{2,}$/u.test(words[0]) && /\p{Lu}.*\p{Lu}/u.test(words[0])) {
    // a town written in capitals, as datelines do ("LIMA (Reuters) -"), is the town
    if (c.gazetteer?.type === 'place' && words[0].length >= 4) return { type: 'place', strength: 2 };
    // "GDP", "CEO", "MPs": abbreviations of things and offices, never of a body
    if (THING_ACRONYMS.has(words[0].replace(/s$/, ''))) return { type: 'other', strength: 3 };
    // "a DVD", "her GPA", "by 3 SUVs": an acronym counted or owned like a thing is no organisation
    if (THING_BEFORE.test(before) && HEAD_AFTER.test(after)) return { type: 'other', strength: 2 };
    return { type: 'organization', strength: 2 }; // acronyms
  }
  // "near Al Huwayjah": the Arabic article before a word no list knows as a surname begins a place, not "Al" the given name
  if (first === 'al' && words.length === 2 && PLACE_BEFORE.test(before) && !lexiconTags(lower[1]).has('LastName')) return { type: 'place', strength: 2 };
  // particles do not count: "María de los Ángeles Restrepo" is a given name, a double one and a surname
  const named = lower.filter(w => !NAME_PARTICLES.has(w)).length;
  if (words.length >= 2 && named <= 4 && isKnownFirstName(first.normalize('NFD').replace(/\p{M}/gu, '')) && !ORG_HEADS.has(last)) return { type: 'person', strength: 2 };
  // "Joost van de Velde", "Von der Brake", "Khalid bin Hamad": particles of family names inside
  if (words.length >= 2 && words.length <= 5 && lower.slice(0, -1).some(w => FAMILY_PARTICLES.has(w)) && !ORG_HEADS.has(last) && !PLACE_HEADS.has(last)) return { type: 'person', strength: 2 };
  // initials before a surname: "J. R. Tolley", "Maud E. Pryce"
  if (INITIALS_NAME.test(c.text)) return { type: 'person', strength: 2 };
  if (c.gazetteer) return { type: c.gazetteer.type, strength: 2 };
  const tags = lexiconTags(lower.join(' '));
  if (isLexiconPlace(lower.join(' '))) return { type: 'place', strength: 2 };
  if (tags.has('Organization') || tags.has('SportsTeam')) return { type: 'organization', strength: 2 };
  if (tags.has('Demonym')) return { type: 'nationality', strength: 2 };
  // "services in Brittany": after a preposition of place, a word known only as a given name is the place
  if (words.length === 1 && !tags.has('LastName') && (tags.has('MaleName') || tags.has('FemaleName')) && PLACE_BEFORE.test(before)) return { type: 'place', strength: 2 };
  if (words.length === 1 && (tags.has('LastName') || tags.has('Person') || tags.has('MaleName') || tags.has('FemaleName'))) return { type: 'person', strength: 2 };
  if (!c.possessive && IN_COUNTRY_AFTER.test(after) && words.length <= 3) return { type: 'place', strength: 2 };
  if (SPEECH_AFTER.test(after) && words.length <= 3) return { type: 'person', strength: 1 };
  // "Eberhard Vance IV", "Louis XIV": a regnal or generational numeral ends a person's name
  if (words.length >= 2 && /^(?:I{2,3}|IV|V|VI{1,3}|IX|X{1,2}(?:I{1,3}|IV|V|VI{1,3}|IX)?)$/.test(words[words.length - 1]) && /^\p{Lu}\p{Ll}+$/u.test(words[0])) return { type: 'person', strength: 1 };
  if (words.length >= 2) {
    // an unknown name that ends in an ordinary word after a rarer one ("Tellwick Design") is mostly an
    // organisation; one of ordinary words only ("Garden Tools") is mostly no name at all
    const content = lower.filter(w => !NAME_CONNECTORS.has(w));
    if (isCommonWord(content[content.length - 1]) && !content.every(w => isCommonWord(w))) return { type: 'organization', strength: 1 };
    if (content.some(w => isCommonWord(w))) return { type: 'other', strength: 0 };
    if (words.length <= 3 && words.every(w => /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(w))) {
      return { type: PLACE_BEFORE.test(before) ? 'place' : 'person', strength: 1 };
    }
  }
  if (PLACE_BEFORE.test(before) && words.length === 1 && !isCommonWord(lower[0])) return { type: 'place', strength: 1 };
  return { type: 'other', strength: 0 };
}
