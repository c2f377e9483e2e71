import type { Entity, Role, Sentence } from '../types';
import { tokenize, type Token } from '../text/tokens';
import type { NameCandidate } from './names';
import { PERSON_TITLES, hasFiniteVerb, lexiconTags } from './lexicon';
import { isPersonNoun } from './cues';

/** Nouns that make a phrase a role ("head of …", "director of …", "economic envoy"). */
export const ROLE_NOUNS = new Set([...PERSON_TITLES, ...`
  head director chief leader member founder co-founder analyst expert professor researcher fellow correspondent
  editor reporter ceo cfo chairman chairwoman president minister secretary spokesman spokeswoman spokesperson envoy
  ambassador commander officer adviser advisor aide governor mayor lawmaker deputy senator author economist journalist
  negotiator representative official diplomat strategist historian lawyer attorney prosecutor judge chancellor
  premier general colonel admiral captain lieutenant sergeant director-general secretary-general owner manager
  executive president-elect candidate nominee rapporteur coordinator administrator inspector commissioner
  scientist businessman businesswoman activist campaigner lecturer physician doctor engineer
  `.split(/\s+/).filter(Boolean)]);

const ROLE_MODIFIERS = new Set(`special economic former deputy senior chief top foreign defence defense acting then new
  presidential military national security press interim outgoing incoming vice assistant associate executive
  principal lead first second permanent regional political financial trade interior finance energy health
  justice treasury state prime joint supreme general main personal`.split(/\s+/));

const STOP_BEFORE = new Set(['the', 'a', 'an', 'and', 'or', 'with', 'by', 'to', 'of', 'as', 'including', 'from', 'said', 'says']);

/** The roles the text gives a name if it is a person's, in the order they are added to the person. */
export function rolesOfName(text: string, sentence: Sentence, sentenceTokens: Token[], c: Pick<NameCandidate, 'start' | 'end' | 'possessive'>): Role[] {
  const out: Role[] = [];
  for (const r of [titleBefore(text, sentenceTokens, c), appositiveAfter(text, sentence, c), appositiveBefore(text, sentence, c), byline(text, sentence, c)]) if (r) out.push(r);
  return out;
}

/** Adds roles to an entity, each span once. */
export function addRoles(entity: Entity, roles: readonly Role[]): void {
  for (const r of roles) if (!entity.roles.some(x => x.start === r.start && x.end === r.end)) entity.roles.push(r);
}

/** "Kremlin spokesman Dmitry Peskov", "US Treasury Secretary Scott Bessent", "special envoy Steve Witkoff". */
function titleBefore(text: string, sentenceTokens: Token[], c: Pick<NameCandidate, 'start'>): Role | null {
  const tokens = sentenceTokens;
  let k = tokens.length - 1;
  while (k >= 0 && tokens[k].end > c.start) k--;
  let start = -1;
  let end = -1;
  let hasNoun = false;
  let domains = 0;
  // "Secretary of State", "Minister of Foreign Affairs": the domain after "of" ends the title
  for (const n of [1, 2]) {
    const of = k - n;
    if (of < 1 || tokens[of].text !== 'of' || !ROLE_NOUNS.has(tokens[of - 1].text.toLowerCase())) continue;
    if (!tokens.slice(of + 1, k + 1).every(t => t.kind === 'word' && /^\p{Lu}/u.test(t.text))) continue;
    end = tokens[k].end; start = tokens[of - 1].start; hasNoun = true; k = of - 2;
    break;
  }
  for (; k >= 0; k--) {
    const t = tokens[k];
    const lower = t.text.toLowerCase();
    // "Bank of Japan Governor", "Chairwoman of the Council of Ministers": "of" (and "the") between capitalised words of a title
    if (end >= 0 && ((lower === 'of' && (isCapitalisedWord(tokens[k + 1]) || tokens[k + 1]?.text === 'the') && isCapitalisedWord(tokens[k - 1])) ||
      (lower === 'the' && isCapitalisedWord(tokens[k + 1]) && tokens[k - 1]?.text === 'of'))) { start = t.start; continue; }
    if (t.kind !== 'word' || STOP_BEFORE.has(lower) || (isFunctionWord(lower) && !ROLE_MODIFIERS.has(lower) && t.text !== t.text.toUpperCase())) break;
    const isTitle = ROLE_NOUNS.has(lower);
    // "WFP country director", "central bank governor": up to two plain nouns name the office's domain
    const isDomain = !isTitle && end >= 0 && domains < 2 && isDomainNoun(lower);
    if (isDomain) domains++;
    const isModifier = ROLE_MODIFIERS.has(lower) || /^\p{Lu}/u.test(t.text) || isDomain;
    if (!isTitle && !isModifier) break;
    if (end < 0) {
      if (!isTitle) break; // the word right before the name must be a title
      end = t.end;
    }
    if (isTitle) hasNoun = true;
    start = t.start;
  }
  if (!hasNoun || start < 0) return null;
  // do not swallow a possessive owner or a preceding name that is not part of the title
  return role(text, start, end, 'title');
}

