import type { Token } from '../text/tokens';
import type { Gazetteer, GazetteerEntry } from './gazetteer';
import { isOccupation } from './cues';
import { ROLE_NOUNS } from './roles';
import { DIRECTIONS, EVENT_FIRST, FOUNDER_ORG_HEADS, MONTHS_AND_DAYS, ORG_HEADS_BEFORE_OF, PLACE_FIRST, NAME_PARTICLES, ORG_HEADS, isKnownFirstName, PERSON_TITLES, PLACE_HEADS, isCommonWord, lexiconTags } from './lexicon';

/** A proper name found in the text, before it is typed and grouped. */
export interface NameCandidate {
  start: number;
  end: number;
  text: string;
  words: Token[];
  sentence: number;
  /** The capitalised title words directly before the name inside the same run ("US Treasury Secretary"). */
  title: Token[];
  gazetteer?: GazetteerEntry;
  /** The run started a sentence or headline, where capitals say little. */
  initial: boolean;
  /** The name was written with a possessive ending, now cut off. */
  possessive: boolean;
  /** A town and a plural nickname: a sports team ("Harwick Falcons"). */
  team?: boolean;
}

const POSSESSIVE = /['’]s$/;
const CONNECTORS_OF = new Set(['of', 'for']);
const CONNECTORS_BY_NAME = new Set(['on', 'to', 'at']);
const DETERMINERS = new Set(['the', 'a', 'an']);

/** A lower-case Arabic particle joined by a hyphen to a capitalised name, after a given name. */
const PARTICLE_JOINED = /^(?:al|el|ad|ar|as|at|az|an|ash|bin|ibn|abu|abd|ben|bint)[-‐]\p{Lu}/u;

/** Whether a name may end on this word: a capitalised one, or a particle joined to a surname. */
function endsName(t: Token): boolean {
  return isCapitalised(t) || PARTICLE_JOINED.test(t.text);
}

export function isCapitalised(t: Token): boolean {
  if (t.kind === 'number') return false;
  if (t.kind === 'punct') return t.text === '&';
  if (/^\p{N}+\p{Lu}/u.test(t.text)) return true; // "6PR", "3M"
  const c = t.text.codePointAt(0)!;
  const ch = String.fromCodePoint(c);
  return ch !== ch.toLowerCase() || /^\p{Lu}/u.test(t.text);
}

function isAllCaps(word: string): boolean {
  return /^[\p{Lu}\p{N}.&\-]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);
}

/** Finds proper-name runs in one sentence and splits them into names. */
/** Tokens that come right after "the", for names that only count there ("the House"). */
const AFTER_THE = new WeakSet<Token>();

export function findNamesInSentence(sentenceTokens: Token[], index: number, gazetteer: Gazetteer,
  capitalisedElsewhere: (lower: string) => boolean): NameCandidate[] {
  const tokens = splitCompounds(sentenceTokens, gazetteer);
  for (let k = 1; k < tokens.length; k++) if (/^the$/i.test(tokens[k - 1].text)) AFTER_THE.add(tokens[k]);
  const shouting = isShouting(tokens);
  const headline = !shouting && isHeadline(tokens);
  const out: NameCandidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalised(tokens[i]) || tokens[i].text === '&') { i++; continue; }
    const initial = headline || shouting || isInitialPosition(tokens, i);
    const end = extendRun(tokens, i, gazetteer);
    const run = tokens.slice(i, end);
    for (const c of namesInRun(run, initial, gazetteer, capitalisedElsewhere, shouting, headline)) {
      if (c.possessive && (!c.gazetteer || c.gazetteer.weak) && ownsNothing(tokens[end])) { c.end += 2; c.possessive = false; } // "Tate's opened"
      if (c.start === tokens[i].start && i > 0 && !c.gazetteer && numbersUnit(tokens[i - 1], tokens[i], c.words)) {
        c.words = [tokens[i - 1], ...c.words]; c.start = tokens[i - 1].start; // "41st Rifle Brigade"
      }
      out.push({ ...c, sentence: index });
    }
    i = end;
  }
  return out;
}

/** Titles of members of a parliament, written after their party's name ("Labor MP"). */
const MEMBER_TITLES = new Set(['MP', 'MPs', 'MPP', 'MPPs', 'MLA', 'MLAs', 'MEP', 'MEPs', 'MSP', 'MSPs', 'MHA', 'MNA', 'TD', 'TDs']);

/** Heads of military units, which are numbered ("7 Signal Squadron", "12 Brigade"). */
const UNIT_HEADS = new Set(['division', 'wing', 'squadron', 'brigade', 'battalion', 'regiment', 'corps', 'fleet', 'army', 'group', 'flotilla']);

