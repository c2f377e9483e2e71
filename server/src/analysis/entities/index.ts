import type { Entity, EntityType, Mention, Paragraph, Role, Sentence, Span } from '../types';
import { tokenize, type Token } from '../text/tokens';
import { builtinGazetteer, type Gazetteer, type GazetteerEntry } from './gazetteer';
import { findNamesInSentence, isCapitalised } from './names';
import { classifyName, type TypeEvidence } from './classify';
import { addRoles, rolesOfName } from './roles';
import { ReferringResolver, referringCandidates, type NamedPeople, type ReferringCandidate } from './coreference';
import { ValueEntities, valueMatches, type ValueMatch } from './values';
import { spreadListTypes } from './lists';
import { isKnownFirstName, isLexiconPlace, lexiconTags } from './lexicon';

export interface EntityContext {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  gazetteer?: Gazetteer;
}

/** People, organisations, places and the rest, with every mention grouped under its entity. */
export function findEntities(text: string, context: EntityContext): Entity[] {
  const gazetteer = context.gazetteer ?? builtinGazetteer();
  const { sentences } = context;
  const tokens = sentences.map(s => tokenize(text, s.start, s.end));
  const seen = new Set<string>();
  for (const t of tokens) for (const w of capitalisedWords(t)) seen.add(w);
  const whole = { start: 0, end: text.length };
  const local = localEntities(text, sentences, tokens, gazetteer, lower => seen.has(lower), s => context.paragraphs[s.paragraph] ?? whole);
  const block: EntityBlock = { base: 0, sentenceBase: 0, local, roles: i => { const c = local.names[i]; return rolesOfName(text, sentences[c.sentence], tokens[c.sentence], c); } };
  return assembleEntities(sentences, [block]).entities;
}

// ── what one stretch of text (a paragraph, or the whole text) says on its own ─────────────

/** A proper name found in the text, typed by its own words and its paragraph, before it is grouped. */
export interface NameRecord {
  start: number;
  end: number;
  text: string;
  /** Index of its sentence. */
  sentence: number;
  /** How many words the name has, and the last one, lower-case, without a possessive ending or an Arabic article ("al-Ansari" → "ansari"). */
  words: number;
  surname: string;
  /** In a name of three words or more, the word before the surname when it is a first surname ("Rosa Quispe Mamani" → "quispe"). */
  paternal?: string;
  /** In a name of two words whose first is no given name, that first word: a family name written first ("Nakamura Kenjiro"). */
  familyFirst?: string;
  /** The name lower-case. */
  lower: string;
  /** What groups this name with others of its entity: the gazetteer entry or the spelling. */
  key: string;
  possessive: boolean;
  gazetteer?: GazetteerEntry;
  evidence: TypeEvidence;
  /** An acronym defined in parentheses right after its full name: its own key, which joins the full name's entity from here on. */
  alias?: string;
}

/** Names, pronouns and nominal phrases, and values of one stretch of text, in text order. */
export interface LocalEntities {
  names: NameRecord[];
  referring: ReferringCandidate[];
  values: ValueMatch[];
}

