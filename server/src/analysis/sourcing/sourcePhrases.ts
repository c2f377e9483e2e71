import type { Span } from '../types';
import { isCapitalised, type Scan, type SentenceView, type Word } from './context';
import {
  ANONYMITY_CLAUSE, ANONYMITY_PREPOSITIONS, ATTRIBUTION_VERBS, CLAUSE_OPENERS, DEFINITE_DETERMINERS, DOCUMENT_HEADS,
  DOCUMENT_VERBS, EMPLOYED_HEADS, FILLERS, GROUP_HEADS, INDEFINITE_DETERMINERS, OFFICIAL_HEADS, OPINION_VERBS,
  CUES_BEFORE_SOURCE, INVERTED_CUES, PARTITIVE_NOUNS, PERSON_HEADS, PLACE_LIKE_MODIFIER, POSSESSIVES, QUANTIFIER_SUBJECTS, SOURCE_HEADS, STOP_LEFT, TO_TAKERS,
} from './lexicon';

/**
 * The kinds of unnamed source a phrase can be:
 * - source: "sources in Minsk"; official: "U.S. officials", "aides", "a senior diplomat";
 * - person: "people familiar with the talks" (anonymous only with such a marker);
 * - group: "western analysts", "critics", "many Ukrainians"; document: "media reports";
 * - quantifier: "some", "many", "others" standing alone as the subject.
 */
export type SourceKind = 'source' | 'official' | 'person' | 'group' | 'document' | 'quantifier';

export interface SourcePhrase {
  kind: SourceKind;
  /** The head word as written, lower-case ("analysts", "sources", "some"). */
  head: string;
  plural: boolean;
  /** The noun phrase naming the source. */
  phrase: Span;
  /** The attribution verb after it ("estimate") or the cue before it ("according to"). */
  verb: Span | null;
  /** Whether the text says the source asked not to be named or is close to the matter. */
  anonymityMarker: boolean;
  /** Source phrase plus its verb: the span a finding reports. */
  span: Span;
  sentence: SentenceView;
}