/** An ordinal ("41st") or a unit's number ("7" before "… Squadron") written right before a name is part of it. */
function numbersUnit(number: Token, next: Token, words: Token[]): boolean {
  if (number.kind !== 'number' || next.start !== number.end + 1) return false;
  if (/^\d{1,3}(?:st|nd|rd|th)$/.test(number.text)) return true;
  return /^\d{1,3}$/.test(number.text) && words.length >= 2 && UNIT_HEADS.has(words[words.length - 1].text.toLowerCase());
}

/** Verbs that follow a name directly: a name ending in "'s" before them is a shop's or firm's name, not a possessive. */
const VERBS_AFTER_NAME = new Set(['was', 'is', 'has', 'had', 'became', 'opened', 'closed', 'remains', 'remained']);

/** After a name ending in "'s": punctuation or a verb, nothing the name could own ("Tate's, Penn's and …"). */
function ownsNothing(next: Token | undefined): boolean {
  if (!next) return false;
  if (next.kind === 'punct') return /^[,;:)]$/.test(next.text);
  return VERBS_AFTER_NAME.has(next.text);
}

/** "US-Russia" → "US", "-", "Russia" when each side is a name on its own. */
function splitCompounds(tokens: Token[], gazetteer: Gazetteer): Token[] {
  const out: Token[] = [];
  for (let ti = 0; ti < tokens.length; ti++) {
    const t = tokens[ti];
    // most words have no hyphen: nothing to split
    if (t.kind !== 'word' || !/[-‐]/.test(t.text)) { out.push(t); continue; }
    // "ISIL-held", "Hamas-run": a name before a participle of control is the name alone
    const led = LED_BY_NAME.exec(t.text);
    if (led) {
      const n = led[1].length;
      out.push({ start: t.start, end: t.start + n, text: led[1], kind: 'word' }, { start: t.start + n, end: t.start + n + 1, text: '-', kind: 'punct' },
        { start: t.start + n + 1, end: t.end, text: t.text.slice(n + 1), kind: 'word' });
      continue;
    }
    const parts = t.text.split(/(?<=[\p{L}\p{N}])[-‐](?=\p{Lu})/u);
    // after a given name, a hyphenated word is a double surname ("Noa Ben-Ami"), unless every part is a known country or body
    const prev = out[out.length - 1];
    // "Pierre-Olivier Lemaire": before a surname, a hyphenated word is a double given name
    const next = tokens[ti + 1];
    const beforeName = next && next.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(next.text) && next.start - t.end === 1;
    const afterName = (prev && prev.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(prev.text) && t.start - prev.end === 1) || beforeName;
    const ok = parts.length > 1 && !NAME_PARTICLES.has(parts[0].toLowerCase()) &&
      parts.every(p => afterName ? isStrongName(gazetteer.get(p.replace(POSSESSIVE, ''))) : gazetteer.get(p.replace(POSSESSIVE, '')) || isNameLike(p.replace(POSSESSIVE, '')));
    if (!ok) { out.push(t); continue; }
    let at = t.start;
    parts.forEach((p, k) => {
      if (k > 0) { out.push({ start: at, end: at + 1, text: '-', kind: 'punct' }); at++; }
      out.push({ start: at, end: at + p.length, text: p, kind: 'word' });
      at += p.length;
    });
  }
  return out;
}

function isStrongName(entry: GazetteerEntry | undefined): boolean {
  return !!entry && !entry.weak && entry.type !== 'person';
}

/** A capitalised name joined by a hyphen to a participle of control or origin ("ISIL-held", "Kremlin-backed"). */
const LED_BY_NAME = /^(\p{Lu}[\p{L}\p{N}.]*?)[-‐](?:held|led|backed|run|controlled|occupied|owned|funded|sponsored|linked|affiliated|allied|aligned|supported|dominated|administered|operated|based|made|built|trained|armed|inspired)$/u;

function isNameLike(word: string): boolean {
  const tags = lexiconTags(word.toLowerCase());
  return /^\p{Lu}/u.test(word) && ['LastName', 'FirstName', 'MaleName', 'FemaleName', 'Country', 'City', 'Place', 'Person'].some(t => tags.has(t));
}

const HEADLINE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'as', 'vs', 'with', 'from', 'over']);

/** Headline case: every word but the small ones capitalised, including ordinary words. */
const CREDIT_OPENERS = new Set(['reporting', 'writing', 'editing', 'compiled', 'written', 'reported', 'photographs', 'photos', 'additional']);

