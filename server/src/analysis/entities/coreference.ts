import type { Entity, Sentence } from '../types';
import type { Token } from '../text/tokens';
import { personGender, type Gender } from './gender';
import { ROLE_NOUNS } from './roles';

export type { Gender } from './gender';

// a Map, not an object literal: "constructor" and "toString" are not pronouns
const PRONOUN_GENDER = new Map<string, Gender>([['he', 'male'], ['him', 'male'], ['his', 'male'], ['she', 'female'], ['her', 'female']]);
// "the chief of the general staff", "the general secretary": a head word that a longer role goes on from is none
const NOMINAL = /\b[Tt]he\s+((?:[A-Z][a-z]+\s+|(?:former|new|top|chief|senior|deputy|special|economic|foreign|defence|defense|prime|vice)\s+){0,3})(leader|president|prime minister|premier|chancellor|minister|spokesman|spokeswoman|spokesperson|envoy|ambassador|secretary|general|commander|chief|official|diplomat|lawmaker|senator|governor|mayor|king|emir|crown prince|ministry|pope)\b(?!\s+(?:of|executive|staff|secretary|secretaries|assembly|counsel|director|officer|manager|justice|prosecutor|whip|council|committee|election|elections|office|strike|consul|inspector|editor)\b)/g;

/**
 * Whether a role says the country or people a phrase names ("the Greek foreign minister" is
 * not Turkey's; "Hungary's prime minister" fits "Hungarian Prime Minister"): the words match
 * on their first five letters. No qualifiers: any role fits.
 */
export function qualifiersFit(qualifiers: readonly string[] | undefined, role: string): boolean {
  if (!qualifiers?.length) return true;
  const words = role.toLowerCase().match(/\p{L}+/gu) ?? [];
  return qualifiers.some(q => { const stem = q.slice(0, Math.min(5, q.length)); return words.some(w => w.startsWith(stem)); });
}

/** Role texts lower-cased, remembered (the same roles recur in an article and from one analysis to the next). */
const lowerRoles = new Map<string, string>();

function lowerRole(text: string): string {
  let lower = lowerRoles.get(text);
  if (lower === undefined) {
    if (lowerRoles.size > 10_000) lowerRoles.clear();
    lowerRoles.set(text, (lower = text.toLowerCase()));
  }
  return lower;
}

/** A pronoun or a nominal phrase ("the Russian leader") that may refer to a person named before it. */
export interface ReferringCandidate {
  form: 'pronoun' | 'nominal';
  start: number;
  end: number;
  text: string;
  /** Index of its sentence. */
  sentence: number;
  /** The pronoun's gender, or the nominal's head noun(s), lower-case ("leader", "prime minister"). */
  gender?: Gender;
  head?: string;
  /** The nominal's words after "the", lower-case ("defence secretary"). */
  words?: string;
  /** Capitalised words before the head ("Greek" in "the Greek foreign minister"): a role must say them too. */
  qualifiers?: string[];
  /** Where a name starts right after a nominal and a comma ("the prime minister, Eva Lund"): the nominal is that name's. */
  apposed?: number;
}

/**
 * The pronouns and nominal phrases of one sentence that may refer to someone, in the order
 * they are resolved: pronouns, then nominals. Words that start a name (`taken`) are left out.
 */
export function referringCandidates(text: string, s: Sentence, index: number, tokens: readonly Token[], taken: (start: number) => boolean): ReferringCandidate[] {
  const out: ReferringCandidate[] = [];
  for (const t of tokens) {
    const gender = PRONOUN_GENDER.get(t.text.toLowerCase());
    if (!gender || taken(t.start)) continue;
    out.push({ form: 'pronoun', start: t.start, end: t.end, text: t.text, sentence: index, gender });
  }
  NOMINAL.lastIndex = 0;
  const body = text.slice(s.start, s.end);
  for (let m = NOMINAL.exec(body); m; m = NOMINAL.exec(body)) {
    const start = s.start + m.index;
    if (taken(start + m[0].length - m[2].length)) continue;
    const end = start + m[0].length;
    const comma = /^,\s+(?=\p{Lu})/u.exec(text.slice(end, end + 4));
    const c: ReferringCandidate = { form: 'nominal', start, end, text: m[0], sentence: index, head: m[2].toLowerCase(), words: (m[1] + m[2]).toLowerCase().replace(/\s+/g, ' ').trim() };
    const qualifiers = m[1].match(/\p{Lu}\p{Ll}+/gu);
    if (qualifiers) c.qualifiers = qualifiers.map(q => q.toLowerCase());
    if (comma) c.apposed = end + comma[0].length;
    out.push(c);
  }
  return out;
}

