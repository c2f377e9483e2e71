import type { TextSpan } from '../types';
import type { Token } from '../text/tokens';
import type { Scene } from './scene';
import type { Resolver, SpeakerRef } from './resolve';
import {
  BELIEF_VERBS, INVERTING_VERBS, ISSUE_VERBS, JUDGING_VERBS, NAMING_VERBS, NOUN_LIKE_CUES, SAY_PARTICIPLES, SAY_VERBS, STATEMENT_NOUNS, SUBJECT_GAP_WORDS, cueStrength,
} from './cues';
import { DETERMINERS, PRONOUN_SPEAKERS, SPEAKER_NOUNS, UNNAMED_HEADS, isRoleNoun, phraseAfter, phraseBefore, type Phrase } from './phrases';
import { isVerbLike } from './verbs';
import { hasFiniteVerb, lexiconTags } from '../entities/lexicon';

// Finding the reporting verb of a quotation and the speaker it names, around the marks:
//   after:    “…,” said X   “…,” X said   “…,” X, <appositive>, said   “…” – X   “…,” according to X
//   before:   X said: “…”   He added, “…”   X told reporters on Monday: “…”   According to X, “…”   X: “…”
//   sentence: what he calls “…”   saying he was “…”   described by X as “…”   (quoted fragments)
//   trailing: … “…” …, the ministry said.

export type How = 'after' | 'before' | 'colon' | 'according' | 'dash' | 'sentence' | 'trailing';

export interface Attribution {
  speaker: SpeakerRef | null;
  cue: TextSpan | null;
  how: How;
}

export interface LeadIn extends Attribution {
  /** The lead-in ends with the reporting verb (and its complement): the quote is presented whole. */
  direct: boolean;
}

export interface SentenceCue extends Attribution {
  /** 3 say-verb, 2 participle or naming verb, 1 belief verb. */
  strength: number;
  /** A naming verb with no speaker before it ("an airfield called “Q-West”"): the quote is a name. */
  naming: boolean;
}

const OPENING = new Set(['“', '"', '«', '„', '‘', "'", '‹', '「']);
const QUOTE_CHARS = /["“”«»„‘’'‹›「」]/;
// "released the following statement today:", "issued a statement on the attack:"
const ISSUED_STATEMENT = new RegExp(`\\b(${[...ISSUE_VERBS].join('|')})\\s+(?:(?:the|a|an|this|his|her|their|its|following|brief|short|joint|written|new)\\s+){0,3}(?:${[...STATEMENT_NOUNS].join('|')})\\b[^.!?:]{0,80}$`, 'i');
const SAY_WORD = new RegExp(`\\b(?:${[...SAY_VERBS].join('|')}|according)\\b`, 'i');
// how an unnamed speaker starts ("one of those sources", "several witnesses") and what cannot be in it
const UNNAMED_START = /^(?:one|two|three|four|five|some|many|several|most|all|both|few|a|an|the|another|other|others|each|no|none|local|senior|western|foreign)$/i;
const CLAUSE_WORDS = /^(?:and|but|or|so|then|as|while|because|that|which|who|to|when|if|it|he|she|they|we|i|was|is|were|are)$/;
const FINITE_SAY = new Set(['said', 'says', 'told', 'tells', 'stated', 'added', 'wrote']);
const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|earlier|later)$/i;
// words that may follow a reporting verb before the quotation: "told reporters on Monday:", "said in a statement,"
const COMPLEMENT = new Set(`reporters journalists lawmakers legislators parliament media audience crowd supporters
  listeners viewers readers the a an in on at to of during after before from with via through this that last
  today yesterday tonight morning afternoon evening night week weekend month year later earlier also then simply
  briefly bluntly flatly him her them us me it following conference news press briefing interview statement
  televised broadcast address speech post posts message video telegram twitter facebook x radio television tv
  website channel letter email e-mail emailed written remarks comments meeting session summit rally hearing court
  tribunal committee council assembly chamber senate house podcast`.split(/\s+/).filter(Boolean));

/** Prepositions that place a speaker: "sources in Minsk", "diplomats from Oslo", "officials at …". */
const LOCATIVES = new Set(['in', 'from', 'at', 'near', 'inside', 'outside', 'across', 'throughout', 'within']);

/** Past a place that follows a subject ("a spokesman for the authority in Bergen said"): the index of the next token. */
function pastPlace(tokens: Token[], k: number): number {
  if (!tokens[k] || !LOCATIVES.has(tokens[k].text.toLowerCase())) return k;
  let j = k + 1;
  if (tokens[j]?.text.toLowerCase() === 'the') j++;
  const start = j;
  while (j < tokens.length && tokens[j].kind === 'word' && /^\p{Lu}/u.test(tokens[j].text)) j++;
  return j > start ? j : k;
}

const CLAUSE_TAGS = ['Modal', 'Copula', 'Auxiliary'];

/**
 * Whether plain words after "said" can name a speaker ("one resident", "a retired engineer"),
 * not start a clause ("the vote would go ahead", "the talks failed").
 */