function isHeadline(tokens: Token[]): boolean {
  const words = tokens.filter(t => t.kind === 'word');
  if (words.length < 4) return false;
  if (words.some(t => !/^\p{Lu}/u.test(t.text) && !HEADLINE_SMALL_WORDS.has(t.text))) return false;
  // a wire story's credit line: "Reporting by …; Editing by …"
  if (CREDIT_OPENERS.has(words[0].text.toLowerCase()) && words[1].text === 'by') return false;
  // capitalised ordinary words, not the small words every sentence has ("Reporting by Ana Ruiz in Oslo" is no headline)
  return words.filter(t => !HEADLINE_SMALL_WORDS.has(t.text) && isCommonWord(t.text.toLowerCase())).length >= 2;
}

function isShouting(tokens: Token[]): boolean {
  const words = tokens.filter(t => t.kind === 'word' && t.text.length > 1);
  return words.length >= 3 && words.every(t => isAllCaps(t.text) || !/\p{L}/u.test(t.text));
}

/** First word of the sentence, or first after an opening quote, colon or dash. */
function isInitialPosition(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k];
    if (t.kind !== 'punct') return false;
    if (/[:;—–\-"“‘'«(\[]/.test(t.text)) return true;
  }
  return true;
}

/** The end (exclusive) of a run of capitalised words with the connectors names allow inside. */
function extendRun(tokens: Token[], i: number, gazetteer: Gazetteer): number {
  let j = i + 1;
  let hasOf = false;
  while (j < tokens.length) {
    const t = tokens[j];
    if (POSSESSIVE.test(tokens[j - 1].text) && !(j - 1 === i && foundersOrg(tokens, j, gazetteer)) && !possessiveInsideName(tokens, i, j, gazetteer)) break;
    if (isCapitalised(t) && t.text !== '&') { j++; continue; }
    // "Majed al-Ansari", "Abdel Fattah el-Sisi": a particle joined to a surname goes on a name
    if (PARTICLE_JOINED.test(t.text) && t.start === tokens[j - 1].end + 1) { j++; continue; }
    const lower = t.text.toLowerCase();
    const next = tokens[j + 1];
    const nextCap = next && isCapitalised(next) && next.text !== '&';
    if (t.start !== tokens[j - 1].end + 1 && t.start !== tokens[j - 1].end) break;
    if (t.text === '&' && nextCap) {
      if (joinsTwoNames(tokens, i, j)) break;
      j += 1; continue;
    }
    if (!nextCap) {
      // "Ursula von der Leyen", "Vincent van de Berg": particles in a row before the surname
      if (NAME_PARTICLES.has(lower)) {
        let p = j + 1;
        while (p < tokens.length && p < j + 3 && NAME_PARTICLES.has(tokens[p].text.toLowerCase()) && tokens[p].start === tokens[p - 1].end + 1) p++;
        if (p < tokens.length && p > j + 1 && tokens[p].start === tokens[p - 1].end + 1 && isCapitalised(tokens[p]) && tokens[p].text !== '&') { j = p + 1; continue; }
      }
      // "Army of the Danube", "Institute for the Study of Ports": "of the", "for the" before a
      // capitalised word, after an organisation or place head
      const third = tokens[j + 2];
      if (CONNECTORS_OF.has(lower) && next && next.text === 'the' && third && isCapitalised(third) && third.text !== '&' &&
        next.start === t.end + 1 && third.start === next.end + 1 && allowsOf(tokens.slice(i, j), gazetteer, tokens.slice(i, j + 3), false)) {
        hasOf = true; j += 2; continue;
      }
      // "Saint Vincent and the Grenadines": "and the" inside a name the gazetteer knows
      if (lower === 'and' && next && next.text === 'the' && third && isCapitalised(third) && knownNameThrough(tokens, i, j + 3, gazetteer)) { j += 2; continue; }
      break;
    }
    // "Kettle's Brigade of Orrin's Division": "of" before another founder's organisation ends the first
    if (CONNECTORS_OF.has(lower) && POSSESSIVE.test(next.text) && foundersOrg(tokens, j + 2, gazetteer)) break;
    if (CONNECTORS_OF.has(lower) && allowsOf(tokens.slice(i, j), gazetteer, tokens.slice(i, j + 2))) { hasOf = true; j++; continue; }
    if (CONNECTORS_BY_NAME.has(lower) && gazetteerPrefix(tokens.slice(i, j + 2), gazetteer)) { j++; continue; }
    if (lower === 'the' && hasOf) { j++; continue; }
    // "Department of Health and Welfare"; "in" only inside a known name ("… Co-operation in Europe"), not "… of Avon in Wessex"
    if (lower === 'and' && hasOf) { j++; continue; }
    if (lower === 'in' && hasOf && gazetteerPrefix(tokens.slice(i, j + 2), gazetteer)) { j++; continue; }
    // "Trinidad and Tobago", "Dar es Salaam": a known name with a small word inside
    if ((lower === 'and' || /^\p{Ll}{1,3}$/u.test(t.text)) && knownNameThrough(tokens, i, j + 2, gazetteer)) { j++; continue; }
    // "Peace and Security Council", "Trade and Industry Ministry": "and" between two words of one body's name
    if (lower === 'and' && (j === i + 1 || (j === i + 2 && DETERMINERS.has(tokens[i].text.toLowerCase()))) && andBeforeHead(tokens, j, gazetteer)) { j++; continue; }
    if (NAME_PARTICLES.has(lower)) { j++; continue; }
    break;
  }
  // a run may not end on a connector
  while (j > i + 1 && !endsName(tokens[j - 1])) j--;
  return j;
}