/** People's name mentions in text order: where each starts, the paragraph it lies in, whose it is. */
export interface NamedPeople {
  starts: number[];
  paragraphs: number[];
  people: Entity[];
}

/**
 * Ties pronouns and nominal phrases to the person the text last named, checked for gender
 * where a first name or a title tells it: `named` are the people's name mentions in text
 * order. `resolve` gives the person a candidate at offset `at`, in paragraph `paragraph`,
 * refers to, or undefined.
 */
export class ReferringResolver {
  private readonly genders = new Map<Entity, Gender>();
  private readonly roles = new Map<Entity, string[]>();
  private readonly leaders = new Map<Entity, boolean>();

  constructor(private readonly named: NamedPeople) {}

  resolve(c: ReferringCandidate, at: number, paragraph: number): Entity | undefined {
    if (c.form === 'pronoun') {
      return this.lastBefore(at, paragraph, p => { const g = this.genderOf(p); return g === c.gender || g === 'unknown'; });
    }
    if (c.apposed !== undefined) {
      // "for the prime minister, Eva Lund,": the person named next, not the one before
      const named = this.personStartingAt(c.apposed + at - c.start);
      if (named) return named;
    }
    const head = c.head!;
    const last = head.split(' ').pop()!;
    // "the defence secretary": one whose role says all of it, and no "shadow" or "former" the phrase lacks
    const words = c.words ?? head;
    if (words !== head) {
      const qualified = (r: string) => /\b(?:shadow|former|deputy|vice)\b/.test(r) && !/\b(?:shadow|former|deputy|vice)\b/.test(words);
      const exact = this.lastBefore(at, paragraph, p => this.rolesOf(p).some(r => r.includes(words) && !qualified(r)));
      if (exact) return exact;
    }
    const fits = (r: string) => r.includes(last) && qualifiersFit(c.qualifiers, r);
    const antecedent = this.lastBefore(at, paragraph, p => this.rolesOf(p).some(fits) || (head === 'leader' && this.leads(p)));
    return antecedent && ROLE_NOUNS.has(last) ? antecedent : undefined;
  }

  private personStartingAt(start: number): Entity | undefined {
    const { starts, people } = this.named;
    let lo = 0, hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < start) lo = mid + 1; else hi = mid;
    }
    return starts[lo] === start ? people[lo] : undefined;
  }

  /** A person's roles, lower-case (worked out once per person). */
  private rolesOf(p: Entity): string[] {
    let roles = this.roles.get(p);
    if (!roles) this.roles.set(p, (roles = p.roles.map(r => lowerRole(r.text))));
    return roles;
  }

  /** Whether a person's roles make them a leader (worked out once per person). */
  private leads(p: Entity): boolean {
    let leads = this.leaders.get(p);
    if (leads === undefined) this.leaders.set(p, (leads = p.roles.some(r => /president|prime minister|leader|chancellor|premier/i.test(r.text))));
    return leads;
  }

  private genderOf(p: Entity): Gender {
    let g = this.genders.get(p);
    if (!g) this.genders.set(p, (g = personGender(p)));
    return g;
  }

  /** The person named last before `at`, within the last three paragraphs. */
  private lastBefore(at: number, paragraph: number, fits: (p: Entity) => boolean): Entity | undefined {
    const { starts, paragraphs, people } = this.named;
    // binary search for the last mention that starts before `at`, then walk back
    let lo = 0, hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < at) lo = mid + 1; else hi = mid;
    }
    for (let k = lo - 1; k >= 0; k--) {
      if (paragraph - paragraphs[k] > 2) return undefined;
      if (fits(people[k])) return people[k];
    }
    return undefined;
  }
}