/** Nouns that name an office's domain before its title ("party", "union", "police" read as other words to the lexicon). */
const DOMAIN_NOUNS = new Set(['party', 'union', 'police', 'opposition', 'rebel', 'army', 'navy', 'campaign', 'council', 'court', 'central']);
const DOMAIN_TAGS = new Set(['Singular', 'Noun', 'Uncountable', 'Adjective']);

function isCapitalisedWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
}

const OPENING_ADVERBS = new Set(['later', 'earlier', 'yesterday', 'today', 'now', 'also', 'separately']);
const FUNCTION_TAGS = ['Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun'];

/** "Later", "Meanwhile", "But": words that open a sentence before a title and are no part of it. */
function isFunctionWord(lower: string): boolean {
  if (OPENING_ADVERBS.has(lower)) return true;
  const tags = lexiconTags(lower);
  return FUNCTION_TAGS.some(t => tags.has(t));
}

/** Whether a lower-case word can name the domain of a title: a plain noun, not a verb or a function word. */
function isDomainNoun(lower: string): boolean {
  if (DOMAIN_NOUNS.has(lower)) return true;
  if (!/^\p{Ll}[\p{Ll}-]+$/u.test(lower) || /(?:ed|ing|ly)$/.test(lower)) return false;
  return [...lexiconTags(lower)].every(t => DOMAIN_TAGS.has(t));
}

