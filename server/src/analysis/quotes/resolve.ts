import type { Entity, Mention, Span } from '../types';
import { personGender, titleGenderBefore, type Gender } from '../entities/gender';
import { firstNameGender, PERSON_TITLES } from '../entities/lexicon';
import { qualifiersFit } from '../entities/coreference';
import { isVerbLike } from './verbs';
import type { Scene } from './scene';
import { SUBJECT_GAP_WORDS } from './cues';
import { headOf, isRoleNoun, SPEAKER_NOUNS, UNNAMED_HEADS, type Phrase } from './phrases';

// Who a speaker phrase or pronoun stands for. Names give their entity directly; a role
// ("the secretary") goes to the person the article gave that role; a pronoun goes to the
// most salient fitting person before it: near, in subject position, and best of all the
// one who spoke last. Names inside quotations are never antecedents of their speaker.

export interface SpeakerRef {
  /** Entity id, or null when the words name no entity the article knows. */
  entity: string | null;
  text: string;
  span: Span;
}

export type { Gender } from '../entities/gender';

/** Role texts made plain, remembered (the same roles recur in an article and from one analysis to the next). */
const plainRoles = new Map<string, string>();

/** A role lower-case, without an article, spaces collapsed. */
function plainRole(text: string): string {
  let plain = plainRoles.get(text);
  if (plain === undefined) {
    if (plainRoles.size > 10_000) plainRoles.clear();
    plainRoles.set(text, (plain = text.toLowerCase().replace(/^(?:the|a|an)\s+/, '').replace(/\s+/g, ' ')));
  }
  return plain;
}

const PREPOSITIONS = new Set(`of with from to by for at on in against about toward towards between among into onto over under
  through across after before during without within like unlike than via per including amid near behind beside besides
  upon despite beyond around along alongside inside outside`.split(/\s+/).filter(Boolean));
const NOT_VERBS = new Set([...PREPOSITIONS, 'and', 'or', 'but', 'nor', 'the', 'a', 'an', 'as', 'that', 'which', 'who', 'whose',
  'whom', 'while', 'when', 'where', 'if', 'so', 'because', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'these',
  'those', 'there', 'here', 'than', 'then']);
const INTRO = /^(?:Having|After|Before|While|When|Although|Though|As|Since|Despite|Upon|Once|If|Because|Even|Following|Speaking|Asked|Responding|Addressing|Writing|\p{Lu}\p{Ll}+ing)\b/u;

const INDEFINITE = /^(?:a|an|one|two|three|four|five|several|some|many|other|senior|another)\s/i;
/** Bodies of an organisation that speak for it: "Hamas’s political bureau", "the party’s executive". */
const BODY_HEADS = new Set(['bureau', 'politburo', 'leadership', 'wing', 'office', 'council', 'committee', 'executive',
  'presidium', 'secretariat', 'command', 'spokesman', 'spokeswoman', 'spokesperson', 'statement', 'board']);

/** Whether the words before a person's name in a phrase make someone who speaks for them ("a spokesperson for"). */
function speaksFor(text: string, phraseStart: number, personStart: number): boolean {
  return /\b(?:spokes(?:man|woman|person)|aide|adviser|advisor|lawyer|representative|envoy|office|camp|campaign|team|allies|ally|associates?)\s+(?:for|to|of)\s+(?:the\s+)?$/i
    .test(text.slice(phraseStart, personStart));
}

const DETERMINERS_RE = /^(?:the|a|an)$/i;

export class Resolver {
  /** Speech attributed so far, in text order: who spoke at which cue. */
  readonly events: Array<{ pos: number; entity: string }> = [];
  private readonly genders = new Map<string, Gender>();
  private readonly positions = new Map<number, number>();
  private readonly roleTexts = new Map<Entity, string[]>();
  private readonly roleWords = new Map<string, boolean>();

  constructor(private readonly scene: Scene) {}

  noteSpeech(pos: number, entity: string | null) {
    if (entity) this.events.push({ pos, entity });
  }