/** Whether the capitalised words after "and" at `j` end, within three, in an organisation's head word. */
function andBeforeHead(tokens: Token[], j: number, gazetteer: Gazetteer): boolean {
  const known = gazetteer.get(tokens[j - 1].text);
  if (known && !known.weak) return false; // "Russia and China …" are two names
  let k = j + 1;
  while (k < tokens.length && k <= j + 3 && isCapitalised(tokens[k]) && tokens[k].start <= tokens[k - 1].end + 1) {
    if (ORG_HEADS.has(tokens[k].text.toLowerCase())) return k > j + 1 && !POSSESSIVE.test(tokens[j - 1].text);
    k++;
  }
  return false;
}

/**
 * "Pemberton's Limited", "Kettle's Brigade": after a one-word possessive the gazetteer does not
 * know as a place or organisation, capitalised words (from `j`) ending in a head that
 * organisations named after a founder or commander use.
 */
function foundersOrg(tokens: Token[], j: number, gazetteer: Gazetteer): boolean {
  const owner = tokens[j - 1];
  if (!owner || owner.kind !== 'word' || !POSSESSIVE.test(owner.text) || !/^\p{Lu}\p{Ll}/u.test(owner.text)) return false;
  const known = gazetteer.get(owner.text.replace(POSSESSIVE, ''));
  if (known && !known.weak && known.type !== 'person') return false;
  let k = j;
  while (k < tokens.length && k - j < 3 && isCapitalised(tokens[k]) && tokens[k].text !== '&' && tokens[k].start <= tokens[k - 1].end + 1 && !POSSESSIVE.test(tokens[k].text)) k++;
  return k > j && FOUNDER_ORG_HEADS.has(tokens[k - 1].text.toLowerCase()) && (k === tokens.length || !isCapitalised(tokens[k]));
}

/**
 * "&" between two names of two words or more ("Lena Marsh & Tom Reyes") lists them;
 * "&" with a single word on either side ("Marks & Spencer", "Ravel & the Strangers"),
 * or before an organisation's head ("Smith & Sons Holdings"), is inside one name.
 */
function joinsTwoNames(tokens: Token[], i: number, amp: number): boolean {
  if (amp - i < 2) return false;
  let k = amp + 1;
  while (k < tokens.length && isCapitalised(tokens[k]) && tokens[k].text !== '&' && tokens[k].start <= tokens[k - 1].end + 1) k++;
  if (k - (amp + 1) < 2) return false;
  return !ORG_HEADS.has(tokens[k - 1].text.toLowerCase()) && !ORG_HEADS.has(tokens[amp - 1].text.toLowerCase());
}

function allowsOf(run: Token[], gazetteer: Gazetteer, extended: Token[], titles = true): boolean {
  const words = run.map(t => t.text.toLowerCase());
  if (ORG_HEADS_BEFORE_OF.has(words[words.length - 1])) return true;
  // "Chief of Staff", "Governor of the Central Bank": "of" right after a title
  if (titles && PERSON_TITLES.has(words[words.length - 1]) && !/\.$/.test(words[words.length - 1])) return true;
  if (words.some(w => ORG_HEADS.has(w) || PLACE_HEADS.has(w) || EVENT_FIRST.has(w) || (titles && (w === 'members' || w === 'secretary' || w === 'minister')))) return true;
  return !!gazetteerPrefix(extended, gazetteer);
}

/** Whether tokens from `i` (after a determiner a sentence start capitalised) to `end` are a name the gazetteer knows. */
function knownNameThrough(tokens: Token[], i: number, end: number, gazetteer: Gazetteer): boolean {
  const from = DETERMINERS.has(tokens[i].text.toLowerCase()) ? i + 1 : i;
  return !!gazetteerPrefix(tokens.slice(from, end), gazetteer);
}

function gazetteerPrefix(tokens: Token[], gazetteer: Gazetteer): GazetteerEntry | undefined {
  return gazetteer.get(tokens.map(t => t.text).join(' '));
}