// a role ends before a relative clause of its own: "a 61-year-old lawyer [who has promised …]"
const APPOSITIVE_AFTER = /^,\s+((?:the |a |an )?[^,;:“”"()]{3,140}?)(?=,|\.(?:\s|$)|;|\s+(?:said|says|told|wrote|added|who|whose|which)\b|$)/;
const RELATIVE_AFTER = /^,\s+who\s+(?:is|was|has been|had been|serves as|served as|became)\s+((?:the |a |an )?[^,;:“”"()]{3,140}?)(?=,|\.(?:\s|$)|;|\s+(?:who|whose|which)\b|$)/;
const COPULA_AFTER = /^\s+(?:is|was|has been|serves as)\s+((?:the |a |an )[^,;:“”"()]{3,120}?)(?=,|\.(?:\s|$)|;|\s+(?:who|whose|which)\b|$)/;

/** "Nadia Petrova, head of the Duma’s budget committee, said" and relative or copula forms. */
function appositiveAfter(text: string, sentence: Sentence, c: Pick<NameCandidate, 'end' | 'possessive'>): Role | null {
  const from = c.end + (c.possessive ? 2 : 0);
  if (c.possessive) return null;
  const rest = text.slice(from, sentence.end);
  for (const [re, source] of [[RELATIVE_AFTER, 'relative'], [COPULA_AFTER, 'copula'], [APPOSITIVE_AFTER, 'appositive']] as const) {
    const m = re.exec(rest);
    if (!m) continue;
    const phrase = m[1];
    if (!isRolePhrase(phrase)) continue;
    const start = from + m[0].length - phrase.length;
    return role(text, start, start + phrase.length, source);
  }
  return null;
}

/** "The president’s trade envoy, Ilya Marchenko, flew …" */
function appositiveBefore(text: string, sentence: Sentence, c: Pick<NameCandidate, 'start' | 'end'>): Role | null {
  // "The court's president, Judge Ama Iwa,": the title before the name stands between them
  const before = text.slice(sentence.start, c.start).replace(TRAILING_TITLES, '');
  const m = /(?:^|[,;:]\s*)([^,;:“”"()]{3,90}),\s*$/.exec(before);
  if (!m) return null;
  const after = text.slice(c.end, Math.min(sentence.end, c.end + 2));
  if (!/^[,.]/.test(after) && c.end !== sentence.end) return null;
  const whole = m[1].trim();
  const phrase = roleNounPhraseAtEnd(whole);
  if (!phrase) return null;
  const start = sentence.start + m.index + m[0].indexOf(whole) + whole.length - phrase.length;
  return role(text, start, start + phrase.length, 'appositive');
}

const TRAILING_TITLES = new RegExp(`(?<=,\\s*)(?:(?:${[...PERSON_TITLES].map(t => t.replace(/[.]/g, '\\.')).join('|')})\\.?\\s+){1,3}$`, 'i');

/** A role named before a comma: "its special envoy", "A spokesman for the Harbour Authority". */
const ROLE_OF = /^(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\p{L}’'-]+\s+){0,3}?([\p{L}-]+)\s+(?:for|of|at|to)\s/iu;
const VERB_INSIDE = /\b(?:said|says|told|is|was|are|were|has|had|have|will|would|could|can)\b/;

/**
 * The role phrase that ends a stretch of text before a name: the whole stretch, or from its
 * last determiner ("Whitehall sources said [the chancellor]", "represented by [its special envoy]").
 */
function roleNounPhraseAtEnd(stretch: string): string | null {
  const starts = [0];
  for (const d of stretch.matchAll(/(?:^|\s)(?:the|a|an|its|his|her|their)\s/gi)) starts.push(d.index! + (d[0].startsWith(' ') ? 1 : 0));
  for (const at of starts) {
    const phrase = stretch.slice(at).trim();
    if (VERB_INSIDE.test(phrase) || hasFiniteVerb(phrase) || !isRolePhrase(phrase)) continue;
    const words = tokenize(phrase).filter(t => t.kind === 'word');
    // with a preposition inside, the noun before it heads the phrase ("a spokesman for …", not "a test for …")
    if (/\s(?:for|of|at|to|in|with)\s/i.test(phrase)) {
      const roleOf = ROLE_OF.exec(phrase);
      if (roleOf && ROLE_NOUNS.has(roleOf[1].toLowerCase()) && words.length <= 10) return phrase;
    } else if (ROLE_NOUNS.has(words[words.length - 1].text.toLowerCase())) return phrase;
  }
  return null;
}

function byline(text: string, sentence: Sentence, c: Pick<NameCandidate, 'start'>): Role | null {
  // "By Anna Vollmer", and the co-authors after her: "By Anna Vollmer and Jonas Kask"
  const m = /^By\s+(?:(?:\p{Lu}[\p{L}’'.-]*\s+){1,4}(?:and|&|,)\s+){0,3}$/u.exec(text.slice(sentence.start, c.start).replace(/\s*,\s*/g, ' , '));
  if (!m || sentence.end - sentence.start > 80) return null;
  return role(text, sentence.start, sentence.start + 2, 'byline');
}

function isRolePhrase(phrase: string): boolean {
  const words: Token[] = tokenize(phrase).filter(t => t.kind === 'word');
  if (!words.length || words.length > 18) return false;
  if (/^(?:who|which|that|and|but|he|she|it|they|saying|adding|according)\b/i.test(phrase)) return false;
  if (/\b(?:said|says|told|is|was|has|had|will|would)\b/.test(phrase) && !/^(?:the |a |an )/.test(phrase)) return false;
  const noun = (w: Token) => ROLE_NOUNS.has(w.text.toLowerCase().replace(/['’]s$/, ''));
  // "a 43-year-old pharmacist", "a nurse from Guarulhos": an occupation heads the phrase too
  const occupation = (w: Token) => /^\p{Ll}/u.test(w.text) && isPersonNoun(w.text.toLowerCase()) && !isCommonGroup(w.text.toLowerCase());
  return words.slice(0, 4).some(noun) || noun(words[words.length - 1]) || words.slice(0, 5).some(occupation);
}

/** Nouns for people that say who, not what they do ("man", "woman", "son"): no role on their own. */
function isCommonGroup(lower: string): boolean {
  return /^(?:man|woman|men|women|boy|girl|people|person|resident|residents|citizen|citizens|son|daughter|friend|member|members)$/.test(lower);
}

function role(text: string, start: number, end: number, source: Role['source']): Role {
  return { start, end, text: text.slice(start, end), source };
}
