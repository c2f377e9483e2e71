import type { Span } from '../types';
import type { Token } from '../text/tokens';
import type { Scene } from './scene';
import type { Attribution, Attributor } from './attributeSpeaker';
import { INDIRECT_VERBS, LOOSE_CLAUSE_VERBS, SAY_PARTICIPLES } from './cues';
import { isVerbLike } from './verbs';
import { phraseBefore } from './phrases';
import { datelineLength } from '../text/datelines';

// Reported speech without quotation marks, one sentence at a time:
//   X said (that) …           X told reporters (that) …     X confirmed he was …
//   …, X said.                 …, said X.                   According to X, …     …, according to X.
//   …, saying that …           (the clause's subject speaks)
// The span is the reported clause; the speaker is the subject of the reporting verb.

export interface Reported {
  span: Span;
  attribution: Attribution;
}

// verbs whose listener comes first: "told reporters that …", "warned the council that …"
const OBJECT_VERBS = new Set(['told', 'tells', 'warned', 'warns', 'assured', 'assures', 'informed', 'informs', 'reminded',
  'reminds', 'urged', 'urges', 'promised', 'promises', 'convinced', 'persuaded']);
const PASSIVE_BEFORE = /^(?:is|was|were|are|be|been|being|it|not|never)$/i;
const NOT_A_CLAUSE = /^(?:to|in|on|at|by|for|with|from|of|about|as|into|during|after|before|than|so|and|or|but|nothing|no|goodbye|thanks|yes|sorry|hello|it\s+was\s+time|is|was|are|were|will|would|could|can|may|might|has|have|had|should|must)$/i;
const TIME_OR_PLACE = /^(?:on|in|at|during|after|before|late|early|last|this|earlier|later|today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/;
const COMPLEMENT_PHRASE = /^(?:(?:a|an|the|its|their|his|her) )?(?:joint |written |separate |brief |televised |new )?(?:statement|interview|reporters|journalists|news conference|press conference|briefing|speech|letter|post|television|radio|report|communique|communiqué)/;
const TOLD_OBJECT_END = /^(?:that)$/i;
const SUBJECT_PRONOUN = /^(?:he|she|they|we|i|it)$/;

/** Reported statements in sentence `s`. */
export function findReportedSpeech(scene: Scene, attr: Attributor, s: number): Reported[] {
  const sentence = scene.sentences[s];
  if (!sentence || sentence.end - sentence.start < 12 || sentence.end - sentence.start > 2000) return [];
  const text = scene.text;
  const { start, end } = sentence;
  // a sentence that is mostly quotation is reported by the quote rules
  if (!scene.hasCueWord(start, end)) return [];
  let quoted = 0;
  for (let k = scene.firstQuotedEndingAfter(start); k < scene.quoted.length && scene.quoted[k].start < end; k++) {
    const q = scene.quoted[k];
    quoted += Math.min(q.end, end) - Math.max(q.start, start);
  }
  if (quoted > (end - start) / 2) return [];
  let bodyEnd = end;
  while (bodyEnd > start && /[.!?…\s]/.test(text[bodyEnd - 1])) bodyEnd--;

  // According to X, …
  const according = /^(?:\p{Lu}\p{Ll}+,\s+)?[Aa]ccording to\s+/u.exec(text.slice(start, start + 60));
  if (according) {
    const comma = text.indexOf(',', start + according[0].length);
    if (comma > 0 && comma < bodyEnd) {
      const a = attr.before(comma + 1, start);
      if (a && a.how === 'according' && a.speaker) return clause(scene, comma + 1, bodyEnd, a);
    }
  }
  // …, X said.   …, according to X.
  const trailing = attr.trailing(start, end);
  if (trailing && trailing.cue && !scene.isQuoted(trailing.cue.start)) {
    const comma = text.lastIndexOf(',', Math.min(trailing.cue.start, trailing.speaker?.span.start ?? trailing.cue.start));
    if (comma > start && !isSubjectOnly(scene, start, comma)) return clause(scene, start, comma, trailing);
  }
  // X said (that) …
  const tokens = scene.tokensIn(start, bodyEnd);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') continue;
    const lower = t.text.toLowerCase();
    const participle = SAY_PARTICIPLES.has(lower) && tokens[k + 1]?.text.toLowerCase() === 'that';
    if (!INDIRECT_VERBS.has(lower) && !participle) continue;
    // a capitalised word inside a sentence is part of a name ("the United States said"), not the verb
    if (k > 0 && /^\p{Lu}\p{Ll}/u.test(t.text)) continue;
    if (scene.isQuoted(t.start)) continue;
    if (k > 0 && PASSIVE_BEFORE.test(tokens[k - 1].text)) continue;
    // "Manila's claims", "the ministry's reports": after a possessive the word is a noun
    if (k > 0 && /['’]s$/.test(tokens[k - 1].text)) continue;
    const from = clauseStart(tokens, k, lower);
    // “…,” she said, adding that …: the quote's own cue; but after “… communities.” a new sentence
    // "Brill said Republicans would …" reports on its own
    const attributed = participle ? undefined : quoteAttributed(scene, t.start);
    if (attributed && !(from >= 0 && endsSentence(scene, attributed))) continue;
    // "…, the minister said (on Monday), rejecting …", "…, the army said, hours after …": what
    // follows the comma is no report; the report is the clause before the speaker
    const afterCue = from >= 0 ? from : k + 2;
    const commaNext = tokens[afterCue - 1]?.text === ',' && !!tokens[afterCue];
    if (from < 0 && !commaNext) continue;
    const speaker = participle ? attr.clauseSubject(t.start, start) : attr.subjectBefore(t.start, start);
    if (!speaker) continue;
    const a: Attribution = { speaker, cue: { text: t.text, start: t.start, end: t.end }, how: 'before' };
    if (commaNext) {
      const comma = text.lastIndexOf(',', speaker.span.start);
      if (comma > start && isClause(text.slice(start, comma))) return clause(scene, start, comma, a);
      if (from < 0) continue;
    }
    return clause(scene, tokens[from].start, bodyEnd, a);
  }
  return [];
}

/** Index of the token the reported clause starts at, after the verb at `k`, or -1. */
function clauseStart(tokens: Token[], k: number, verb: string): number {
  let i = k + 1;
  if (OBJECT_VERBS.has(verb)) {
    // told <object> (that) …: the object is a few words, up to "that" or a clause-like start
    let n = 0;
    // … up to "that", or up to a subject pronoun that opens the report ("told the BBC she had …")
    while (i < tokens.length && n < 5 && !TOLD_OBJECT_END.test(tokens[i].text) && tokens[i].kind === 'word' && !(n > 0 && SUBJECT_PRONOUN.test(tokens[i].text))) { i++; n++; }
    if (tokens[i]?.text.toLowerCase() !== 'that' && !(n > 0 && SUBJECT_PRONOUN.test(tokens[i]?.text ?? ''))) return -1;
  }
  // on Monday, in a statement, to reporters
  for (let guard = 0; guard < 3 && i < tokens.length; guard++) {
    const lower = tokens[i].text.toLowerCase();
    if (lower === 'in' || lower === 'to') {
      const m = COMPLEMENT_PHRASE.exec(tokens.slice(i + 1, i + 4).map(x => x.text.toLowerCase()).join(' '));
      if (!m) break;
      i += 1 + m[0].split(' ').length;
    } else if (WEEKDAY.test(lower) || /^\p{Ll}{3,}ly$/u.test(tokens[i].text)) {
      i++; // "on Monday", "privately", "repeatedly"

    } else if (TIME_OR_PLACE.test(lower)) {
      let j = i + 1;
      while (j < tokens.length && j < i + 4 && tokens[j].kind === 'word' && /^(?:\p{Lu}|week|month|year|night|morning|afternoon|evening)/u.test(tokens[j].text)) j++;
      if (j === i + 1 && !/^(?:today|yesterday|tonight|earlier|later)$/.test(lower)) break;
      i = j;
    } else break;
    if (tokens[i]?.text === ',') i++;
  }
  if (tokens[i]?.text === ',') i++;
  const that = tokens[i]?.text.toLowerCase() === 'that';
  if (that) i++;
  const t = tokens[i];
  if (!t || t.kind === 'punct') return -1;
  // without "that", only verbs that commonly drop it, or a clause that opens with a subject pronoun
  if (!that && !LOOSE_CLAUSE_VERBS.has(verb) && !/^(?:he|she|they|it|we|i|there|this)$/i.test(t.text)) return -1;
  // "said at least 14 people were hurt": "at least" opens a number, not a place
  const number = /^at$/i.test(t.text) && /^(?:least|most)$/i.test(tokens[i + 1]?.text ?? '');
  if ((NOT_A_CLAUSE.test(t.text) && !number) || SAY_PARTICIPLES.has(t.text.toLowerCase())) return -1;
  if (tokens.length - i < 3) return -1;
  return i;
}

/**
 * The quotation a reporting verb at `at` attributes: one that closed just before it, with no
 * sentence break between (“…,” she said). Undefined when there is none.
 */
function quoteAttributed(scene: Scene, at: number): { start: number; end: number } | undefined {
  const k = scene.firstQuotedEndingAfter(at) - 1;
  if (k < 0) return undefined;
  const between = scene.text.slice(scene.quoted[k].end, at);
  return between.length < 60 && !/[.;:!?]/.test(between) ? scene.quoted[k] : undefined;
}

/** Whether a quotation ended its own sentence (“… communities.”). */
function endsSentence(scene: Scene, quoted: { start: number; end: number }): boolean {
  return /[.!?]$/.test(scene.text.slice(quoted.start, quoted.end).replace(/[\s"”’'»]+$/u, ''));
}

/** Whether words before a speaker make a clause ("The ferry will sail"), not a lead-in ("In Brussels"). */
function isClause(s: string): boolean {
  const words = s.match(/[\p{L}\p{N}’'-]+/gu) ?? [];
  if (words.length < 3) return false;
  return !LEAD_IN.test(words[0] ?? "") || words.some(w => /^\p{Ll}/u.test(w) && isVerbLike(w));
}

/** Whether the text before a comma is one speaker phrase, the subject of an appositive ("The bank's chief executive, Elchin Marov, denied …"), not a reported clause. */
function isSubjectOnly(scene: Scene, start: number, comma: number): boolean {
  const phrase = phraseBefore(scene, comma, start);
  return !!phrase && !/[\p{L}\p{N}]/u.test(scene.text.slice(start, phrase.start));
}

/** Words that open a lead-in rather than a clause: "In the capital, …", "After the vote, …". */
const LEAD_IN = /^(?:in|on|at|after|before|during|from|since|for|with|by|near|outside|inside|across|amid|despite|under|following)$/i;

const SECOND_CUE = /,?\s+(?:but|and|while)\s+(?:also\s+|later\s+)?(?:warned|noted|cautioned|stressed|emphasi[sz]ed|added|insisted|urged|conceded|acknowledged|admitted|expressed|voiced|raised|said|argued)\b/;

function clause(scene: Scene, from: number, to: number, attribution: Attribution): Reported[] {
  const text = scene.text;
  from += datelineLength(text, from, to);
  while (from < to && /[\s,:;—–-]/.test(text[from])) from++;
  // "said, however, that …": an aside between the verb and the report
  const aside = /^(?:however|though|nonetheless|nevertheless|moreover|meanwhile|also|too)\s*,\s*(?:that\s+)?/i.exec(text.slice(from, Math.min(to, from + 40)));
  if (aside) from += aside[0].length;
  // "said the count favoured him but warned against complacency": a second reporting verb of the
  // same subject ends the report
  const second = SECOND_CUE.exec(text.slice(from, to));
  if (second && second.index > 0) to = from + second.index;
  while (to > from && /[\s,:;—–-]/.test(text[to - 1])) to--;
  if (to - from < 8) return [];
  // a clause that is mostly a quotation ("said in a statement: “…”") belongs to the quote rules
  let quoted = 0;
  for (let k = scene.firstQuotedEndingAfter(from); k < scene.quoted.length && scene.quoted[k].start < to; k++) {
    const q = scene.quoted[k];
    quoted += Math.min(q.end, to) - Math.max(q.start, from);
  }
  if (quoted > (to - from) / 2) return [];
  return [{ span: { start: from, end: to }, attribution }];
}