/** A plural noun for people or bodies ("Ukrainians", "lawmakers", "people", "governments"). */
const PERSONISH_PLURAL = /^(?:people|men|women|\p{L}{2,}[^s'’iu]s)$/u;

/** Every unnamed-source phrase that is the agent of an attribution in the text. */
export function findSourcePhrases(scan: Scan): SourcePhrase[] {
  const out: SourcePhrase[] = [];
  // "the official said" after "two Gulf officials said": the same unnamed official again
  let unnamed = scan.unnamedBefore;
  for (const view of scan.sentences()) {
    const words = view.words;
    for (let i = 0; i < words.length; i++) {
      if (words[i].kind !== 'word') continue;
      const found = matchAt(scan, view, i, unnamed);
      if (!found) continue;
      out.push(found);
      if (found.kind === 'source' || found.kind === 'official') unnamed = true;
    }
  }
  return out;
}

function headKind(lower: string): SourceKind | undefined {
  if (SOURCE_HEADS.has(lower)) return 'source';
  if (OFFICIAL_HEADS.has(lower)) return 'official';
  if (GROUP_HEADS.has(lower)) return 'group';
  if (DOCUMENT_HEADS.has(lower)) return 'document';
  if (PERSON_HEADS.has(lower)) return 'person';
  return undefined;
}

/** Whether the word starts a clause: first in the sentence or after an opening mark or colon. */
function atClauseStart(words: Word[], i: number): boolean {
  if (i === 0) return true;
  const prev = words[i - 1];
  return prev.kind === 'punct' && /^[“"‘«(\[:;—–-]$/.test(prev.text);
}

interface LeftSide {
  start: number; // index of the first word of the phrase
  definite: boolean;
  possessive: boolean;
  indefinite: boolean;
  singular: boolean; // "a", "an", "one", "another": a determiner for one person
  personModifier: boolean; // "persons resident in…": the head is not the noun here
  orgModifier: boolean; // a modifier that names an organisation ("Pentagon analysts")
}

function walkLeft(scan: Scan, words: Word[], head: number): LeftSide {
  const left: LeftSide = { start: head, definite: false, possessive: false, indefinite: false, singular: false, personModifier: false, orgModifier: false };
  let j = head - 1;
  let modifiers = 0;
  while (j >= 0 && modifiers < 5) {
    const w = words[j];
    if (w.kind === 'number') {
      left.start = j; left.indefinite = true; j--; modifiers++;
      continue;
    }
    if (w.kind !== 'word') break;
    const lw = w.lower;
    if (lw === 'of' && j >= 1 && PARTITIVE_NOUNS.has(words[j - 1].lower)) {
      // "a number of experts", "some of the analysts"
      left.start = j - 1; left.indefinite = true; j -= 2;
      if (j >= 0 && (words[j].lower === 'a' || words[j].lower === 'an')) { left.start = j; j--; }
      break;
    }
    if (lw === 'the' && j >= 2 && words[j - 1].lower === 'of' && PARTITIVE_NOUNS.has(words[j - 2].lower)) {
      left.start = j - 2; left.indefinite = true; j -= 3;
      if (j >= 0 && (words[j].lower === 'a' || words[j].lower === 'an')) left.start = j;
      break;
    }
    // "risks that analysts say …": before a plural, "that" opens a clause; it is no determiner
    if (lw === 'that' && /s$/.test(words[head].lower)) break;
    if (DEFINITE_DETERMINERS.has(lw)) { left.definite = true; break; }
    if (POSSESSIVES.has(lw)) { left.possessive = true; left.start = j; break; }
    if (INDEFINITE_DETERMINERS.has(lw)) {
      // "a deal officials say …": "a" before a plural belongs to another noun, and so do the words after it
      if ((lw === 'a' || lw === 'an' || lw === 'another') && /s$/.test(words[head].lower) && words[head].lower !== 'sources' && j < head - 1) {
        left.start = head; left.orgModifier = false; left.personModifier = false;
        break;
      }
      left.start = j; left.indefinite = true;
      if (lw === 'a' || lw === 'an' || lw === 'one' || lw === 'another') left.singular = true;
      j--; modifiers++;
      continue;
    }
    // "state media": "state" is a modifier here, not a verb
    if ((STOP_LEFT.has(lw) && w.text !== 'US') || (ATTRIBUTION_VERBS.has(lw) && lw !== 'state') || FILLERS.has(lw)) break;
    if (/['’]s$/.test(w.text)) {
      // "Trump's aides": a possessor, which does not name the source itself
      left.start = j; left.possessive = true;
      break;
    }
    if (PERSON_HEADS.has(lw)) left.personModifier = true;
    if (isCapitalised(w)) {
      const type = scan.entityTypeAt(w);
      const placeLike = type === 'place' || type === 'nationality' || (type === undefined && PLACE_LIKE_MODIFIER.test(w.text));
      // a capitalised first word with no entity behind it is just the sentence's first word
      // (an acronym is never an ordinary word: "ISW analysts", "UN experts")
      const acronym = /^\p{Lu}{2,}$/u.test(w.text);
      if (!placeLike && !(atClauseStart(words, j) && type === undefined && !acronym)) left.orgModifier = true;
    }
    left.start = j; j--; modifiers++;
  }
  return left;
}

interface RightSide {
  end: number; // index of the last word of the phrase
  next: number; // index after the phrase, where its verb may start
  marker: boolean;
  namedAfter: boolean; // "analysts at Capital Economics", "official John Smith"
  verbInClause: number; // an attribution verb inside a relative clause ("experts who believe")
}

function matchesSequence(words: Word[], k: number, seq: readonly string[]): boolean {
  for (let n = 0; n < seq.length; n++) if (words[k + n]?.lower !== seq[n]) return false;
  return true;
}

const POST_PREPOSITIONS = new Set(['in', 'from', 'at', 'inside', 'within', 'across', 'around', 'outside', 'among', 'on', 'for', 'with', 'of']);
const NAMING_PREPOSITIONS = new Set(['at', 'from', 'with', 'for', 'of', 'by']);
const PARENTHETICAL = new Set(['however', 'though', 'meanwhile', 'too', 'instead', 'nonetheless', 'nevertheless', 'moreover', 'also']);
const CALENDAR_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/;
const ASIDE_OPENERS = /^(?:speaking|talking|writing|asked|quoted|interviewed|contacted|reached|responding|commenting)$/;
const AUXILIARY_STOP = new Set(['have', 'has', 'had', 'are', 'were', 'is', 'was', 'will', 'would', 'could', 'can', 'may', 'might', 'that', 'who', 'which']);

function walkRight(scan: Scan, words: Word[], head: number, verbs: ReadonlySet<string>, headLower: string): RightSide {
  const right: RightSide = { end: head, next: head + 1, marker: false, namedAfter: false, verbInClause: -1 };
  let k = head + 1;
  const n = words.length;
  // a title before a name: "analyst John Smith said", "an aide, Jane Doe, said"
  const after = words[k];
  if (after && after.kind === 'word' && isCapitalised(after) && after.text !== 'I' && !ATTRIBUTION_VERBS.has(after.lower) && !FILLERS.has(after.lower) &&
      !CALENDAR_WORD.test(after.text)) {
    right.namedAfter = true;
    return right;
  }
  if (after?.text === ',' && words[k + 1]?.kind === 'word' && isCapitalised(words[k + 1]) && !PARENTHETICAL.has(words[k + 1].lower) &&
      !['Including', 'Speaking', 'Who'].includes(words[k + 1].text)) {
    const type = scan.entityTypeAt(words[k + 1]);
    if (type === 'person' || type === undefined) { right.namedAfter = true; return right; }
  }
  // "a report published by the ministry", "estimates by the World Bank": named after all
  for (let x = k; x < Math.min(n, k + 5); x++) {
    if (words[x].kind === 'punct' && words[x].text !== '-') break;
    if (words[x].lower === 'by' && words[x + 1]?.kind === 'word' && (isCapitalised(words[x + 1]) ||
        (words[x + 1].lower === 'the' && words[x + 2] && isCapitalised(words[x + 2])))) {
      right.namedAfter = true;
      return right;
    }
  }
  for (let guard = 0; guard < 4 && k < n; guard++) {
    const w = words[k];
    // "familiar with the matter", "briefed on the talks", "close to the Kremlin"
    const seq = ANONYMITY_PREPOSITIONS.find(s => matchesSequence(words, k, s));
    if (seq) {
      right.marker = true;
      k += seq.length;
      k = consumeObject(words, k, 8, verbs);
      right.end = k - 1;
      continue;
    }
    if (POST_PREPOSITIONS.has(w.lower) && words[k + 1]?.kind === 'word') {
      // "sources in Minsk", "analysts at Capital Economics", "critics of the plan"
      let first = k + 1;
      if (words[first].lower === 'the') first++;
      const object = words[first];
      if (object && object.kind === 'word' && isCapitalised(object) && NAMING_PREPOSITIONS.has(w.lower)) {
        const type = scan.entityTypeAt(object);
        const place = type === 'place' || type === 'nationality' || (type === undefined && PLACE_LIKE_MODIFIER.test(object.text));
        if (!place || w.lower === 'by') right.namedAfter = true;
      }
      if (object && object.kind === 'word' && isCapitalised(object) && w.lower === 'in' && DOCUMENT_HEADS.has(headLower)) {
        right.namedAfter = true; // "a report in the Valmora Herald"
      }
      if (w.lower === 'of' && !(GROUP_HEADS.has(headLower) || DOCUMENT_HEADS.has(headLower))) break;
      k = consumeObject(words, k + 1, 5, verbs);
      right.end = k - 1;
      continue;
    }
    if (w.lower === 'who' && k + 1 < n) {
      // relative clause: "who spoke on condition of anonymity," or "who believe"
      let f = k + 1;
      while (f < n && (FILLERS.has(words[f].lower) || /ly$/.test(words[f].lower)) && f < k + 4) f++;
      if (f < n && verbs.has(words[f].lower)) {
        right.verbInClause = f;
        return right;
      }
      let e = k + 1;
      while (e < n && words[e].text !== ',' && e < k + 20) e++;
      const clause = scan.text.slice(words[k].start, words[Math.min(e, n) - 1].end);
      if (ANONYMITY_CLAUSE.test(clause)) right.marker = true;
      if (e < n && words[e].text === ',') { right.end = e - 1; k = e + 1; }
      else {
        // "experts who study the region say": the verb ends the clause
        let v = -1;
        for (let x = k + 2; x < Math.min(n, k + 14); x++) if (verbs.has(words[x].lower) && !verbs.has(words[x - 1].lower)) { v = x; break; }
        if (v > 0) { right.end = v - 1; right.next = v; return right; }
        right.next = k;
        return right;
      }
      continue;
    }
    if (w.text === ',' && k + 1 < n) {
      // ", speaking on condition of anonymity," or ", however,"
      if (PARENTHETICAL.has(words[k + 1]?.lower) && words[k + 2]?.text === ',') { k += 3; continue; }
      let e = k + 1;
      while (e < n && words[e].text !== ',' && e < k + 16) e++;
      if (e < n && ANONYMITY_CLAUSE.test(scan.text.slice(words[k].end, words[e].start))) {
        right.marker = true; right.end = e - 1; k = e + 1;
        continue;
      }
      // ", speaking to the daily Vjesnik,", ", asked about the delay,": an aside before the verb
      if (e < n && e > k + 1 && ASIDE_OPENERS.test(words[k + 1].lower)) { k = e + 1; continue; }
    }
    break;
  }
  right.next = k;
  return right;
}

/** Skips a short object noun phrase; stops at punctuation, a verb, an auxiliary or a relative. */
function consumeObject(words: Word[], k: number, max: number, verbs: ReadonlySet<string>): number {
  const limit = Math.min(words.length, k + max);
  while (k < limit) {
    const w = words[k];
    if (w.kind === 'punct' && w.text !== '-' && w.text !== '’' && w.text !== "'") break;
    if (w.kind === 'word' && AUXILIARY_STOP.has(w.lower)) break;
    // a verb ends the object, but "the ministry's thinking" is a noun
    if (w.kind === 'word' && (verbs.has(w.lower) || ATTRIBUTION_VERBS.has(w.lower)) && !/ing$/.test(w.lower)) break;
    k++;
  }
  return k;
}

/** The attribution verb starting at `k`, after a few auxiliaries or adverbs ("have long argued"). */
function verbAfter(words: Word[], k: number, verbs: ReadonlySet<string>): number {
  const n = words.length;
  let skipped = 0;
  while (k < n && skipped < 5) {
    const w = words[k];
    if (w.kind !== 'word') return -1;
    if (verbs.has(w.lower)) {
      // "experts are warning", but not "the ministry thinking": an -ing form needs "be"
      if (/ing$/.test(w.lower) && !(k > 0 && /^(?:are|were|is|was|been|be|'re)$/.test(words[k - 1].lower))) return -1;
      // "investors were worried": after "be", an -ed form is a state, not an attribution
      if (/ed$/.test(w.lower) && !/^(?:quoted|cited|reported)$/.test(w.lower) && k > 0 && /^(?:are|were|is|was|been|be|'re|remain|remained)$/.test(words[k - 1].lower)) return -1;
      return verbGuard(words, k) ? k : -1;
    }
    if (FILLERS.has(w.lower) || (/ly$/.test(w.lower) && w.lower.length > 4)) { k++; skipped++; continue; }
    if (w.lower === 'to' && k > 0 && TO_TAKERS.has(words[k - 1].lower)) { k++; skipped++; continue; }
    return -1;
  }
  return -1;
}

/** Uses of attribution verbs that are not attribution: "called for", "pointed guns". */
function verbGuard(words: Word[], k: number): boolean {
  const lw = words[k].lower;
  const next = words[k + 1]?.lower;
  if (/^call/.test(lw)) return next !== 'for' && next !== 'on' && next !== 'off' && next !== 'up';
  if (/^point/.test(lw)) return next === 'out' || next === 'to';
  if (/^add/.test(lw)) return next === undefined || next === 'that' || words[k + 1].kind === 'punct';
  return true;
}

/** "…, said one diplomat", "according to sources", "citing people familiar with". */
function cueBefore(words: Word[], start: number): Span | null {
  const w = words[start - 1];
  if (!w || w.kind !== 'word') return null;
  if (w.lower === 'to' && words[start - 2]?.lower === 'according') return { start: words[start - 2].start, end: w.end };
  if (CUES_BEFORE_SOURCE.has(w.lower)) return { start: w.start, end: w.end };
  if (INVERTED_CUES.has(w.lower)) {
    const before = words[start - 2];
    if (!before || (before.kind === 'punct' && /^[,”"’]$/.test(before.text))) return { start: w.start, end: w.end };
  }
  return null;
}

function matchAt(scan: Scan, view: SentenceView, i: number, afterUnnamed: boolean): SourcePhrase | undefined {
  const words = view.words;
  let kind = headKind(words[i].lower);
  // "estimate" is a noun only after a determiner: "according to one estimate"
  if (words[i].lower === 'estimate' && i > 0 && /^(?:one|an|another|some|unofficial|independent)$/.test(words[i - 1].lower)) kind = 'document';
  // "some believe", "many fear", "others argue": a quantifier standing as the subject
  if (!kind && QUANTIFIER_SUBJECTS.has(words[i].lower)) return quantifierSubject(view, i);
  // "many Ukrainians fear", "some lawmakers argue", "many people believe"
  if (!kind) return quantifiedPlural(scan, view, i);
  const found = headPhrase(scan, view, i, kind, afterUnnamed);
  if (!found && kind === 'person') return quantifiedPlural(scan, view, i);
  return found;
}

function headPhrase(scan: Scan, view: SentenceView, i: number, headKindFound: SourceKind, afterUnnamed = false): SourcePhrase | undefined {
  const words = view.words;
  const w = words[i];
  const lower = w.lower;
  let kind = headKindFound;
  // a capitalised head mid-sentence is part of a name ("Reporters Without Borders")
  if (isCapitalised(w) && !atClauseStart(words, i)) return undefined;
  const type = scan.entityTypeAt(w);
  if (type === 'organization' || type === 'person') return undefined;
  // "media reports": the last noun is the head
  const next = words[i + 1];
  if (next && next.kind === 'word' && next.start - w.end <= 1) {
    // unless the next word is this head's verb: "experts estimate", "analysts report"
    const nextKind = headKind(next.lower);
    const attributive = lower === 'media' || lower === 'press';
    if (nextKind && nextKind !== 'person' && (attributive || !(ATTRIBUTION_VERBS.has(next.lower) || DOCUMENT_VERBS.has(next.lower)))) return undefined;
  }

  const verbs = kind === 'document' ? DOCUMENT_VERBS : ATTRIBUTION_VERBS;
  const left = walkLeft(scan, words, i);
  const right = walkRight(scan, words, i, verbs, lower);
  if (right.namedAfter) return undefined;
  const plural = /s$/.test(lower) && lower !== 'press' || lower === 'people' || lower === 'media' || lower === 'those';

  let verbIndex = right.verbInClause >= 0 ? right.verbInClause : verbAfter(words, right.next, verbs);
  if (kind === 'official' && verbIndex >= 0 && /^(?:question|recall|brief)/.test(words[verbIndex].lower)) verbIndex = -1;
  const cue = cueBefore(words, left.start);
  if (verbIndex < 0 && !cue && !right.marker) return undefined;

  if (left.personModifier) return undefined;
  // "Marcus Feld, a former diplomat who now advises miners, said": the appositive of a named person
  const prior = words[left.start - 1], owner = words[left.start - 2];
  if (prior?.text === ',' && owner?.kind === 'word' && isCapitalised(owner) && scan.entityTypeAt(owner) === 'person') return undefined;
  if (!plural && left.indefinite && !left.singular) return undefined;
  switch (kind) {
    case 'source':
    case 'official':
      if (left.definite && !right.marker) {
        if (!afterUnnamed || !isBareThe(words, left.start, i)) return undefined;
        left.start--; // the phrase is "the official"
      }
      if (!plural && !left.indefinite && !left.possessive && !right.marker && !left.definite) return undefined;
      break;
    case 'person':
      if (!right.marker) return undefined;
      if (left.definite && lower !== 'those') return undefined;
      break;
    case 'group':
      if (right.marker) { kind = 'person'; break; }
      if (left.definite) return undefined;
      // "the bank's analysts" are the bank's; "the government's critics" are anyone
      if (left.possessive && EMPLOYED_HEADS.has(lower)) return undefined;
      if (!plural && !left.indefinite) return undefined;
      if (EMPLOYED_HEADS.has(lower) && (left.orgModifier || right.namedAfter)) return undefined;
      if (verbIndex < 0 && !cue) return undefined;
      break;
    case 'document':
      // "UN estimates", "IMF reports": a document of a named organisation is sourced
      if (left.definite || left.possessive || left.orgModifier) return undefined;
      if (!plural && !left.indefinite) return undefined;
      if (verbIndex < 0 && !(cue && /^(?:according|citing|cited)/i.test(scan.text.slice(cue.start, cue.end)))) return undefined;
      break;
    default:
      break;
  }

  const phrase = { start: words[left.start].start, end: words[Math.max(right.end, i)].end };
  let verb: Span | null = null;
  let span: Span;
  if (verbIndex >= 0) {
    let vEnd = words[verbIndex].end;
    if (/^point/.test(words[verbIndex].lower) && words[verbIndex + 1]) vEnd = words[verbIndex + 1].end;
    verb = { start: words[verbIndex].start, end: vEnd };
    span = { start: phrase.start, end: vEnd };
  } else if (cue) {
    verb = cue;
    span = { start: cue.start, end: phrase.end };
  } else {
    span = phrase;
  }
  return { kind, head: lower, plural, phrase, verb, anonymityMarker: right.marker, span, sentence: view };
}

/** "the official", "the sources": "the" right before the head, which then refers back to an unnamed source. */
function isBareThe(words: Word[], start: number, head: number): boolean {
  return words[start - 1]?.lower === 'the' && start >= head - 2;
}

/** Whether the word at `i` can begin a subject: clause start, or after a conjunction. */
function subjectPosition(words: Word[], i: number): boolean {
  if (i === 0) return true;
  const prev = words[i - 1];
  if (prev.kind === 'punct') return /^[,;:“"‘«(\[—–-]$/.test(prev.text);
  return CLAUSE_OPENERS.has(prev.lower);
}

function quantifierSubject(view: SentenceView, i: number): SourcePhrase | undefined {
  const words = view.words;
  if (!subjectPosition(words, i)) return undefined;
  if (isCapitalised(words[i]) && !atClauseStart(words, i)) return undefined;
  let k = i + 1;
  let end = i;
  // "many in Washington", "some within the party", "many of them"
  const w = words[k];
  if (w && w.kind === 'word' && /^(?:in|within|among|inside|across|at|on|of)$/.test(w.lower)) {
    k = consumeObject(words, k + 1, 4, OPINION_VERBS);
    end = k - 1;
  } else if (w && w.text === ',' && PARENTHETICAL.has(words[k + 1]?.lower) && words[k + 2]?.text === ',') {
    k += 3;
  }
  const v = verbAfter(words, k, OPINION_VERBS);
  if (v < 0 || !quantifierVerbGuard(words, v)) return undefined;
  const phrase = { start: words[i].start, end: words[end].end };
  const verb = { start: words[v].start, end: words[v].end };
  return { kind: 'quantifier', head: words[i].lower, plural: true, phrase, verb, anonymityMarker: false, span: { start: phrase.start, end: verb.end }, sentence: view };
}

/** "Many said they…" is fine; "many expected results" is not a view held by people. */
function quantifierVerbGuard(words: Word[], v: number): boolean {
  const next = words[v + 1];
  // "many see the pact as a relic", not "many saw their homes destroyed"
  if (/^(?:see|sees|saw)$/.test(words[v].lower)) {
    for (let x = v + 1; x < Math.min(words.length, v + 8); x++) if (words[x].lower === 'as' || words[x].lower === 'that') return true;
    return false;
  }
  if (!next) return true;
  // "some expected results never came": an -ed word before a bare noun is an adjective
  if (/ed$/.test(words[v].lower) && words[v].lower !== 'said' && next.kind === 'word' && !isCapitalised(next) &&
      !/^(?:that|the|a|an|it|this|these|those|he|she|they|we|i|you|his|her|their|its|our|there|to|so|as|in|at|on|about|of)$/.test(next.lower)) {
    return false;
  }
  if (/^(?:consider|considers|considered|view|views|viewed|describe|describes|described)$/.test(words[v].lower)) {
    // "some consider it a betrayal", not "many considered for the post"
    return next.kind === 'word' && !/^(?:for|by|in|to|as)$/.test(next.lower);
  }
  return true;
}

function quantifiedPlural(scan: Scan, view: SentenceView, i: number): SourcePhrase | undefined {
  const words = view.words;
  const w = words[i];
  if (!PERSONISH_PLURAL.test(w.lower)) return undefined;
  // a quantifier right before, or before one or two modifiers
  let q = -1;
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const lw = words[j].lower;
    if (words[j].kind !== 'word') break;
    if (/^(?:some|many|most|several|numerous)$/.test(lw)) { q = j; break; }
    if (STOP_LEFT.has(lw) || DEFINITE_DETERMINERS.has(lw) || POSSESSIVES.has(lw) || ATTRIBUTION_VERBS.has(lw) || FILLERS.has(lw)) break;
  }
  if (q < 0 || !subjectPosition(words, q)) return undefined;
  const type = scan.entityTypeAt(w);
  if (type === 'organization' || type === 'person') return undefined;
  const v = verbAfter(words, i + 1, OPINION_VERBS);
  if (v < 0 || !quantifierVerbGuard(words, v)) return undefined;
  const phrase = { start: words[q].start, end: w.end };
  const verb = { start: words[v].start, end: words[v].end };
  return { kind: 'group', head: w.lower, plural: true, phrase, verb, anonymityMarker: false, span: { start: phrase.start, end: verb.end }, sentence: view };
}