function namesSomeone(words: string): boolean {
  const ws = words.toLowerCase().split(/\s+/);
  const lastTags = lexiconTags(ws[ws.length - 1]);
  if (lastTags.has('PastTense') || lastTags.has('PresentTense')) return false;
  return !ws.some(w => CLAUSE_WORDS.test(w) || CLAUSE_TAGS.some(t => lexiconTags(w).has(t)));
}

export class Attributor {
  constructor(private readonly scene: Scene, private readonly resolver: Resolver) {}

  private get text() { return this.scene.text; }

  private pronounRef(t: Token): SpeakerRef {
    return { entity: this.resolver.pronoun(t.start, t.text), text: t.text, span: { start: t.start, end: t.end } };
  }

  private cueOf(t: Token | { start: number; end: number }): TextSpan {
    return { start: t.start, end: t.end, text: this.text.slice(t.start, t.end) };
  }

  private speakerAfter(pos: number, hi: number): SpeakerRef | null {
    // "16-year-old Hussam Saadi", "the 45-year-old"
    const age = /^\s*(?:(?:a|an|the)\s+)?\d{1,3}[-\s]years?[-\s]old\s+(?=\p{Lu})/u.exec(this.text.slice(pos, Math.min(hi, pos + 24)));
    if (age) pos += age[0].length;
    const tokens = this.scene.tokensIn(pos, Math.min(hi, pos + 40));
    const t = tokens[0];
    if (t && t.kind === 'word' && PRONOUN_SPEAKERS.has(t.text.toLowerCase())) return this.pronounRef(t);
    const phrase = phraseAfter(this.scene, pos, hi);
    return phrase ? this.resolver.fromPhrase(phrase) : null;
  }