/** Lower-cased words of a sentence written with a capital somewhere other than its first word. */
export function capitalisedWords(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].kind === 'word' && isCapitalised(tokens[i]) && tokens[i - 1].kind === 'word') out.push(tokens[i].text.toLowerCase().replace(/['’]s$/, ''));
  }
  return out;
}

/** Legal forms of firms, written after the firm's name and a comma ("Dorrin Mills, LLC"). */
const CORPORATE_FORMS = new Set(['inc', 'inc.', 'llc', 'l.l.c.', 'ltd', 'ltd.', 'l.p.', 'lp', 'llp', 'plc', 'gmbh', 's.a.', 'n.v.', 'b.v.', 'ag', 'co.', 'corp.', 'pty', 'pty ltd', 'pty. ltd.']);

/**
 * "the Harbour Safety Authority (HSA)": an acronym in parentheses right after a name whose
 * words it abbreviates is that name. It takes the name's type when that is better known,
 * and joins its entity, so later mentions of the acronym alone do too.
 */
function defineAcronym(text: string, full: NameRecord, short: NameRecord): void {
  if (short.words > 3 || full.words < 2 || !/\p{Lu}[\p{L}\p{N}.&-]*\p{Lu}/u.test(short.text)) return;
  if (!/^\s*\(\s*$/.test(text.slice(full.end, short.start)) || !/^\s*\)/.test(text.slice(short.end, short.end + 3))) return;
  if (!abbreviates(short.text, full.text)) return;
  if (full.evidence.type === 'organization' || full.evidence.type === 'person' || full.evidence.type === 'place') {
    if (short.evidence.type !== full.evidence.type || short.evidence.strength < full.evidence.strength) short.evidence = { ...full.evidence, decisive: false };
  } else if (short.evidence.type === 'organization' && short.evidence.strength >= 2 && full.evidence.strength < 2) {
    full.evidence = { type: 'organization', strength: 2 }; // "Tarn Valley Mutual (TVM)": an acronym names an organisation
  } else return;
  short.alias = short.key;
  short.key = full.key;
}

/**
 * Whether `short` ("HSA", "Tarnby RC", "QNB") abbreviates `full`: its capitals are the first
 * letters of the full name's words (or of their hyphenated parts) in order, a whole word may
 * stand for itself, and only lower-case words may be left out.
 */
export function abbreviates(short: string, full: string): boolean {
  const units: string[] = [];
  for (const w of short.replace(/['’]s$/, '').split(/\s+/)) {
    if (/^[\p{Lu}\p{N}.&-]+s?$/u.test(w)) { for (const ch of w.replace(/s$/, '')) if (/[\p{Lu}\p{N}]/u.test(ch)) units.push(ch); } else units.push(' ' + w.toLowerCase());
  }
  const parts = full.split(/[\s\-‐]+/).filter(Boolean);
  if (units.length < 2 || units.length > 12 || parts.length > 16) return false;
  const optional = (p: string) => !/^[\p{Lu}\p{N}]/u.test(p);
  const match = (i: number, j: number): boolean => {
    if (i === units.length) { for (let k = j; k < parts.length; k++) if (!optional(parts[k])) return false; return true; }
    if (j === parts.length) return false;
    const u = units[i], p = parts[j];
    const fits = u.startsWith(' ') ? p.toLowerCase() === u.slice(1) : p[0].toUpperCase() === u;
    if (fits && match(i + 1, j + 1)) return true;
    return optional(p) && match(i, j + 1);
  };
  return match(0, 0) || sameInitials(units, parts);
}

/**
 * A name translated from a language with another word order keeps its acronym: "Supreme
 * Electoral Tribunal (TSE)" is the "Tribunal Supremo Electoral". The acronym's letters are
 * then the initials of the name's capitalised words, in another order.
 */
function sameInitials(units: string[], parts: string[]): boolean {
  if (units.some(u => u.startsWith(' '))) return false;
  const initials = parts.filter(p => /^\p{Lu}/u.test(p)).map(p => p[0].toUpperCase());
  return initials.length === units.length && [...initials].sort().join('') === [...units].sort().join('');
}

const nameKey = (text: string) => text.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ');

/**
 * What the sentences of one stretch of text say on their own, given the words the whole
 * article capitalises mid-sentence: names typed by their words and their paragraph
 * (`boundsOf` a sentence), pronouns and nominal phrases that may refer to someone, values.
 */
export function localEntities(text: string, sentences: readonly Sentence[], tokens: readonly Token[][], gazetteer: Gazetteer,
  capitalisedElsewhere: (lower: string) => boolean, boundsOf: (s: Sentence) => Span): LocalEntities {
  const names: NameRecord[] = [];
  const referring: ReferringCandidate[] = [];
  const values: ValueMatch[] = [];
  sentences.forEach((s, index) => {
    const bounds = boundsOf(s);
    const first = names.length;
    for (const c of findNamesInSentence(tokens[index], index, gazetteer, capitalisedElsewhere)) {
      c.text = text.slice(c.start, c.end);
      const prev = names.length > first ? names[names.length - 1] : undefined;
      // "Dorrin Mills, LLC": a legal form after a comma belongs to the firm before it
      if (prev && CORPORATE_FORMS.has(c.text.toLowerCase()) && /^,\s*$/.test(text.slice(prev.end, c.start))) {
        if (prev.evidence.strength < 3 && !prev.evidence.decisive) prev.evidence = { type: 'organization', strength: 3 };
        continue;
      }
      const evidence = classifyName(c, text, bounds);
      const last = c.words[c.words.length - 1].text;
      names.push({
        start: c.start, end: c.end, text: c.text, sentence: index, words: c.words.length, surname: surnameKey(last), paternal: paternalSurname(c.words.map(w => w.text)), familyFirst: isPlaceWord(c.words[0].text, gazetteer) ? undefined : familyNameFirst(c.words.map(w => w.text)), lower: c.text.toLowerCase(),
        key: c.gazetteer && !c.gazetteer.weak ? `g:${c.gazetteer.name.toLowerCase()}:${c.gazetteer.type}` : `t:${nameKey(c.text)}`,
        possessive: c.possessive, gazetteer: c.gazetteer, evidence,
      });
      if (prev) defineAcronym(text, prev, names[names.length - 1]);
    }
    if (names.length - first >= 2) spreadListTypes(text, names.slice(first));
    const taken = (start: number) => { for (let k = first; k < names.length; k++) if (names[k].start === start) return true; return false; };
    for (const r of referringCandidates(text, s, index, tokens[index], taken)) referring.push(r);
    for (const v of valueMatches(text, s, index)) values.push(v);
  });
  return { names, referring, values };
}

// ── the document: names grouped into entities ──────────────────────────────────────────

/** The local findings of one stretch of text, placed in the document. */
export interface EntityBlock {
  /** Added to the offsets of the block's records, and to their sentence indices. */
  base: number;
  sentenceBase: number;
  local: LocalEntities;
  /** The roles the text gives name `i` if it is a person's (offsets in the document, as the block's base places them). */
  roles(i: number): readonly Role[];
  /** The mentions made for the same records last time: one that would be made again the same is reused. */
  readonly previous?: BlockMentions;
}

export interface AssembledEntities {
  entities: Entity[];
  /** The grouping key of each entity, in the same order: stable while the entity is the same. */
  keys: string[];
  /** Per block, the mention made of each of its records (a referring candidate tied to nobody: undefined). */
  mentions: BlockMentions[];
}

export interface BlockMentions {
  names: Mention[];
  referring: Array<Mention | undefined>;
  values: Mention[];
}

/**
 * Groups the names of all blocks into entities, gives people their roles, ties pronouns and
 * nominal phrases to people, and adds values. A surname alone joins the full name it
 * belongs to (the nearest one before it, else the first one after); names that differ in
 * first name stay apart; places and organisations group under their canonical gazetteer name.
 */
export function assembleEntities(sentences: readonly Sentence[], blocks: readonly EntityBlock[]): AssembledEntities {
  // people named in full: their surnames, and the full names by surname in text order (absolute starts, keys)
  const surnames = new Set<string>();
  const fullPeople = new Map<string, Array<{ start: number; key: string }>>();
  /** Full names by a first word that can only be the family name ("Nakamura Kenjiro"), used when no surname matches. */
  const familyFirst = new Map<string, Array<{ start: number; key: string }>>();
  /** Full names of two words by their first word, used when a surname matches too ("Lin Jian", "Bonnie Lin"). */
  const firstWords = new Map<string, Array<{ start: number; key: string }>>();
  for (const b of blocks) {
    for (const c of b.local.names) {
      if (c.evidence.type !== 'person' || c.words < 2) continue;
      const full = { start: c.start + b.base, key: c.key };
      for (const surname of c.paternal ? [c.surname, c.paternal] : [c.surname]) {
        if (c.evidence.strength >= 1) surnames.add(surname);
        addTo(fullPeople, surname, full);
      }
      // by first word only names the text marks as a person's (a title, a known given name), so that "Ilocos Sur" joins no "Ilocos":
      // every such two-word name, for a lone word both orders fit ("Lin Jian" and "Bonnie Lin"), and those whose first word
      // can only be a family name ("Nakamura Kenjiro")
      if (c.evidence.strength < 2) continue;
      if (c.words === 2) addTo(firstWords, c.lower.split(' ')[0], full);
      if (c.familyFirst) addTo(familyFirst, c.familyFirst, full);
    }
  }

  const entities: Entity[] = [];
  const keys: string[] = [];
  const byKey = new Map<string, number>();
  /** Per entity, the votes for each type, in the order the types were first voted for. */
  const typeVotes: Array<Array<[EntityType, number]>> = [];
  const nameEntities: Entity[] = [];
  const madeNames: Mention[][] = new Array(blocks.length);
  /** Acronyms defined in parentheses: the acronym's own key → the key of the name it stands for. */
  const aliases = new Map<string, string>();
  const countries = new CountryVotes(entities);
  blocks.forEach((b, bi) => {
    const made = new Reused(b.previous?.names);
    const before = b.previous?.names;
    const names = b.local.names;
    for (let i = 0; i < names.length; i++) {
      const c = names[i];
      // a lone capitalised word that is the surname of a person named in full is that person
      let type = c.evidence.type, strength = c.evidence.strength;
      const family = c.words === 1 && familyFirst.size && familyFirst.has(c.surname) && !surnames.has(c.surname) &&
        !(c.gazetteer && !c.gazetteer.weak) && !isLexiconPlace(c.lower) ? familyFirst.get(c.surname) : undefined;
      if (c.words === 1 && strength < 3 && (type !== 'person' || strength < 2) && (surnames.has(c.surname) || family)) { type = 'person'; strength = 2; }
      let key = c.alias === undefined ? aliases.get(c.key) ?? c.key : c.key;
      if (c.alias !== undefined) aliases.set(c.alias, c.key);
      if (type === 'person' && c.words === 1) {
        // "Lin Jian" … "Lin said" … "Bonnie Lin": the nearest full name whose family name it is, written first or last
        const both = firstWords.has(c.surname) && fullPeople.has(c.surname) ? mergeByStart(fullPeople.get(c.surname)!, firstWords.get(c.surname)!) : undefined;
        const full = nearestFullName(c.start + b.base, both ?? fullPeople.get(c.surname) ?? family);
        if (full) key = full.key;
      }
      let index = byKey.get(key);
      if (index === undefined) {
        const created: Entity = { id: `e${entities.length + 1}`, name: c.gazetteer?.name ?? c.text, type, mentions: [], roles: [] };
        if (c.gazetteer?.knowledgeId) created.knowledgeId = c.gazetteer.knowledgeId;
        index = entities.length;
        entities.push(created);
        keys.push(key);
        byKey.set(key, index);
        typeVotes.push([]);
      }
      const entity = entities[index];
      countries.note(index, c.gazetteer);
      // the fullest form wins; the article's own spelling wins a tie ("Centre" over "Center")
      // a dateline's capitals ("BUENOS AIRES") give way to the name's own spelling, never the reverse
      if (c.text.length >= entity.name.length && type === entity.type && c.text !== entity.name && !(isCapitals(c.text) && !isCapitals(entity.name))) {
        if (c.text.length > entity.name.length || c.gazetteer?.name === entity.name || entity.name === c.text.toUpperCase()) entity.name = c.text;
      }
      // a mention with no evidence ("other") only decides when no mention has any
      const votes = typeVotes[index];
      // what the text says a name is ("the band …", "… is a village") decides for all its mentions
      const weight = c.evidence.decisive && type === c.evidence.type ? 100 : strength ? 1 + strength * 2 : 0.1;
      let v = 0;
      while (v < votes.length && votes[v][0] !== type) v++;
      if (v < votes.length) votes[v][1] += weight; else votes.push([type, weight]);
      const start = c.start + b.base, sentence = c.sentence + b.sentenceBase;
      const m = same(before?.[i], start, c.end + b.base, entity.id, sentence) ??
        { start, end: c.end + b.base, text: c.text, form: 'name', entity: entity.id, sentence };
      entity.mentions.push(m);
      made.push(m);
      nameEntities.push(entity);
    }
    madeNames[bi] = made.done();
  });
  countries.unlinkForeignInstitutions();
  entities.forEach((e, k) => {
    // the most votes; of equal ones, the type voted for first
    const votes = typeVotes[k];
    let best = votes[0];
    for (const v of votes) if (v[1] > best[1]) best = v;
    e.type = best[0];
  });

  // roles: titles, appositives, relative clauses and bylines of people's names
  const named: NamedPeople = { starts: [], paragraphs: [], people: [] };
  let hasPeople = false;
  let n = 0;
  blocks.forEach(b => {
    const count = b.local.names.length;
    for (let i = 0; i < count; i++) {
      const entity = nameEntities[n++];
      if (entity.type !== 'person') continue;
      hasPeople = true;
      addRoles(entity, b.roles(i));
      const c = b.local.names[i];
      named.starts.push(c.start + b.base);
      named.paragraphs.push(sentences[c.sentence + b.sentenceBase].paragraph);
      named.people.push(entity);
    }
  });
  for (const e of entities) e.roles.sort((a, b) => a.start - b.start);

  // pronouns and nominal phrases tied to the person the text last named
  const resolver = hasPeople ? new ReferringResolver(named) : undefined;
  const madeReferring: Array<Array<Mention | undefined>> = new Array(blocks.length);
  blocks.forEach((b, bi) => {
    const before = b.previous?.referring;
    const made = new Reused(before);
    b.local.referring.forEach((r, k) => {
      const sentence = r.sentence + b.sentenceBase;
      const person = resolver?.resolve(r, r.start + b.base, sentences[sentence].paragraph);
      if (person) {
        const m = same(before?.[k], r.start + b.base, r.end + b.base, person.id, sentence) ??
          { start: r.start + b.base, end: r.end + b.base, text: r.text, form: r.form, entity: person.id, sentence };
        person.mentions.push(m);
        made.push(m);
      } else made.push(undefined);
    });
    madeReferring[bi] = made.done();
  });

  // values
  const values = new ValueEntities(entities.length);
  const mentions: BlockMentions[] = blocks.map((b, bi) => {
    const before = b.previous;
    const made = new Reused(before?.values);
    b.local.values.forEach((v, k) => made.push(values.add(v, b.base, b.sentenceBase, before?.values[k])));
    const names = madeNames[bi], referring = madeReferring[bi], made_values = made.done();
    // the same lists as last time: the same object
    return before && before.names === names && before.referring === referring && before.values === made_values ? before : { names, referring, values: made_values };
  });
  for (const e of values.entities()) {
    entities.push(e);
    keys.push(`v:${e.type}:${e.name.toLowerCase()}`);
  }
  for (const e of entities) if (!inOrder(e.mentions)) e.mentions.sort((a, b) => a.start - b.start);
  return { entities, keys, mentions };
}

function inOrder(mentions: Mention[]): boolean {
  for (let k = 1; k < mentions.length; k++) if (mentions[k].start < mentions[k - 1].start) return false;
  return true;
}

/**
 * Which country an article is about, by the mentions of names the knowledge base places in
 * a country, and the entities named only by an institution's ordinary word ("the Senate",
 * "the Treasury"), which mean the knowledge base's institution only in an article about
 * its country: Bolivia's senate is not the US Senate.
 */
class CountryVotes {
  private readonly votes = new Map<string, number>();
  /** Per entity index named by an institution's ordinary word: its country and how many such mentions it has. */
  private readonly generic = new Map<number, { country: string; mentions: number }>();

  constructor(private readonly entities: Entity[]) {}

  /** Called once per name mention (most have no entry, and cost a check). */
  note(index: number, entry: GazetteerEntry | undefined): void {
    if (!entry?.country) return;
    if (!entry.generic) { this.votes.set(entry.country, (this.votes.get(entry.country) ?? 0) + 1); return; }
    const g = this.generic.get(index);
    if (g) g.mentions++; else this.generic.set(index, { country: entry.country, mentions: 1 });
  }

  /** Before pronouns and nominals join the entities: their mentions are still the name mentions noted. */
  unlinkForeignInstitutions(): void {
    if (!this.generic.size) return;
    let most = 0;
    for (const n of this.votes.values()) most = Math.max(most, n);
    for (const [index, { country, mentions }] of this.generic) {
      // a mention in full ("the U.S. Treasury") keeps the link, whatever the article is about
      if (this.entities[index].mentions.length !== mentions || (this.votes.get(country) ?? 0) >= most) continue;
      const e = this.entities[index];
      delete e.knowledgeId;
      e.name = e.mentions.reduce((a, m) => (m.text.length > a.length ? m.text : a), '');
    }
  }
}

/** A list made again item by item: while every item is the one at the same place in `before`, it is `before` itself. */
class Reused<T> {
  private list: T[] | undefined;
  private n = 0;

  constructor(private readonly before: T[] | undefined) {
    this.list = before;
  }

  push(item: T): void {
    if (this.list === this.before && this.before && this.n < this.before.length && this.before[this.n] === item) { this.n++; return; }
    if (this.list === this.before) this.list = this.before ? this.before.slice(0, this.n) : [];
    this.list!.push(item);
    this.n++;
  }

  done(): T[] {
    if (this.list === this.before && (!this.before || this.before.length !== this.n)) this.list = this.before ? this.before.slice(0, this.n) : [];
    return this.list!;
  }
}

function isCapitals(name: string): boolean {
  return name === name.toUpperCase() && name !== name.toLowerCase();
}

/** A mention made before, if it is the one that would be made now. */
function same(m: Mention | undefined, start: number, end: number, entity: string, sentence: number): Mention | undefined {
  return m && m.start === start && m.end === end && m.entity === entity && m.sentence === sentence ? m : undefined;
}

/**
 * How a surname is looked up: lower-case, without a possessive ending, and without the
 * Arabic article that a full name joins to it but a later mention may drop ("Haider
 * al-Abadi" … "Abadi").
 */
function surnameKey(word: string): string {
  return word.replace(/['’]s$/, '').toLowerCase().replace(/^(?:al|el|ad|ar|as|ash|at|az|an)[-‑](?=\p{L}{3})/u, '');
}

/** Whether a word is a place the gazetteer knows for sure (not a town's bare name) or the lexicon knows. */
function isPlaceWord(word: string, gazetteer: Gazetteer): boolean {
  const entry = gazetteer.get(word);
  return (!!entry && !entry.weak) || isLexiconPlace(word.toLowerCase());
}

/** The first word of a two-word name when it is no given name: East Asian names put the family name first. */
function familyNameFirst(words: string[]): string | undefined {
  if (words.length !== 2 || !/^\p{Lu}\p{Ll}+$/u.test(words[0])) return undefined;
  // a first word that is also a given name ("Lin Jian") counts only when the second is no known name at all
  const second = words[1].toLowerCase();
  if (isKnownFirstName(words[0].toLowerCase()) && (isKnownFirstName(second) || lexiconTags(second).has('LastName'))) return undefined;
  return surnameKey(words[0]);
}

/**
 * The first of two surnames, as Spanish and Portuguese names have them ("Rosa Quispe Mamani"
 * is "Quispe" on second mention): the word before the last in a name of three words or
 * more, unless it is a given name, an initial or a particle.
 */
function paternalSurname(words: string[]): string | undefined {
  if (words.length < 3) return undefined;
  const w = words[words.length - 2];
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(w) || isKnownFirstName(w.toLowerCase())) return undefined;
  return surnameKey(w);
}

function addTo<T>(lists: Map<string, T[]>, key: string, item: T): void {
  const list = lists.get(key);
  if (list) list.push(item); else lists.set(key, [item]);
}

function mergeByStart<T extends { start: number }>(a: T[], b: T[]): T[] {
  return [...a, ...b].sort((x, y) => x.start - y.start);
}

/** The full name a lone surname stands for: the nearest one before it, else the first one after. */
function nearestFullName(start: number, matches: Array<{ start: number; key: string }> | undefined): { start: number; key: string } | undefined {
  if (!matches) return undefined;
  let lo = 0, hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid].start < start) lo = mid + 1; else hi = mid;
  }
  return lo > 0 ? matches[lo - 1] : matches[0];
}

export type { Mention };
