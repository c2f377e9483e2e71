import type { Token } from '../text/tokens';
import type { Scene } from './scene';
import { ROLE_NOUNS } from '../entities/roles';
import { lexiconTags } from '../entities/lexicon';
import { isVerbLike } from './verbs';

// Noun phrases that can name a speaker, read forwards or backwards from a point in the
// text: "Defence Secretary Mara Quist", "a Foreign Office spokesman", "the ministry",
// "Col. Anton “Tony” Vessel", "U.S. officials". A phrase is a run of capitalised words,
// titles, role nouns and their modifiers, with an optional determiner in front.

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Nouns that make a phrase a (possibly unnamed) speaker even without a name. */
export const SPEAKER_NOUNS = words(`
  ministry ministries department office government military army navy police statement report reports
  spokesman spokeswoman spokesperson spokespeople official officials source sources analyst analysts expert experts
  witness witnesses resident residents agency committee council company group coalition campaign embassy court
  prosecutor prosecutors authorities authority administration regime rebels militants forces troops observers
  activists organisers organizers lawyers aides diplomats leaders lawmakers negotiators investigators doctors medics
  officers soldiers survivors families relatives monitors newspaper channel broadcaster outlet website note letter
  document memo release communique communiqué survey poll study paper team secretariat cabinet kremlin presidency
  palace parliament commission service services command headquarters staff board union bank fund firm spokespeople
  people person man woman residents worker workers farmer farmers student students teacher teachers mother father
  son daughter wife husband brother sister friend friends colleague colleagues neighbour neighbor neighbours
  neighbors citizen citizens voter voters protester protesters demonstrators fighter fighters commander commanders
  unit units chief chiefs head heads ceo founder director representative representatives envoy ambassador minister
  ministers secretary president premier chancellor general colonel spokesmen delegation mission observer
  coastguard coastguards guard guards regulator regulators watchdog tribunal consultancy institute
  bureau politburo leadership presidium insiders insider chamber panel jury judges inquiry traders trader investors investor economists economist strategists strategist bankers banker executives executive
  mediators mediator critics critic supporters opponents campaigners scientists scientist researchers researcher
`);

/** Heads of phrases that name people without naming them: "a Nato official", "EU diplomats", "officials at the ECB". */
export const UNNAMED_HEADS = words(`official officials source sources diplomat diplomats officer officers aide aides
  insider insiders member members employee employees staffer staffers person people`);

/** Lower-case words that modify a speaker noun ("senior officials", "the foreign ministry"). */
const MODIFIERS = words(`
  special economic former deputy senior chief top foreign defence defense acting then new presidential military
  national security press interim outgoing incoming vice assistant associate executive principal lead first second
  permanent regional political financial trade interior finance energy health justice treasury state prime joint
  supreme general main personal local federal provincial municipal city senior junior high-ranking high ranking
  western eastern northern southern european international independent unnamed anonymous several two three four
  many some other government military police intelligence diplomatic defence-ministry company campaign party
  opposition ruling central israeli russian ukrainian american chinese iranian coast border
`);

/** Lower-case connectors inside names ("Minister of Foreign Affairs", "Abu Bakr al-Baghdadi"). */
const CONNECTORS = words(`of for the de del della di da du des la le van von der den al el bin ibn bint ben y`);

export const DETERMINERS = words(`the a an his her its their our this that these those`);

const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|jan\.|feb\.|mar\.|apr\.|jun\.|jul\.|aug\.|sept?\.|oct\.|nov\.|dec\.)$/;

export const PRONOUN_SPEAKERS = words(`he she they we i it`);

export interface Phrase {
  start: number;
  end: number;
  /** Tokens of the phrase, in text order (determiner included). */
  tokens: Token[];
}

const OPEN_MARKS = new Set(['“', '"', '‘', "'", '«']);
const CLOSE_MARKS = new Set(['”', '"', '’', "'", '»']);