  /** The attribution right after a closing mark at `pos` (up to `hi`, the paragraph's end). */
  after(pos: number, hi: number): Attribution | null {
    const text = this.text;
    const limit = Math.min(hi, pos + 260);
    const dash = /^[ \t\u00a0]*(?:[—–―]|--?(?=\s))\s*/.exec(text.slice(pos, Math.min(limit, pos + 8)));
    if (dash) {
      const at = pos + dash[0].length;
      const speaker = this.speakerAfter(at, limit);
      if (speaker) {
        const d = text.slice(pos, at).trim();
        const dStart = text.indexOf(d, pos);
        return { speaker, cue: { text: d, start: dStart, end: dStart + d.length }, how: 'dash' };
      }
    }
    const tokens = this.scene.tokensIn(pos, limit);
    let i = 0;
    while (i < tokens.length && tokens[i].kind === 'punct' && (tokens[i].text === ',' || QUOTE_CHARS.test(tokens[i].text))) i++;
    if (i >= tokens.length || i > 2) return null;
    const t0 = tokens[i];
    if (t0.kind !== 'word') return null;
    const lower0 = t0.text.toLowerCase();
    // “…,” according to X
    if (lower0 === 'according' && tokens[i + 1]?.text.toLowerCase() === 'to' && tokens[i + 2]) {
      const speaker = this.speakerAfter(tokens[i + 2].start, limit);
      return { speaker, cue: this.cueOf({ start: t0.start, end: tokens[i + 1].end }), how: 'according' };
    }
    // inversion: “…,” said X
    if (INVERTING_VERBS.has(lower0)) {
      let j = i + 1;
      if (tokens[j]?.text === '.' && tokens[j + 1] && /^\p{Lu}/u.test(tokens[j + 1].text) && /\.$/.test(tokens[j + 1].text)) j++; // “…” said. Col. X
      const next = tokens[j];
      let speaker = next && next.kind === 'word' ? this.speakerAfter(next.start, limit) : null;
      if (!speaker && next && next.kind === 'word') {
        // “…,” said one resident, …: words naming nobody the text knows
        const plain = /^[\p{L}\p{N}’'-]+(?:\s+[\p{L}\p{N}’'-]+){0,4}(?=\s*[,.;]|\s*$)/u.exec(text.slice(next.start, limit));
        if (plain && UNNAMED_START.test(next.text) && namesSomeone(plain[0])) {
          speaker = { entity: null, text: plain[0], span: { start: next.start, end: next.start + plain[0].length } };
        }
      }
      // "…, said she had not been consulted": a reported clause, not an inverted attribution
      if (speaker) {
        const following = /^\s+(\p{Ll}+)/u.exec(text.slice(speaker.span.end, speaker.span.end + 30));
        if (following && isVerbLike(following[1]) && !/^(?:in|on|at|to|of)$/.test(following[1])) return null;
      }
      // “…,” said the minister’s spokeswoman, Leila Haddad.
      if (speaker && (!speaker.entity || this.scene.entityById.get(speaker.entity)?.type !== 'person')) {
        const comma = /^\s*,\s*/.exec(text.slice(speaker.span.end, speaker.span.end + 4));
        if (comma) {
          const from = speaker.span.end + comma[0].length;
          const stop = /[,.;]|$/.exec(text.slice(from, Math.min(limit, from + 80)));
          const named = stop ? this.namedPerson(from, from + stop.index) : null;
          if (named) speaker = named;
        }
      }
      return { speaker, cue: this.cueOf(t0), how: 'after' };
    }
    // subject first: “…,” X said / he added / the secretary said in a statement
    let speaker: SpeakerRef | null;
    let k: number;
    if (PRONOUN_SPEAKERS.has(lower0)) {
      speaker = this.pronounRef(t0);
      k = i + 1;
    } else {
      const phrase = phraseAfter(this.scene, t0.start, limit);
      speaker = phrase ? this.resolver.fromPhrase(phrase) : null;
      if (!phrase || !speaker) return this.unnamedAfter(tokens, i, pos, limit);
      k = i;
      while (k < tokens.length && tokens[k].end <= phrase.end) k++;
      const joint = this.conjunctsAfter(tokens, k, speaker, limit);
      if (joint) ({ speaker, k } = joint);
    }
    if (tokens[k]?.text === ',') {
      // an appositive: "X, commander of …, said" (its closing comma sometimes missing)
      let j = k + 1;
      for (; j < tokens.length && j < k + 40; j++) {
        const t = tokens[j];
        if (t.kind === 'punct' && (t.text === '.' || t.text === ';' || QUOTE_CHARS.test(t.text))) { j = tokens.length; break; }
        if (t.kind === 'word' && SAY_VERBS.has(t.text.toLowerCase()) && !DETERMINERS.has(tokens[j - 1].text.toLowerCase())) break;
      }
      if (j >= tokens.length || j >= k + 40) return null;
      // "its spokeswoman, Leila Haddad, told …": the name in the appositive is the speaker
      if (!speaker.entity || this.scene.entityById.get(speaker.entity)?.type !== 'person') {
        const segEnd = tokens[j - 1].text === ',' ? tokens[j - 1].start : tokens[j].start;
        const named = this.namedPerson(tokens[k].end, segEnd);
        if (named) speaker = named;
      }
      k = j;
    }
    k = pastPlace(tokens, k);
    while (k < tokens.length && tokens[k].kind === 'word' && SUBJECT_GAP_WORDS.has(tokens[k].text.toLowerCase())) k++;
    const verb = tokens[k];
    if (!verb || verb.kind !== 'word') return null;
    // “…,” Reuters quoted Hussam Saadi (as saying)
    if (/^(?:quoted|cited)$/i.test(verb.text) && tokens[k + 1] && tokens[k + 1].text.toLowerCase() !== 'as') {
      const quoted = this.speakerAfter(tokens[k + 1].start, limit);
      if (quoted) return { speaker: quoted, cue: this.cueOf(verb), how: 'after' };
    }
    // “…,” X was quoted as saying
    if (verb.text.toLowerCase() === 'quoted' && tokens[k + 1]?.text.toLowerCase() === 'as' && tokens[k + 2]?.text.toLowerCase() === 'saying') {
      return { speaker, cue: this.cueOf({ start: verb.start, end: tokens[k + 2].end }), how: 'after' };
    }
    if (!SAY_VERBS.has(verb.text.toLowerCase())) return null;
    // "…" Marek said: “…” — a lead-in for the next quotation, not this one's attribution
    if (/^[^.!?“"«,]{0,40}:/.test(text.slice(verb.end, limit))) return null;
    // after a quotation that ends its sentence with a full stop, "X said." must be a short
    // sentence of its own; "X appealed to “…”" starts a new statement
    if (this.closesWithFullStop(pos)) {
      const rest = /^[^.!?“"«]*(?:[.!?]|$)/.exec(text.slice(verb.end, limit));
      // "… communities.” Brill said Republicans would offer a bill": a report of its own, not this quote's cue
      if (!rest || rest[0].split(/\s+/).filter(Boolean).length > 8 || /^\s*(?:that|to|on|of|about|with)\b/.test(rest[0]) || hasFiniteVerb(rest[0])) return null;
    }
    return { speaker, cue: this.cueOf(verb), how: 'after' };
  }

  /**
   * The lead-in before an opening mark at `open`, read back no further than `lo`: a reporting
   * verb with its complement and a colon or comma, "according to X,", or "X:".
   */
  before(open: number, lo: number): LeadIn | null {
    const text = this.text;
    let end = open;
    while (end > lo && /\s/.test(text[end - 1])) end--;
    if (end <= lo) return null;
    const punct = text[end - 1];
    let e = end;
    if (punct === ':' || punct === ',' || punct === '—' || punct === '–') {
      e--;
      while (e > lo && /\s/.test(text[e - 1])) e--;
    }
    const tokens = this.scene.tokensIn(Math.max(lo, e - 200), e);
    if (!tokens.length) return null;
    // According to X, “…”
    for (let k = tokens.length - 1; k >= 0 && k >= tokens.length - 14; k--) {
      const t = tokens[k];
      if (t.kind === 'punct' && t.text !== '.' ) break;
      if (t.text.toLowerCase() === 'according' && tokens[k + 1]?.text.toLowerCase() === 'to' && tokens[k + 2] && (punct === ',' || punct === ':')) {
        const speaker = this.speakerAfter(tokens[k + 2].start, e);
        if (speaker) return { speaker, cue: this.cueOf({ start: t.start, end: tokens[k + 1].end }), how: 'according', direct: true };
      }
    }
    // the reporting verb, perhaps followed by a short complement ("told reporters on Monday",
    // "released the following statement on the advance")
    if (punct === ':') {
      const issued = ISSUED_STATEMENT.exec(text.slice(Math.max(lo, e - 160), e));
      if (issued) {
        const verbStart = Math.max(lo, e - 160) + issued.index;
        return { speaker: this.subjectBefore(verbStart, lo), cue: this.cueOf({ start: verbStart, end: verbStart + issued[1].length }), how: 'colon', direct: true };
      }
    }
    for (let k = tokens.length - 1, n = 0; k >= 0 && n <= 8; k--, n++) {
      const t = tokens[k];
      if (t.kind === 'punct') {
        if (t.text === '.' && k > 0 && /^(?:\p{Lu}|\d)/u.test(tokens[k - 1].text)) continue;
        if (t.text === '-' || t.text === '’' || t.text === "'") continue;
        break;
      }
      const lower = t.text.toLowerCase();
      if ((SAY_VERBS.has(lower) || SAY_PARTICIPLES.has(lower)) && n <= 8 && !(k > 0 && DETERMINERS.has(tokens[k - 1].text.toLowerCase()))) {
        if (k < tokens.length - 1 && punct !== ':' && punct !== ',' && !/^(?:reporters|journalists)$/i.test(tokens[k + 1].text)) break;
        const speaker = SAY_PARTICIPLES.has(lower) ? this.clauseSubject(t.start, lo) : this.subjectBefore(t.start, lo);
        return { speaker, cue: this.cueOf(t), how: punct === ':' ? 'colon' : 'before', direct: true };
      }
      // "The statement read: “…”"
      if ((lower === 'read' || lower === 'reads') && n === 0 && punct === ':') {
        return { speaker: this.subjectBefore(t.start, lo), cue: this.cueOf(t), how: 'colon', direct: true };
      }
      if (ISSUE_VERBS.has(lower) && punct === ':' && tokens.slice(k + 1, k + 5).some(x => STATEMENT_NOUNS.has(x.text.toLowerCase()))) {
        return { speaker: this.subjectBefore(t.start, lo), cue: this.cueOf(t), how: 'colon', direct: true };
      }
      if (!COMPLEMENT.has(lower) && !/^\p{Lu}/u.test(t.text) && t.kind !== 'number') break;
    }
    // X: “…”
    if (punct === ':') {
      const phrase = phraseBefore(this.scene, e, lo);
      if (phrase && /^[\s\p{P}]*$/u.test(text.slice(lo, phrase.start))) {
        const speaker = this.resolver.fromPhrase(phrase);
        if (speaker) return { speaker, cue: this.cueOf({ start: end - 1, end }), how: 'colon', direct: true };
      }
    }
    return null;
  }

  /**
   * The subject of the reporting verb starting at `cueStart`: a pronoun or a speaker phrase,
   * over adverbs ("later", "also"), appositives and relative clauses ("X, who is …, said").
   */
  subjectBefore(cueStart: number, lo: number): SpeakerRef | null {
    const text = this.text;
    let end = cueStart;
    // the last comma-enclosed segment skipped: "the local commander of the militia, Haddad, said"
    let segment: { start: number; end: number } | null = null;
    const segmentName = (): SpeakerRef | null => segment ? this.namedPerson(segment.start, segment.end) : null;
    for (let round = 0; round < 5; round++) {
      const tokens = this.scene.tokensIn(Math.max(lo, end - 240), end);
      let k = tokens.length - 1;
      if (round === 0) {
        while (k >= 0) {
          const lower = tokens[k].text.toLowerCase();
          if (tokens[k].kind === 'word' && SUBJECT_GAP_WORDS.has(lower)) { k--; continue; }
          if (tokens[k].kind === 'word' && WEEKDAYS.test(lower)) { k--; if (k >= 0 && /^(?:on|late|early)$/i.test(tokens[k].text)) k--; continue; }
          // "The Supreme Electoral Tribunal (TSE) said": the abbreviation in brackets is the subject's own
          if (tokens[k].text === ')' && k >= 2 && tokens[k - 2].text === '(' && /^\p{Lu}/u.test(tokens[k - 1].text)) { k -= 3; continue; }
          break;
        }
      }
      if (k < 0) return segmentName();
      const t = tokens[k];
      const lower = t.text.toLowerCase();
      if (round === 0 && t.kind === 'word' && (lower === 'who' || lower === 'which')) {
        k--;
        if (k >= 0 && tokens[k].text === ',') k--;
        if (k < 0) return null;
        const phrase = phraseBefore(this.scene, tokens[k].end, lo);
        return phrase ? this.resolver.fromPhrase(phrase) : null;
      }
      if (round === 0 && t.kind === 'word' && PRONOUN_SPEAKERS.has(lower)) return this.pronounRef(t);
      // a second verb of the same subject: "Vilner described the plan as … and said"
      if (round === 0 && t.kind === 'word' && (lower === 'and' || lower === 'but')) {
        // "Lund said Oslo took the view but emphasised …": the second verb is the first one's, a
        // reporting verb's subject's, not that of the clause it reported
        const said = tokens.slice(0, k).reverse().find(x => x.kind === 'word' && FINITE_SAY.has(x.text.toLowerCase()) && !this.scene.isQuoted(x.start));
        if (said) return this.subjectBefore(said.start, lo);
        return this.clauseSubject(t.start, lo);
      }
      if (t.text === ',') {
        // an appositive or an aside: "Varga, asked about the delay, stated"
        const j = this.previousComma(tokens, k);
        if (j < 0) return segmentName();
        segment = segment ? { start: tokens[j].end, end: segment.end } : { start: tokens[j].end, end: tokens[k].start };
        end = tokens[j].start;
        continue;
      }
      const phrase = phraseBefore(this.scene, t.end, lo);
      if (!phrase) {
        // a second description between commas ("the former colonial power, which …,"): on to the name before it
        const j = round > 0 && t.kind === 'word' && /^\p{Ll}/u.test(t.text) ? this.previousComma(tokens, k) : -1;
        if (j < 0) return segmentName();
        segment = { start: tokens[j].end, end: segment ? segment.end : t.end };
        end = tokens[j].start;
        continue;
      }
      if (round > 0 && !this.boundaryBefore(phrase.start, lo)) {
        // the phrase ends a longer appositive ("a medic in Delta Company, 2nd Battalion,"): go on back
        const before = this.scene.tokensIn(Math.max(lo, phrase.start - 240), phrase.start);
        const j = this.previousComma(before, before.length);
        if (j < 0) return segmentName();
        segment = { start: before[j].end, end: segment ? segment.end : phrase.end };
        end = before[j].start;
        continue;
      }
      // "sources in Minsk said", "the ministry in Oslo said": the place says where the speaker is, not who
      const conjuncts = this.conjunctsEndingWith(phrase, lo);
      const located = this.locatedSpeaker(conjuncts[0], lo);
      if (located !== undefined) return conjuncts.length > 1 && located && !located.entity ? this.unnamed(located.span.start, phrase.end) : located;
      // "France, Germany and Italy said": a joint statement, by no single one of them
      if (conjuncts.length > 1) return this.unnamed(conjuncts[0].start, phrase.end);
      const ref = this.resolver.fromPhrase(phrase);
      const refType = ref?.entity ? this.scene.entityById.get(ref.entity)?.type : undefined;
      // "China's deputy ambassador, Liu Zhen, said": the name between commas, not someone the
      // description fits who was named before
      if (segment && (refType !== 'person' || !this.namesPersonInside(phrase))) {
        const named = segmentName();
        if (named) return named;
      }
      // "France, the former colonial power, which …, said": a description between commas is an
      // appositive too; the subject is the name before it
      if (segment && !ref?.entity && /^\p{Ll}/u.test(phrase.tokens[0].text)) {
        const before = this.scene.tokensIn(Math.max(lo, phrase.start - 4), phrase.start);
        const comma = before[before.length - 1];
        if (comma?.text === ',') {
          segment = { start: comma.end, end: segment.end };
          end = comma.start;
          continue;
        }
      }
      // an appositive that lost its closing comma: "Gen. Ilse Brandt, head of the Northern Command said"
      if (round === 0 && /^\p{Ll}/u.test(phrase.tokens[0].text) && refType !== 'person') {
        let c = phrase.start;
        while (c > lo && /\s/.test(text[c - 1])) c--;
        if (text[c - 1] === ',') {
          const prior = phraseBefore(this.scene, c - 1, lo);
          const priorRef = prior && this.resolver.fromPhrase(prior);
          if (priorRef && priorRef.entity && this.scene.entityById.get(priorRef.entity)?.type === 'person') return priorRef;
        }
      }
      return ref;
    }
    return null;
  }

  /**
   * “…,” Anna Ruiz and Tom Reyes said: the names coordinated after a named speaker whose
   * phrase ends before tokens[k], as one speaker, and the index past them; null when none.
   */
  private conjunctsAfter(tokens: Token[], k: number, first: SpeakerRef, limit: number): { speaker: SpeakerRef; k: number } | null {
    if (!first.entity) return null;
    let end = -1, j = k;
    while (j + 1 < tokens.length && (tokens[j].text === ',' || /^(?:and|&)$/i.test(tokens[j].text))) {
      const isAnd = tokens[j].text !== ',';
      let from = j + 1;
      if (!isAnd && /^(?:and|&)$/i.test(tokens[from].text)) from++; // "A, B, and C"
      const phrase = tokens[from] ? phraseAfter(this.scene, tokens[from].start, limit) : null;
      if (!phrase || !this.resolver.fromPhrase(phrase)?.entity) break;
      j = from;
      while (j < tokens.length && tokens[j].end <= phrase.end) j++;
      if (isAnd || /^(?:and|&)$/i.test(tokens[from - 1].text)) { end = phrase.end; k = j; break; }
    }
    return end < 0 ? null : { speaker: this.unnamed(first.span.start, end), k };
  }

  /** Whether a phrase holds a person's name itself ("Defence Secretary Mara Quist"), not only a description. */
  private namesPersonInside(phrase: Phrase): boolean {
    const { scene } = this;
    for (let k = Math.max(0, scene.firstMentionFrom(phrase.start) - 1); k < scene.mentions.length && scene.mentionAt(k).start < phrase.end; k++) {
      const m = scene.mentionAt(k);
      if (m.start >= phrase.start && m.end <= phrase.end && m.form === 'name' && scene.entity(m)?.type === 'person') return true;
    }
    return false;
  }

  private unnamed(start: number, end: number): SpeakerRef {
    return { entity: null, text: this.text.slice(start, end), span: { start, end } };
  }

  /**
   * The named phrases coordinated with `last` in a subject ("France, Germany and Italy",
   * "Anna Ruiz and Tom Reyes"), in text order; only `last` when it has none. A name before
   * a comma joins only as an item of the list, not as a lead-in ("In Paris, A and B said").
   */
  private conjunctsEndingWith(last: Phrase, lo: number): Phrase[] {
    // a name the entity pass typed or only capitalised ("Greenpeace and the World Wildlife Fund")
    const named = (p: Phrase | null): p is Phrase => !!p && (!!this.resolver.fromPhrase(p)?.entity || p.tokens.some(t => /^\p{Lu}/u.test(t.text) && !DETERMINERS.has(t.text.toLowerCase())));
    const out = [last];
    if (!named(last)) return out;
    for (let n = 0; n < 8; n++) {
      const before = this.scene.tokensIn(Math.max(lo, out[0].start - 40), out[0].start);
      let k = before.length - 1;
      if (k < 1) break;
      const word = before[k].text.toLowerCase();
      if (out.length === 1) {
        if (word !== 'and' && word !== '&') break;
        if (before[k - 1].text === ',') k--; // "A, B, and C"
      } else if (word !== ',') break;
      const prior = phraseBefore(this.scene, before[k].start, lo);
      if (!named(prior)) break;
      if (out.length > 1 || word === ',') {
        const lead = this.scene.tokensIn(Math.max(lo, prior.start - 40), prior.start);
        const t = lead[lead.length - 1];
        if (t && t.text !== ',' && this.locatedSpeaker(prior, lo) === undefined) break;
      }
      out.unshift(prior);
    }
    return out;
  }

  /**
   * The speaker of a subject that ends in a place after "in", "from", "at" or "near": the
   * noun before it ("sources in Minsk": unnamed) or the name before it ("the Ministry of
   * Defence in Moscow"); undefined when the phrase has no such preposition before it.
   */
  private locatedSpeaker(phrase: Phrase, lo: number): SpeakerRef | null | undefined {
    const tokens = this.scene.tokensIn(Math.max(lo, phrase.start - 100), phrase.start);
    let k = tokens.length - 1;
    if (k >= 0 && tokens[k].text.toLowerCase() === 'the') k--;
    // "sources close to the council": as good as "inside" it
    const closeTo = k >= 2 && tokens[k].text.toLowerCase() === 'to' && tokens[k - 1].text.toLowerCase() === 'close';
    if (closeTo) k--;
    if (k < 1 || !(LOCATIVES.has(tokens[k].text.toLowerCase()) || closeTo)) return undefined;
    const place = this.resolver.fromPhrase(phrase);
    const before = tokens[k - 1];
    if (before.kind !== 'word') return undefined;
    const lower = before.text.toLowerCase().replace(/['’]s$/, '');
    const placeType = place?.entity ? this.scene.entityById.get(place.entity)?.type : undefined;
    // "officials at the ECB", "sources within the party": unnamed people inside an organisation
    const inside = placeType === 'organization' && UNNAMED_HEADS.has(lower);
    if (placeType !== 'place' && !inside) return undefined;
    if (/^\p{Lu}/u.test(before.text)) {
      // a name before the place: "the Harbour Authority in Bergen"
      const outer = phraseBefore(this.scene, before.end, lo);
      const named = outer ? this.resolver.fromPhrase(outer) : null;
      if (named?.entity) return named;
    }
    if (!SPEAKER_NOUNS.has(lower) && !isRoleNoun(lower)) return undefined;
    // the noun phrase: the noun and up to three modifiers or a determiner before it
    let first = k - 1;
    for (let j = k - 2, n = 0; j >= 0 && n < 3 && tokens[j].kind === 'word' && !isVerbLike(tokens[j].text); j--, n++) {
      first = j;
      if (DETERMINERS.has(tokens[j].text.toLowerCase())) break;
    }
    const start = tokens[first].start;
    return { entity: null, text: this.text.slice(start, phrase.end), span: { start, end: phrase.end } };
  }

  /**
   * “…,” one of those sources told CNN: a few plain words before a reporting verb still make an
   * attribution, to nobody the text names.
   */
  private unnamedAfter(tokens: Token[], i: number, pos: number, limit: number): Attribution | null {
    if (!UNNAMED_START.test(tokens[i].text) && !/^\p{Lu}/u.test(tokens[i].text)) return null;
    for (let k = i + 1; k < tokens.length && k <= i + 6; k++) {
      const t = tokens[k];
      if (t.kind !== 'word') return null;
      const lower = t.text.toLowerCase();
      if (CLAUSE_WORDS.test(lower)) return null;
      if (!SAY_VERBS.has(lower) || DETERMINERS.has(tokens[k - 1].text.toLowerCase())) continue;
      if (this.closesWithFullStop(pos)) {
        const rest = /^[^.!?“"«]*(?:[.!?]|$)/.exec(this.text.slice(t.end, limit));
        if (!rest || rest[0].split(/\s+/).filter(Boolean).length > 8 || hasFiniteVerb(rest[0])) return null;
      }
      const start = tokens[i].start, end = tokens[k - 1].end;
      return { speaker: { entity: null, text: this.text.slice(start, end), span: { start, end } }, cue: this.cueOf(t), how: 'after' };
    }
    return null;
  }

  /** Whether the quotation whose closing mark ends at `pos` ends with a full stop inside the marks. */
  private closesWithFullStop(pos: number): boolean {
    let k = pos - 1;
    while (k > 0 && /["”’'»›」\s]/.test(this.text[k])) k--;
    return this.text[k] === '.' && this.text[k - 1] !== '.';
  }

  /** The person a comma-enclosed segment names, when the segment is just that name. */
  private namedPerson(start: number, end: number): SpeakerRef | null {
    const text = this.text;
    let s = start;
    while (s < end && /\s/.test(text[s])) s++;
    const age = /^\d{1,3}[-\s]years?[-\s]old\s+/.exec(text.slice(s, Math.min(end, s + 16)));
    if (age) s += age[0].length;
    const phrase = phraseAfter(this.scene, s, end);
    if (!phrase || text.slice(phrase.end, end).trim()) return null;
    const ref = this.resolver.fromPhrase(phrase);
    if (!ref) return null;
    const type = ref.entity ? this.scene.entityById.get(ref.entity)?.type : undefined;
    return type === 'person' || (!ref.entity && /^\p{Lu}|^\p{Ll}{1,3}[-'’]\p{Lu}/u.test(ref.text) && !/\s\p{Ll}/u.test(ref.text)) ? ref : null;
  }

  /** Index of the comma before token `k` that opens an aside, or -1 (a sentence mark or a quotation comes first). */
  private previousComma(tokens: Token[], k: number): number {
    for (let j = k - 1; j >= 0 && k - j < 45; j--) {
      const x = tokens[j];
      if (x.text === ',') return j;
      if (x.kind === 'punct' && (x.text === '.' || x.text === ';' || x.text === ':' || QUOTE_CHARS.test(x.text))) return -1;
      if (x.kind === 'word' && FINITE_SAY.has(x.text.toLowerCase())) return -1;
    }
    return -1;
  }

  /** Whether a phrase starting at `pos` opens its clause (sentence start, a comma, a colon, a dash, a quotation). */
  private boundaryBefore(pos: number, lo: number): boolean {
    const text = this.text;
    let k = pos;
    while (k > lo && /\s/.test(text[k - 1])) k--;
    if (k <= lo) return true;
    if (/[,;:(\u2014\u2013"“”]/.test(text[k - 1])) return true;
    const word = /(\p{L}+)$/u.exec(text.slice(Math.max(lo, k - 20), k));
    if (!word) return false;
    if (/^(?:and|but|while|whereas|meanwhile|however|then|also)$/i.test(word[1])) return true;
    // a capitalised first word of the sentence the phrase reader left out ("Culture minister Ed Vaizey")
    return /^\p{Lu}/u.test(word[1]) && !text.slice(lo, k - word[1].length).trim();
  }

  /**
   * The subject of the clause a participle ("…, saying …") hangs from: the nearest name or
   * pronoun before it in its sentence that stands in subject position.
   */
  clauseSubject(pos: number, lo: number): SpeakerRef | null {
    const { scene } = this;
    const text = this.text;
    let best: SpeakerRef | null = null;
    let fallback: SpeakerRef | null = null;
    lo = Math.max(lo, pos - 400);
    const from = scene.firstMentionFrom(pos) - 1;
    for (let k = from; k >= 0 && k > from - 40 && scene.mentionAt(k).start >= lo; k--) {
      const m = scene.mentionAt(k);
      if (m.end > pos || scene.isQuoted(m.start)) continue;
      if (m.form === 'pronoun' && !/^(?:he|she|they|it)$/i.test(m.text)) continue;
      const type = scene.entity(m)?.type;
      if (type !== 'person' && type !== 'organization' && type !== 'place' && type !== 'other') continue;
      const position = this.resolver.position(m);
      const ref: SpeakerRef = m.form === 'pronoun'
        ? { entity: this.resolver.pronoun(m.start, m.text), text: m.text, span: { start: m.start, end: m.end } }
        : { entity: m.entity, text: m.text, span: { start: m.start, end: m.end } };
      if (position > 0) { best = ref; break; }
      if (position === 0 && !fallback) fallback = ref;
    }
    // pronouns the entity pass left unlinked
    const re = /\b(?:he|she|it|they)\b/gi;
    const slice = text.slice(lo, pos);
    let lastPronoun: Token | null = null;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const at = lo + m.index;
      if (scene.isQuoted(at)) continue;
      lastPronoun = { start: at, end: at + m[0].length, text: m[0], kind: 'word' };
    }
    if (lastPronoun && (!best || lastPronoun.start > best.span.start) && !scene.mentionsIn(lastPronoun.start, lastPronoun.end).length) {
      const next = /^\s+(?:(?:\p{Ll}+ly|also|later|still|then|now)\s+)?(\p{Ll}+)/u.exec(text.slice(lastPronoun.end, lastPronoun.end + 40));
      if (next && isVerbLike(next[1])) return this.pronounRef(lastPronoun);
    }
    return best ?? fallback;
  }

  /**
   * The cue of a quoted fragment: the nearest reporting, naming or belief verb before the
   * opening mark in its sentence (never inside another quotation), with its speaker.
   */
  inSentence(open: number, lo: number): SentenceCue | null {
    const { scene } = this;
    const tokens = this.scene.tokensIn(Math.max(lo, open - 320), open);
    for (let k = tokens.length - 1; k >= 0; k--) {
      const t = tokens[k];
      if (t.kind !== 'word' || scene.isQuoted(t.start)) continue;
      const lower = t.text.toLowerCase();
      if (lower === 'according' && tokens[k + 1]?.text.toLowerCase() === 'to' && tokens[k + 2]) {
        const speaker = this.speakerAfter(tokens[k + 2].start, open);
        return { speaker, cue: this.cueOf({ start: t.start, end: tokens[k + 1].end }), how: 'according', strength: 3, naming: false };
      }
      const strength = cueStrength(lower);
      if (!strength) continue;
      if (k > 0 && DETERMINERS.has(tokens[k - 1].text.toLowerCase()) && !SAY_VERBS.has(lower)) continue; // "a warning"
      const cue = this.cueOf(t);
      // passive: "described by X as", "called by X"
      if (tokens[k + 1]?.text.toLowerCase() === 'by' && tokens[k + 2] && (NAMING_VERBS.has(lower) || SAY_VERBS.has(lower))) {
        const speaker = this.speakerAfter(tokens[k + 2].start, open);
        if (speaker) return { speaker, cue, how: 'sentence', strength: 3, naming: false };
      }
      if (lower === 'saying' && tokens[k - 1]?.text.toLowerCase() === 'as') {
        const quoted = tokens.slice(Math.max(0, k - 8), k).reverse().find(x => x.text.toLowerCase() === 'quoted');
        if (quoted) {
          const obj = tokens[tokens.indexOf(quoted) + 1];
          const speaker = obj && obj.text.toLowerCase() !== 'as' ? this.speakerAfter(obj.start, open) : this.subjectBefore(quoted.start, lo);
          return { speaker, cue, how: 'sentence', strength: 3, naming: false };
        }
      }
      if (SAY_PARTICIPLES.has(lower) && !NAMING_VERBS.has(lower)) {
        return { speaker: this.clauseSubject(t.start, lo), cue, how: 'sentence', strength, naming: false };
      }
      const speaker = this.subjectBefore(t.start, lo);
      if (!speaker && (NOUN_LIKE_CUES.has(lower) || JUDGING_VERBS.has(lower)) && !NAMING_VERBS.has(lower)) continue;
      if (NAMING_VERBS.has(lower) || BELIEF_VERBS.has(lower)) {
        // "an airfield called “Q-West”" names a thing; "the authority called the walkout “illegal”",
        // "what he calls “…”" give someone's words
        const personal = !!speaker && (PRONOUN_SPEAKERS.has(speaker.text.toLowerCase()) ||
          (!!speaker.entity && scene.entityById.get(speaker.entity)?.type === 'person'));
        const object = k < tokens.length - 1;
        const named = !!speaker && (personal || object || (!NAMING_VERBS.has(lower) && speaker.entity !== null));
        if (!named) {
          if (NAMING_VERBS.has(lower)) return { speaker: null, cue, how: 'sentence', strength, naming: true };
          continue;
        }
      }
      return { speaker, cue, how: 'sentence', strength, naming: false };
    }
    return null;
  }

  /** An attribution closing the sentence after a quoted fragment: "…, the ministry said." */
  trailing(pos: number, sentenceEnd: number): Attribution | null {
    const text = this.text;
    const from = Math.max(pos, sentenceEnd - 220);
    const tail = text.slice(from, sentenceEnd);
    let tries = 0;
    for (let c = tail.lastIndexOf(','); c >= 0 && tries < 3; c = c > 0 ? tail.lastIndexOf(',', c - 1) : -1) {
      const at = from + c + 1;
      if (this.scene.isQuoted(at)) continue;
      tries++;
      if (!SAY_WORD.test(tail.slice(c))) break;
      const a = this.after(at, sentenceEnd);
      if (!a || !a.cue || !a.speaker) continue;
      // "…, according to the state electoral commission.": what follows the cue is the source itself
      const rest = text.slice(a.how === 'according' && a.speaker ? a.speaker.span.end : a.cue.end, sentenceEnd);
      if (/^(?:\s+[\p{L}\p{N}.’'-]+){0,6}\s*[.!?…]?["”’»]?\s*$/u.test(rest) && !/\bthat\b/.test(rest) && !hasFiniteVerb(rest)) return { ...a, how: 'trailing' };
      break;
    }
    return null;
  }

  /** Whether an opening mark at `open` starts its own statement: paragraph start, after a sentence, a colon or a dash. */
  standsAlone(open: number, lo: number): boolean {
    const text = this.text;
    let k = open - 1;
    while (k >= lo && /\s/.test(text[k])) k--;
    if (k < lo) return true;
    const c = text[k];
    if (/[.!?…:;(\[—–]/.test(c)) return true;
    if (/["”’»」]/.test(c) && this.scene.isQuoted(k)) return true;
    return OPENING.has(c) && k < open - 1;
  }
}