/** Splits a run into names: cuts off leading common words, titles and possessive endings. */
function namesInRun(run: Token[], initial: boolean, gazetteer: Gazetteer,
  capitalisedElsewhere: (lower: string) => boolean, shouting: boolean, headline: boolean): Omit<NameCandidate, 'sentence'>[] {
  const out: Omit<NameCandidate, 'sentence'>[] = [];
  let words = run;
  // leading words a sentence start capitalised: "The", "However", "Having"
  while (words.length && initial && words === run && !gazetteerLongest(words, 0, gazetteer)) {
    const lower = words[0].text.toLowerCase().replace(POSSESSIVE, '');
    // "Randy Morrow left": a given name that is also a word, before a surname no list knows
    const known = words.length > 1 ? gazetteerLongest(words, 1, gazetteer) : undefined;
    const givenName = words.length > 1 && isKnownFirstName(lower) && !lexiconTags(lower).has('Modal') && (!known || !!known.entry.weak) &&
      !isCommonWord(words[1].text.toLowerCase().replace(POSSESSIVE, ''));
    if (DETERMINERS.has(lower) || (isCommonWord(lower) && !capitalisedElsewhere(lower) && !givenName && !PERSON_TITLES.has(lower))) {
      words = words.slice(1);
    } else break;
  }
  while (words.length && DETERMINERS.has(words[0].text.toLowerCase()) && !gazetteerLongest(words, 0, gazetteer)) words = words.slice(1);
  while (words.length && !isCapitalised(words[0])) words = words.slice(1);
  // "Labor MP", "a Liberal MPP": the member's title after a party's name is not part of it
  if (words.length > 1 && MEMBER_TITLES.has(words[words.length - 1].text)) words = words.slice(0, -1);
  if (!words.length) return out;
  if (shouting) return gazetteerOnly(words, gazetteer, false, true);
  if (headline) return headlineNames(words, gazetteer, capitalisedElsewhere);

  // titles inside the run: "US Treasury Secretary Scott Bessent"
  let titleEnd = -1;
  const endsWithHead = ORG_HEADS.has(words[words.length - 1].text.toLowerCase());
  for (let k = endsWithHead ? -1 : words.length - 2; k >= 0; k--) {
    // after "Minister of Foreign", "Affairs" is still the office, no one's name
    const titled = isTitleWord(words[k], words.length - k - 1) ||
      (titleOfDomain(words, k) && !words.slice(k + 1).every(w => isCommonWord(w.text.toLowerCase().replace(POSSESSIVE, ''))));
    if (titled && isCapitalised(words[k + 1]) && !coveredByGazetteer(words, k, gazetteer) && looksLikePersonName(words.slice(k + 1))) { titleEnd = k; break; }
  }
  let title: Token[] = [];
  if (titleEnd >= 0) {
    title = words.slice(0, titleEnd + 1);
    out.push(...gazetteerOnly(title, gazetteer, true));
    words = words.slice(titleEnd + 1);
  } else if (words.length && PERSON_TITLES.has(words[words.length - 1].text.toLowerCase()) && !gazetteerLongest(words, 0, gazetteer)?.length) {
    // a run that is only a title ("Prime Minister"): its place or organisation words still count
    return gazetteerOnly(words, gazetteer);
  } else if (words.length > 2 && PERSON_TITLES.has(words[0].text.toLowerCase()) && words[1].text === 'of' && !gazetteerLongest(words, 0, gazetteer)) {
    // an office and its domain with no name after it: "the Mayor of Brampton" names Brampton;
    // "Secretary of State", "Minister of Foreign Affairs" name nothing
    words = words.slice(2);
    // "Minister of Foreign Affairs of Kenya": after the domain, "of" and the country it serves
    const of = words.map(w => w.text).lastIndexOf('of');
    if (of > 0 && words.slice(0, of).every(w => isCommonWord(w.text.toLowerCase()))) words = words.slice(of + 1);
    if (words.every(w => isCommonWord(w.text.toLowerCase()))) return gazetteerOnly(words, gazetteer);
  }
  while (words.length && !isCapitalised(words[0])) words = words.slice(1);
  if (!words.length) return out;

  for (const piece of splitByGazetteer(words, gazetteer)) {
    const last = piece.words[piece.words.length - 1];
    const possessive = endsInPossessive(piece.words, gazetteer);
    const start = piece.words[0].start;
    const end = possessive ? last.end - 2 : last.end;
    if (end <= start) continue;
    const single = piece.words.length === 1;
    const lower = piece.words[0].text.toLowerCase().replace(POSSESSIVE, '');
    // a lone capitalised common word at the start of a sentence ("Notably") is no name
    if (single && initial && !piece.entry && isCommonWord(lower) && !capitalisedElsewhere(lower)) continue;
    if (single && !piece.entry && isMonthOrDay(lower)) continue;
    if (single && piece.words[0].text === 'I') continue; // the pronoun, inside a quotation mostly
    out.push({ start, end, text: '', words: piece.words, title, gazetteer: piece.team ? undefined : piece.entry,
      initial, possessive, team: piece.team });
    title = [];
  }
  return out;
}