/** Whether a word may stand inside a speaker phrase. */
export function isPhraseWord(t: Token): boolean {
  if (t.kind === 'number') return /\d(?:st|nd|rd|th)$/i.test(t.text);
  if (t.kind !== 'word') return false;
  const first = t.text.charCodeAt(0);
  const lower = t.text.toLowerCase();
  if (/^\p{Lu}/u.test(t.text)) return !(PRONOUN_SPEAKERS.has(lower) && t.text.length <= 4) && !CALENDAR.test(lower);
  if (first >= 0x30 && first <= 0x39) return false;
  const bare = lower.replace(/['’]s$/, '');
  return ROLE_NOUNS.has(bare) || SPEAKER_NOUNS.has(bare) || MODIFIERS.has(bare) || CONNECTORS.has(lower) ||
    /^(?:al|el|ad|as|ash|at|az|bin|ibn|abu|abd|ben|van|von|de|d)[-'’]\p{Lu}/u.test(t.text);
}

function isContent(t: Token): boolean {
  return t.kind !== 'punct' && !CONNECTORS.has(t.text.toLowerCase()) && !DETERMINERS.has(t.text.toLowerCase());
}

/** A nickname in marks between two names: John “J.D.” Dorrian. Returns the mark tokens' span length (3) or 0. */
function nicknameAt(tokens: Token[], k: number, dir: 1 | -1): number {
  const a = tokens[k], b = tokens[k + dir], c = tokens[k + 2 * dir];
  if (!a || !b || !c) return 0;
  const open = dir === 1 ? a : c;
  const close = dir === 1 ? c : a;
  if (!OPEN_MARKS.has(open.text) || !CLOSE_MARKS.has(close.text)) return 0;
  if (b.kind !== 'word' || !/^\p{Lu}/u.test(b.text)) return 0;
  const outside = tokens[k + 3 * dir];
  const inside = tokens[k - dir];
  if (!outside || !inside || !/^\p{Lu}/u.test(outside.text) || !/^\p{Lu}/u.test(inside.text)) return 0;
  return 3;
}

/** The speaker phrase that ends at `end` (reading back no further than `lo`). */
export function phraseBefore(scene: Scene, end: number, lo: number): Phrase | null {
  const tokens = scene.tokensIn(Math.max(lo, end - 120), end);
  let k = tokens.length - 1;
  let first = -1;
  let count = 0;
  for (let round = 0; round < 3; round++) {
    while (k >= 0 && count < 12) {
      const t = tokens[k];
      const lower = t.text.toLowerCase();
      // "the", "a": a determiner ends the phrase unless "of the", "for the" joins two names
      if (first >= 0 && t.kind === 'word' && (lower === 'the' || lower === 'a' || lower === 'an') &&
        !(k > 0 && /^(?:of|for|and)$/i.test(tokens[k - 1].text))) break;
      if (isPhraseWord(t)) { first = k; k--; count++; continue; }
      const nick = nicknameAt(tokens, k, -1);
      if (nick && first >= 0) { first = k - 2; k -= 3; continue; }
      break;
    }
    if (first < 0) return null;
    // lower-case modifiers between a determiner and a speaker noun: "the port authority", "the state news agency"
    if (k < 0 || tokens[k].kind !== 'word' || !/^\p{Ll}/u.test(tokens[k].text) || !isSpeakerHead(tokens[tokens.length - 1])) break;
    let det = -1;
    for (let j = k, n = 0; j >= 0 && n < 3 && tokens[j].kind === 'word'; j--, n++) {
      if (DETERMINERS.has(tokens[j].text.toLowerCase())) { det = j; break; }
      if (!/^\p{Ll}/u.test(tokens[j].text) || isVerbLike(tokens[j].text)) break;
    }
    if (det < 0) break;
    first = det + 1;
    // "head of the port authority": read on past "of the"
    if (det > 0 && /^(?:of|for)$/i.test(tokens[det - 1].text)) { k = det; continue; }
    break;
  }
  // a sentence-initial function word is no part of the name ("However Trump said", "Yesterday the ministry said")
  while (first < tokens.length - 1 && tokens[first].kind === 'word' && /^\p{Lu}/u.test(tokens[first].text) &&
    isFunctionWord(tokens[first].text.toLowerCase())) first++;
  while (first < tokens.length && !isContent(tokens[first]) && tokens[first].kind !== 'punct') first++;
  if (first >= tokens.length) return null;
  if (first > 0 && DETERMINERS.has(tokens[first - 1].text.toLowerCase())) first--;
  const ts = tokens.slice(first);
  if (!ts.some(isContent)) return null;
  return { start: ts[0].start, end: ts[ts.length - 1].end, tokens: ts };
}

/** The speaker phrase that starts at `start` (after spaces), reading no further than `hi`. */
export function phraseAfter(scene: Scene, start: number, hi: number): Phrase | null {
  const tokens = scene.tokensIn(start, Math.min(hi, start + 120));
  let k = 0;
  const ts: Token[] = [];
  if (tokens[0] && DETERMINERS.has(tokens[0].text.toLowerCase())) { ts.push(tokens[0]); k = 1; }
  let count = 0;
  while (k < tokens.length && count < 12) {
    const t = tokens[k];
    if (isPhraseWord(t)) { ts.push(t); k++; count++; continue; }
    const nick = ts.length ? nicknameAt(tokens, k, 1) : 0;
    if (nick) { ts.push(tokens[k], tokens[k + 1], tokens[k + 2]); k += 3; continue; }
    // "the port authority", "a local council official": plain modifiers before a speaker noun
    // "WFP country director Helga Sand", "the state electoral commission": plain nouns before a title or a speaker noun
    if (t.kind === 'word' && /^\p{Ll}/u.test(t.text) && !isFiniteVerb(t.text)) {
      let j = k;
      while (j < tokens.length && j < k + 3 && tokens[j].kind === 'word' && /^\p{Ll}/u.test(tokens[j].text) && !isSpeakerHead(tokens[j]) && !isFiniteVerb(tokens[j].text)) j++;
      if (j < tokens.length && isSpeakerHead(tokens[j])) { for (; k <= j; k++) ts.push(tokens[k]); count++; continue; }
    }
    break;
  }
  // connectors and possessive-less trailing words do not end a phrase
  while (ts.length && ts[ts.length - 1].kind !== 'punct' && !isContent(ts[ts.length - 1])) ts.pop();
  if (!ts.some(isContent)) return null;
  return { start: ts[0].start, end: ts[ts.length - 1].end, tokens: ts };
}

const FINITE_TAGS = ['PastTense', 'PresentTense', 'Gerund', 'Copula', 'Modal', 'Auxiliary', 'Preposition', 'Conjunction', 'Adverb'];

/** Whether a lower-case word reads only as a verb or a function word, never as a noun modifying a speaker ("state" can). */
function isFiniteVerb(word: string): boolean {
  const lower = word.toLowerCase();
  const tags = lexiconTags(lower);
  if (tags.size) return FINITE_TAGS.some(t => tags.has(t));
  return isVerbLike(lower);
}

function isSpeakerHead(t: Token): boolean {
  const lower = t.text.toLowerCase().replace(/['’]s$/, '');
  return /^\p{Ll}/u.test(t.text) && (SPEAKER_NOUNS.has(lower) || ROLE_NOUNS.has(lower));
}

/** The phrase's last content word, lower-cased and without a possessive ending. */
export function headOf(phrase: Phrase): string {
  for (let k = phrase.tokens.length - 1; k >= 0; k--) {
    const t = phrase.tokens[k];
    if (isContent(t)) return t.text.toLowerCase().replace(/['’]s$/, '');
  }
  return '';
}

export function isRoleNoun(lower: string): boolean {
  return ROLE_NOUNS.has(lower);
}

const FUNCTION_TAGS = ['Adverb', 'Conjunction', 'Preposition', 'Pronoun', 'Determiner', 'QuestionWord', 'Negative'];
const NOT_FUNCTION = ['FirstName', 'LastName', 'Person', 'Place', 'Country', 'City', 'Organization', 'Demonym', 'ProperNoun'];
const SENTENCE_WORDS = words(`however meanwhile but and yet still also now then so instead later earlier today yesterday
  tonight separately indeed finally moreover furthermore nevertheless nonetheless thus there here this that these those
  when while as if after before since although though because once`);

/** A capitalised sentence-initial word that is an adverb, conjunction or the like, not part of a name. */
function isFunctionWord(lower: string): boolean {
  if (SENTENCE_WORDS.has(lower) || DETERMINERS.has(lower)) return true;
  const tags = lexiconTags(lower);
  if (NOT_FUNCTION.some(t => tags.has(t))) return false;
  return FUNCTION_TAGS.some(t => tags.has(t));
}