  /** The speaker a phrase names, or null when the phrase names none. */
  fromPhrase(phrase: Phrase): SpeakerRef | null {
    const { scene } = this;
    const text = scene.text;
    const phraseText = text.slice(phrase.start, phrase.end);
    const inside: Mention[] = [];
    for (let k = Math.max(0, scene.firstMentionFrom(phrase.start) - 3); k < scene.mentions.length && scene.mentionAt(k).start < phrase.end; k++) {
      const m = scene.mentionAt(k);
      if (m.end > phrase.start && m.start < phrase.end && m.form !== 'pronoun') inside.push(m);
    }
    const possessive = (m: Mention) => m.end < phrase.end && /^['’]/.test(text.slice(m.end, m.end + 1));
    const typed = (types: string[]) => inside.filter(m => !possessive(m) && types.includes(scene.entity(m)?.type ?? ''));
    const ref = (m: Mention): SpeakerRef => ({ entity: m.entity, text: m.text, span: { start: m.start, end: m.end } });
    const whole = (entity: string | null): SpeakerRef => ({ entity, text: phraseText, span: { start: phrase.start, end: phrase.end } });

    const head = headOf(phrase);
    const lastTok = phrase.tokens[phrase.tokens.length - 1];
    const headIsNoun = /^\p{Ll}/u.test(lastTok.text) && (isRoleNoun(head) || SPEAKER_NOUNS.has(head));
    const people = typed(['person']);
    // the person named at the phrase's end: "Defence Secretary Mara Quist"
    const lastPerson = people[people.length - 1];
    // "a spokesperson for Kristo", "an aide to Merz": someone speaking for the person, not the person
    if (lastPerson && speaksFor(text, phrase.start, lastPerson.start)) return whole(null);
    if (lastPerson && (!headIsNoun || lastPerson.end >= phrase.end - 1)) return ref(lastPerson);
    if (!headIsNoun) {
      const others = typed(['other']).filter(m => /^\p{Lu}/u.test(m.text));
      const namedOther = others[others.length - 1];
      if (namedOther && namedOther.end >= lastTok.end - 1) return { ...ref(namedOther), entity: looksLikePerson(scene, namedOther) ? namedOther.entity : null };
    }
    const nominal = inside.find(m => m.form === 'nominal' && scene.entity(m)?.type === 'person');
    if (nominal) return whole(nominal.entity);
    // "the head of the local council": the person the article described in those words
    if (/^the\s/i.test(phraseText)) {
      const described = this.personDescribedAs(phraseText.replace(/^the\s+/i, ''), phrase.start);
      if (described) return whole(described);
    }
    if (headIsNoun) {
      // "a Nato official", "two EU diplomats", "Kremlin sources": unnamed people inside an organisation
      if (UNNAMED_HEADS.has(head) && (INDEFINITE.test(phraseText) || (/s$/.test(head) && !/^(?:the|its|their|his|her)\s/i.test(phraseText)))) return whole(null);
      const orgs = typed(['organization']);
      if (orgs.length) return whole(orgs[orgs.length - 1].entity);
      // "Hamas’s political bureau": a body of the organisation that owns it
      const owner = inside.find(m => possessive(m) && scene.entity(m)?.type === 'organization');
      if (owner && BODY_HEADS.has(head)) return whole(owner.entity);
      // "the ministry said": the organisation of that kind the article named last
      if (/^the\s/i.test(phraseText) && !/s$/.test(head)) {
        const org = this.organisationNamed(head, phrase.start);
        if (org) return whole(org);
      }
      // "the secretary": the person the article gave that role
      if (isRoleNoun(head) && !/s$/.test(head)) {
        // "Hungary's prime minister", "the Greek foreign minister": a role that says that country
        const qualifiers = phrase.tokens.filter((t, i) => i > 0 || !DETERMINERS_RE.test(t.text)).map(t => t.text.replace(/['’]s$/, ''))
          .filter(w => /^\p{Lu}\p{Ll}+$/u.test(w)).map(w => w.toLowerCase());
        const p = this.personWithRole(head, phrase.start, qualifiers);
        if (p) return whole(p);
      }
      return whole(null);
    }
    const named = typed(['organization', 'place', 'nationality', 'other', 'event']);
    const last = named[named.length - 1];
    if (last && last.end >= lastTok.end - 1 && scene.entity(last)?.type !== 'nationality') return ref(last);
    if (/^\p{Lu}/u.test(lastTok.text) || /^\p{Ll}{1,3}[-'’]\p{Lu}/u.test(lastTok.text)) return whole(null);
    return null;
  }

  /** The nearest person before `before` one of whose roles reads like `words` ("head of the local council"). */
  personDescribedAs(words: string, before: number): string | null {
    const wanted = words.toLowerCase().replace(/\s+/g, ' ').trim();
    if (wanted.split(' ').length < 2) return null;
    const { scene } = this;
    const from = scene.firstMentionFrom(before) - 1;
    for (let k = from; k >= 0 && k > from - 200; k--) {
      const e = scene.entity(scene.mentionAt(k));
      if (e?.type !== 'person') continue;
      for (const role of this.plainRoles(e)) {
        if (role.startsWith(wanted) || wanted.endsWith(role)) return e.id;
      }
    }
    return null;
  }

  /** A person's roles, lower-case, without an article, spaces collapsed (worked out once per person). */
  private plainRoles(e: Entity): string[] {
    let roles = this.roleTexts.get(e);
    if (!roles) {
      roles = e.roles.map(r => plainRole(r.text));
      this.roleTexts.set(e, roles);
    }
    return roles;
  }

  /** The nearest person before `before` whose roles include `role` ("secretary" → "Defense Secretary"). */
  personWithRole(role: string, before: number, qualifiers: readonly string[] = []): string | null {
    const { scene } = this;
    const pIndex = scene.paragraphAt(before);
    const floor = scene.paragraphs[Math.max(0, pIndex - 8)]?.start ?? 0;
    const re = new RegExp(`\\b${role.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
    const from = scene.firstMentionFrom(before) - 1;
    for (let k = from; k >= 0 && k > from - 200 && scene.mentionAt(k).start >= floor; k--) {
      const e = scene.entity(scene.mentionAt(k));
      if (e?.type === 'person' && this.hasRole(e, role, re) && (!qualifiers.length || e.roles.some(r => qualifiersFit(qualifiers, r.text)))) return e.id;
    }
    return null;
  }

  /** Whether one of a person's roles has the word `role` (`re` finds it); remembered per person and word. */
  private hasRole(e: Entity, role: string, re: RegExp): boolean {
    const key = `${e.id}\u0000${role}`;
    let has = this.roleWords.get(key);
    if (has === undefined) this.roleWords.set(key, (has = e.roles.some(r => re.test(r.text))));
    return has;
  }

  /** The entity a pronoun ("he", "she", "it") at `at` stands for, or null. */
  pronoun(at: number, word: string): string | null {
    const lower = word.toLowerCase();
    if (lower === 'he' || lower === 'she') return this.person(at, lower === 'he' ? 'male' : 'female') ?? this.linked(at);
    if (lower === 'it' || lower === 'they') return this.organisation(at, lower === 'it');
    return null;
  }

  /** "it said": the most salient organisation (or country) before, preferring subjects and the last speaker. */
  /** The nearest organisation before `before` whose name has the word `head` ("ministry" → "Energy Ministry"). */
  organisationNamed(head: string, before: number): string | null {
    const { scene } = this;
    const re = new RegExp(`(?:^|\\s)${head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\s|$)`, 'i');
    const pIndex = scene.paragraphAt(before);
    const floor = scene.paragraphs[Math.max(0, pIndex - 4)]?.start ?? 0;
    const from = scene.firstMentionFrom(before) - 1;
    for (let k = from; k >= 0 && k > from - 120 && scene.mentionAt(k).start >= floor; k--) {
      const e = scene.entity(scene.mentionAt(k));
      if (e?.type === 'organization' && re.test(e.name)) return e.id;
    }
    return null;
  }

  /** The entity the entity pass linked a pronoun mention at `at` to, if any. */
  private linked(at: number): string | null {
    const k = this.scene.firstMentionFrom(at);
    const m = this.scene.mentionAt(k);
    return m && m.start === at && m.form === 'pronoun' && this.scene.entity(m)?.type === 'person' ? m.entity : null;
  }

  private organisation(at: number, places: boolean): string | null {
    const { scene } = this;
    const s = scene.sentenceAt(at);
    const floor = scene.sentences[Math.max(0, s - 2)]?.start ?? 0;
    const lastSpeaker = this.events.length ? this.events[this.events.length - 1].entity : null;
    let best: string | null = null;
    let bestScore = -Infinity;
    const from = scene.firstMentionFrom(at) - 1;
    for (let k = from; k >= 0 && k > from - 40 && scene.mentionAt(k).start >= floor; k--) {
      const m = scene.mentionAt(k);
      if (m.end > at || scene.isQuoted(m.start)) continue;
      const type = scene.entity(m)?.type;
      if (type !== 'organization' && (type !== 'place' || !places)) continue;
      const distance = Math.max(0, s - scene.sentenceAt(m.start));
      const score = 10 - 2 * distance + 3 * this.position(m) + (m.entity === lastSpeaker ? 3 : 0) - (type === 'place' ? 2 : 0);
      if (score > bestScore) { bestScore = score; best = m.entity; }
    }
    return best;
  }

  private person(at: number, gender: Gender): string | null {
    const { scene } = this;
    const text = scene.text;
    const sIndex = scene.sentenceAt(at);
    const sentence = scene.sentences[sIndex];
    // "Having pledged to end what he calls …, Trump said": a pronoun in a fronted clause points forward
    const first = scene.mentionAt(scene.firstMentionFrom(sentence?.start ?? 0));
    const fronted = !!sentence && INTRO.test(text.slice(sentence.start, sentence.start + 20)) && !(first && first.start === sentence.start);
    if (fronted) {
      const before = scene.mentionsIn(Math.max(sentence.start, at - 300), at).some(m => m.form === 'name' && this.fits(m, gender) && !scene.isQuoted(m.start));
      if (!before) {
        const from = scene.firstMentionFrom(at + 1);
        for (let k = from; k < scene.mentions.length && k < from + 12 && scene.mentionAt(k).start < sentence.end; k++) {
          const m = scene.mentionAt(k);
          if (m.form === 'pronoun' || scene.isQuoted(m.start) || !this.fits(m, gender)) continue;
          if (this.position(m) >= 0) return m.entity;
          break;
        }
      }
    }
    const pIndex = scene.paragraphAt(at);
    const floor = scene.paragraphs[Math.max(0, pIndex - 2)]?.start ?? 0;
    let lastSpeaker: string | null = null;
    for (let k = this.events.length - 1; k >= 0 && k >= this.events.length - 40; k--) {
      const ev = this.events[k];
      if (ev.pos >= at) continue;
      if (ev.pos < floor) break;
      const e = scene.entityById.get(ev.entity);
      if (e && e.type === 'person' && this.genderOf(e) !== opposite(gender)) { lastSpeaker = ev.entity; break; }
    }
    let best: string | null = null;
    let bestScore = -Infinity;
    const from = scene.firstMentionFrom(at) - 1;
    for (let k = from; k >= 0 && k > from - 80; k--) {
      const m = scene.mentionAt(k);
      if (m.start < floor) break;
      if (m.end > at || m.form === 'pronoun' || scene.isQuoted(m.start) || !this.fits(m, gender)) continue;
      const mS = scene.sentenceAt(m.start);
      const distance = Math.max(0, sIndex - mS);
      const position = this.position(m);
      const score = 10 - 2 * distance + 3 * position + (m.entity === lastSpeaker ? 3 : 0);
      if (score > bestScore) { bestScore = score; best = m.entity; }
    }
    return best ?? lastSpeaker;
  }

  private fits(m: Mention, gender: Gender): boolean {
    const e = this.scene.entity(m);
    if (!e || (e.type !== 'person' && !(e.type === 'other' && looksLikePerson(this.scene, m)))) return false;
    const g = this.genderOf(e);
    return g === 'unknown' || gender === 'unknown' || g === gender;
  }

  genderOf(e: Entity): Gender {
    let g = this.genders.get(e.id);
    if (g) return g;
    const { scene } = this;
    g = personGender(e, m => titleGenderBefore(scene.text, scene.paragraphs[scene.paragraphAt(m.start)]?.start ?? 0, m.start));
    this.genders.set(e.id, g);
    return g;
  }

  /**
   * Where a mention stands in its clause: 1 subject ("Trump recently expressed …",
   * "Lena Vos, who …, confirmed"), -1 possessive or object of a preposition, 0 unknown.
   */
  position(m: Mention): number {
    let p = this.positions.get(m.start);
    if (p === undefined) { p = this.positionOf(m); this.positions.set(m.start, p); }
    return p;
  }

  private positionOf(m: Mention): number {
    const { scene } = this;
    const text = scene.text;
    if (m.form === 'pronoun' && !/^(?:he|she|they|it|we|i)$/i.test(m.text)) return -1;
    const sentence = scene.sentences[scene.sentenceAt(m.start)];
    const sStart = sentence && sentence.start <= m.start ? sentence.start : Math.max(0, m.start - 60);
    const sEnd = sentence && sentence.end >= m.end ? sentence.end : Math.min(text.length, m.end + 200);
    const after = text.slice(m.end, Math.min(sEnd, m.end + 200));
    if (/^['’]s?(?:\s|$)/.test(after)) return -1;
    // the word before the name, skipping titles and capitalised words of the same phrase
    const before = scene.tokensIn(Math.max(sStart, m.start - 60), m.start);
    const nominative = m.form === 'pronoun';
    for (let k = before.length - 1, n = 0; k >= 0 && n < 5 && !nominative; k--, n++) {
      const t = before[k];
      if (t.kind !== 'word') break;
      const lower = t.text.toLowerCase();
      if (PREPOSITIONS.has(lower)) return -1;
      if (!/^\p{Lu}/u.test(t.text) && lower !== 'the') break;
    }
    let rest = after;
    const appositive = /^\s*,[^,.;:“”"]{1,150}?,/.exec(rest);
    if (appositive) rest = rest.slice(appositive[0].length);
    const word = /^\s*([\p{L}]+)/u;
    for (let n = 0; n < 4; n++) {
      const w = word.exec(rest);
      if (!w || !/^\p{Ll}/u.test(w[1])) return 0;
      const lower = w[1];
      if (SUBJECT_GAP_WORDS.has(lower) && n < 3) { rest = rest.slice(w[0].length); continue; }
      return !NOT_VERBS.has(lower) && isVerbLike(lower) ? 1 : 0;
    }
    return 0;
  }
}

function opposite(g: Gender): Gender {
  return g === 'male' ? 'female' : g === 'female' ? 'male' : 'unknown';
}

/** A mention typed "other" that reads as a person's name (two or three capitalised words, or a title before it). */
function looksLikePerson(scene: Scene, m: Mention): boolean {
  const ws = m.text.split(/\s+/).map(w => w.toLowerCase().replace(/\.$/, ''));
  if (ws.length > 1 && PERSON_TITLES.has(ws[0])) return true;
  const first = ws.find(w => !PERSON_TITLES.has(w));
  if (first && ws.length > 1 && firstNameGender(first)) return true;
  const before = scene.text.slice(Math.max(0, m.start - 12), m.start);
  return /\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Capt|Sgt|Spc|Lt|Maj|Prof)\.?\s+$/.test(before);
}