/**
 * In headline case every word has a capital, so a word counts as a name only when the
 * gazetteer knows it or the article capitalises it mid-sentence elsewhere.
 */
function headlineNames(words: Token[], gazetteer: Gazetteer, capitalisedElsewhere: (lower: string) => boolean): Omit<NameCandidate, 'sentence'>[] {
  const out: Omit<NameCandidate, 'sentence'>[] = [];
  let run: Token[] = [];
  const flush = () => {
    const ws = trimConnectors(run);
    run = [];
    if (!ws.length) return;
    const last = ws[ws.length - 1];
    const possessive = POSSESSIVE.test(last.text);
    out.push({ start: ws[0].start, end: possessive ? last.end - 2 : last.end, text: '', words: ws, title: [], initial: true, possessive });
  };
  for (let k = 0; k < words.length;) {
    let m = gazetteerLongest(words, k, gazetteer);
    // a town's name that starts a longer unknown name ("Daphne Kowalczyk") is part of it
    if (m?.entry.weak && m.length === 1 && words[k + 1] && continuesName(words[k + 1], capitalisedElsewhere)) m = undefined;
    if (m) {
      flush();
      out.push(...gazetteerOnly(words.slice(k, k + m.length), gazetteer));
      k += m.length;
      continue;
    }
    if (continuesName(words[k], capitalisedElsewhere) || (m === undefined && gazetteerLongest(words, k, gazetteer))) run.push(words[k]);
    else flush();
    k++;
  }
  flush();
  return out;
}

function continuesName(t: Token, capitalisedElsewhere: (lower: string) => boolean): boolean {
  const lower = t.text.toLowerCase().replace(POSSESSIVE, '');
  return capitalisedElsewhere(lower) && !isCommonWord(lower);
}

/** A title ("Minister") or a capitalised occupation ("Engineer", "Sheriff") written before a full name. */
function isTitleWord(t: Token, namesAfter: number): boolean {
  const lower = t.text.toLowerCase();
  return PERSON_TITLES.has(lower) || (namesAfter >= 2 && /^\p{Lu}\p{Ll}+$/u.test(t.text) && isOccupation(lower));
}

/** "Secretary of State", "Minister of Foreign Affairs": a title, "of" and one or two words of its domain, ending at `k`. */
function titleOfDomain(words: Token[], k: number): boolean {
  if (k >= 2 && words[k - 1].text === 'of' && PERSON_TITLES.has(words[k - 2].text.toLowerCase())) return true;
  // two words of domain, neither of them a given name: "Foreign Affairs", not "State Marcus"
  return k >= 3 && words[k - 2].text === 'of' && PERSON_TITLES.has(words[k - 3].text.toLowerCase()) &&
    !isKnownFirstName(words[k].text.toLowerCase()) && !isKnownFirstName(words[k - 1].text.toLowerCase());
}

/** After a title, a person's name: no organisation or place heads, not only ordinary words ("Major Fjord Hockey" is no major). */
function looksLikePersonName(words: Token[]): boolean {
  const heads = (w: Token) => { const l = w.text.toLowerCase().replace(POSSESSIVE, ''); return ORG_HEADS.has(l) || PLACE_HEADS.has(l); };
  if (words.some(heads)) return false;
  // "Affairs of Kenya": "of" or "for" inside belongs to an office or a body, not a person's name
  if (words.some(w => w.text === 'of' || w.text === 'for')) return false;
  if (words.length === 1 || isKnownFirstName(words[0].text.toLowerCase())) return true;
  // a run of ordinary words only ("League Baseball") is no one's name; "Ash Carter" is
  return !words.every(w => isCommonWord(w.text.toLowerCase().replace(POSSESSIVE, '')));
}

/** Month abbreviations, with or without their full stop ("Oct 8", "Nov. 4"). */
const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

function isMonthOrDay(lower: string): boolean {
  return MONTHS_AND_DAYS.has(lower) || MONTH_ABBREVIATIONS.has(lower.replace(/\.$/, ''));
}

/**
 * Only the names the gazetteer knows. Inside a title ("US Treasury Secretary") a country
 * that heads an institution's name is the mention, not the institution.
 */
function gazetteerOnly(words: Token[], gazetteer: Gazetteer, inTitle = false, shouting = false): Omit<NameCandidate, 'sentence'>[] {
  const out: Omit<NameCandidate, 'sentence'>[] = [];
  for (let k = 0; k < words.length;) {
    let m = gazetteerLongest(words, k, gazetteer);
    // in text all in capitals, "IS" or "AT" is the word, not the acronym
    if (m && shouting && m.length === 1 && isGrammarWord(words[k].text.toLowerCase())) m = undefined;
    let skip = 0;
    if (m && inTitle && m.length > 1 && m.entry.type === 'organization') {
      const head = gazetteer.get(words[k].text);
      if (head?.type === 'place') { skip = m.length - 1; m = { length: 1, entry: head }; }
    }
    if (m) {
      const ws = words.slice(k, k + m.length);
      const last = ws[ws.length - 1];
      const possessive = endsInPossessive(ws, gazetteer);
      out.push({ start: ws[0].start, end: possessive ? last.end - 2 : last.end, text: '', words: ws, title: [], gazetteer: m.entry, initial: false, possessive });
      k += m.length + skip;
    } else k++;
  }
  return out;
}

const GRAMMAR_TAGS = ['Copula', 'Preposition', 'Conjunction', 'Determiner', 'Modal'];

function isGrammarWord(lower: string): boolean {
  const tags = lexiconTags(lower);
  return GRAMMAR_TAGS.some(t => tags.has(t));
}

/** Whether a name's last word ends in a possessive that is no part of it: "Putin's", but not "Moody's". */
function endsInPossessive(words: Token[], gazetteer: Gazetteer): boolean {
  return POSSESSIVE.test(words[words.length - 1].text) && !gazetteer.get(joinTokens(words));
}

/** The words as written, a space where the text has one ("S&P", "Standard & Poor's"). */
function joinTokens(words: Token[]): string {
  return words.map((t, i) => (i > 0 && t.start > words[i - 1].end ? ' ' : '') + t.text).join('');
}

function gazetteerLongest(words: Token[], k: number, gazetteer: Gazetteer): { length: number; entry: GazetteerEntry } | undefined {
  for (let n = Math.min(gazetteer.maxWords, words.length - k); n >= 1; n--) {
    const ws = words.slice(k, k + n);
    const phrase = joinTokens(ws);
    // a name that ends in 's itself ("Moody's", "Standard & Poor's"), before the possessive is cut off
    const own = POSSESSIVE.test(phrase) ? gazetteer.get(phrase, AFTER_THE.has(ws[0])) : undefined;
    if (own) return { length: n, entry: own };
    const entry = gazetteer.get(phrase.replace(POSSESSIVE, ''), AFTER_THE.has(ws[0]));
    if (entry) return { length: n, entry };
  }
  return undefined;
}

/**
 * Whether the possessive before tokens[j] is inside a name the gazetteer knows ("People's
 * Bank of China"), not a known name owning what follows ("Russia's Defence Ministry" is
 * Russia and its ministry).
 */
function possessiveInsideName(tokens: Token[], i: number, j: number, gazetteer: Gazetteer): boolean {
  if (gazetteer.get(tokens[j - 1].text.replace(POSSESSIVE, ''), false)) return false;
  for (let s = i; s < j; s++) {
    const m = gazetteerLongest(tokens, s, gazetteer);
    if (m && s + m.length > j) return true;
  }
  return false;
}

function coveredByGazetteer(words: Token[], k: number, gazetteer: Gazetteer): boolean {
  for (let s = 0; s <= k; s++) {
    const m = gazetteerLongest(words, s, gazetteer);
    if (m && s + m.length > k && m.length > 1) return true;
  }
  return false;
}

/**
 * A run that is a sequence of known names ("Russia Ukraine") splits into them; a run that
 * ends in an organisation or place head ("Baltic Russia Policy Centre") stays whole.
 */
/** Whether a run is a country or continent the gazetteer knows, then one or two ordinary words that are no title, head or month. */
function countryAndWords(words: Token[], gazetteer: Gazetteer): boolean {
  if (words.length < 2 || words.length > 3 || POSSESSIVE.test(words[0].text)) return false;
  const first = gazetteer.get(words[0].text);
  if (!first || first.weak || first.type !== 'place' || !first.knowledgeId?.startsWith('country-') && !/^(?:Europe|Africa|Asia)$/.test(words[0].text)) return false;
  if (isKnownFirstName(words[0].text.toLowerCase())) return false;
  return words.slice(1).every(w => {
    const lower = w.text.toLowerCase().replace(POSSESSIVE, '');
    return /^\p{Lu}\p{Ll}+$/u.test(w.text) && isCommonWord(lower) && !gazetteer.get(w.text) && !PERSON_TITLES.has(lower) && !ROLE_NOUNS.has(lower) &&
      !ORG_HEADS.has(lower) && !PLACE_HEADS.has(lower) && !isMonthOrDay(lower) && !HEADLINE_SMALL_WORDS.has(lower) && !isOccupation(lower);
  });
}

function splitByGazetteer(words: Token[], gazetteer: Gazetteer): Array<{ words: Token[]; entry?: GazetteerEntry; team?: boolean }> {
  const whole = gazetteerLongest(words, 0, gazetteer);
  if (whole && whole.length === words.length) return [{ words, entry: whole.entry }];
  const head = words[words.length - 1].text.toLowerCase().replace(POSSESSIVE, '');
  if (words.length > 1 && (ORG_HEADS.has(head) || PLACE_HEADS.has(head))) return [{ words }];
  const pieces: Array<{ words: Token[]; entry?: GazetteerEntry }> = [];
  if (words.length > 1 && DIRECTIONS.has(words[0].text.toLowerCase())) {
    const place = gazetteerLongest(words, 1, gazetteer);
    if (place && place.length === words.length - 1 && place.entry.type === 'place') return [{ words, entry: { name: words.map(w => w.text).join(' '), type: 'place' } }];
  }
  if (words.length > 1 && !gazetteer.get(words[0].text)) {
    // "Lake Geneva": a geographic word before a known place; "New Carthage", "Old Arden": an ordinary word glued to one
    const first = words[0].text.toLowerCase();
    const place = gazetteerLongest(words, 1, gazetteer);
    if (place && place.length === words.length - 1 && place.entry.type === 'place' &&
      (PLACE_FIRST.has(first) || (/^\p{Lu}\p{Ll}+$/u.test(words[0].text) && isCommonWord(first) && !isKnownFirstName(first) && !PERSON_TITLES.has(first) && !ORG_HEADS.has(first)))) {
      return [{ words, entry: { name: words.map(w => w.text).join(' '), type: 'place' } }];
    }
  }
  // "France Inter", "Europe Now", "Russia Today": a country or continent and ordinary capitalised words after it name an outlet or a movement
  const whole2 = countryAndWords(words, gazetteer);
  if (whole2) return [{ words, entry: { name: words.map(w => w.text).join(' '), type: 'organization' } }];
  // "Harwick Falcons": a known town (no country) and one plural nickname name a team
  if (words.length >= 2 && isNickname(words[words.length - 1])) {
    const town = gazetteerLongest(words, 0, gazetteer);
    if (town && town.length === words.length - 1 && town.entry.type === 'place' && !lexiconTags(town.entry.name.toLowerCase()).has('Country')) {
      return [{ words, entry: { name: words.map(w => w.text).join(' '), type: 'organization' }, team: true }];
    }
  }
  let rest: Token[] = [];
  for (let k = 0; k < words.length;) {
    const m = gazetteerLongest(words, k, gazetteer);
    if (m && !m.entry.weak && words[k].text !== '&' && (m.length > 1 || m.entry.type !== 'person')) {
      if (rest.length) pieces.push({ words: rest });
      rest = [];
      pieces.push({ words: words.slice(k, k + m.length), entry: m.entry });
      k += m.length;
    } else {
      rest.push(words[k]);
      k++;
    }
  }
  if (rest.length) pieces.push({ words: rest });
  // a known name glued to unknown capitalised words is one longer name ("Hamas Political Bureau")
  if (pieces.length > 1 && pieces.some(p => !p.entry) && !pieces.every(p => p.entry || p.words.length === 1)) return [{ words }];
  return pieces.map(p => ({ ...p, words: trimConnectors(p.words) })).filter(p => p.words.length);
}

/** A team's nickname: one capitalised plural word ("Falcons", "Rovers"), not a nationality or a head. */
function isNickname(t: Token): boolean {
  const lower = t.text.toLowerCase();
  if (!/^\p{Lu}\p{Ll}+s$/u.test(t.text) || /(?:ss|us|is)$/.test(lower)) return false;
  if (ORG_HEADS.has(lower) || PLACE_HEADS.has(lower) || PLACE_KINDS_PLURAL.has(lower)) return false;
  const tags = lexiconTags(lower);
  return !tags.has('Demonym') && !tags.has('Country') && !tags.has('City');
}

/** Plural words after a town that make a place, not a team ("Harwick Heights" is covered by the place heads). */
const PLACE_KINDS_PLURAL = new Set(['hills', 'mountains', 'islands', 'falls', 'springs', 'lakes', 'woods', 'gardens', 'fields', 'meadows', 'sands', 'downs', 'flats', 'narrows', 'rapids', 'keys', 'rocks', 'cliffs', 'plains', 'highlands', 'docks', 'towers', 'estates', 'villas', 'courts', 'wells', 'greens', 'heights', 'oaks', 'pines', 'palms', 'acres', 'banks']);

function trimConnectors(words: Token[]): Token[] {
  let s = 0, e = words.length;
  while (s < e && !isCapitalised(words[s])) s++;
  while (e > s && (!endsName(words[e - 1]) || words[e - 1].text === '&')) e--;
  return words.slice(s, e);
}
