import type { Claim, Span } from '../../types';
import type { Scan } from '../context';
import { claimSpan } from '../claimSpan';
import { agentlessMessage } from '../messages';

// Attribution with the attributor left out: "it is believed", "it was reported",
// "reportedly", "is said to", "is widely seen as", "has been reported to be",
// "were reported to have been", ", believed to be". Instructions ("It is recommended")
// and states of affairs ("it is clear") use other participles and never match.

const ADVERB = '(?:widely|generally|commonly|now|also|often|increasingly|further|long|still|officially|privately|unofficially|reliably|strongly|popularly|frequently|sometimes|repeatedly|already|previously|variously|extensively|falsely|wrongly|erroneously|mistakenly|locally)';
const PARTICIPLE = '(?:believed|reported|said|claimed|thought|alleged|rumou?red|understood|estimated|feared|suspected|suggested|argued|assumed|presumed|speculated|learned|learnt|known|expected|contended|maintained|held|asserted|noted|acknowledged|accepted|agreed)';
/** Participles that, after "it is", only attribute when "that" follows ("it is known that"). */
const NEEDS_THAT = /^(?:known|expected|noted|held|maintained|acknowledged|accepted|agreed|argued|asserted|contended|suggested|assumed)$/i;

// "It is believed (that)", "it was reported", "it has been claimed"
const DUMMY_IT = new RegExp(`\\bit\\s+(?:is|was|has\\s+been|had\\s+been|['’]s|will\\s+be|would\\s+be|may\\s+be|might\\s+be|could\\s+be|can\\s+be|is\\s+being|was\\s+being|has\\s+long\\s+been|had\\s+long\\s+been)\\s+(?:${ADVERB}\\s+)?(${PARTICIPLE})\\b`, 'gi');

// "is said to be", "are believed to have", "has been reported to be", "were reported to have been"
const RAISED = new RegExp(`\\b(?:(?:has|have|had)\\s+(?:long\\s+)?been|been|is|are|was|were|be|being|['’]s)\\s+(?:${ADVERB}\\s+)?(said|believed|reported|thought|rumou?red|alleged|understood|claimed|estimated|feared|suspected|presumed|reputed)\\s+to\\s+([\\p{L}’']+)`, 'giu');

// ", believed to be a reference", "— thought to be the largest"
const BARE = new RegExp(`(?:^|[.!?\\n]\\s{0,3}|[,;(—–]\\s{0,3}|\\b(?:and|but|which|who|were|are)\\s+)((?:${ADVERB}\\s+)?(believed|thought|said|reported|rumou?red|alleged|understood|reputed)\\s+to\\s+(?:be|have)\\b)`, 'gi');

// "is widely seen as", "are generally regarded as", "was widely expected"
const WIDELY = /\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been|be|being)\s+(widely|generally|commonly|broadly|largely|popularly|universally)\s+(seen|regarded|considered|viewed|thought|believed|perceived|described|understood|acknowledged|accepted|expected|reported|credited|blamed|tipped|touted|recogni[sz]ed)\b/gi;

// "has been widely reported", "have been alleged"
const PERFECT = new RegExp(`\\b(?:has|have|had)\\s+been\\s+(?:${ADVERB}\\s+)?(reported|claimed|alleged|rumou?red|speculated)\\b`, 'gi');

// "are feared dead"
const FEARED = /\b(?:is|are|was|were)\s+(feared)\s+(?:dead|killed|drowned|lost|trapped|missing|kidnapped)\b/gi;

const ADVERBS = /\b(reportedly|purportedly|reputedly)\b/gi;

// "There is speculation that", "there have been unconfirmed reports of"
const THERE_IS = /\bthere\s+(?:is|was|are|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:widespread|growing|some|much|increasing|persistent|unconfirmed|repeated|mounting)\s+)?(speculation|rumou?rs|reports|allegations|suggestions)\s+(?:that|of)\b/gi;

/** Words after "to" that show a noun, not a verb: "reported to the police", "said to him". */
const NOT_A_VERB_AFTER_TO = /^(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|me|him|them|us|you|it|reporters|journalists|police|authorities|parliament|congress|investigators|officials|prosecutors|lawmakers|members|colleagues|friends|whom|which)$/i;

interface Hit {
  span: Span;
  participle: string;
}

export function agentlessAttributions(scan: Scan): Claim[] {
  const text = scan.text;
  const hits: Hit[] = [];
  // each paragraph on its own: a phrase never runs across paragraphs, nor does what follows it
  for (const p of scan.context.paragraphs ?? []) {
    if (!(p.start >= 0 && p.end <= text.length && p.start < p.end)) continue;
    paragraphHits(text.slice(p.start, p.end), p.start, hits);
  }
  hits.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const claims: Claim[] = [];
  let lastEnd = -1;
  for (const h of hits) {
    if (h.span.start < lastEnd) continue; // one finding per phrase
    lastEnd = h.span.end;
    const view = scan.sentenceAt(h.span.start, h.span.end);
    if (!view || scan.quoted.overlaps(h.span)) continue;
    const s = view.sentence;
    const adverb = /ly$/i.test(h.participle);
    claims.push({
      start: h.span.start, end: h.span.end, text: text.slice(h.span.start, h.span.end),
      code: 'agentless-attribution',
      message: agentlessMessage(h.participle),
      claim: adverb ? { start: s.start, end: s.end } : claimSpan(text, s, h.span),
    });
  }
  return claims;
}

/** The agentless phrases of one paragraph's text, with offsets moved by `base`. */
function paragraphHits(text: string, base: number, hits: Hit[]): void {
  const add = (start: number, end: number, participle: string) => hits.push({ span: { start: base + start, end: base + end }, participle });
  const restAfter = (m: RegExpMatchArray) => text.slice(m.index! + m[0].length, m.index! + m[0].length + 40);

  for (const m of text.matchAll(DUMMY_IT)) {
    const rest = restAfter(m);
    if (namedAgentFollows(rest)) continue;
    if (NEEDS_THAT.test(m[1]) && !/^\s*,?\s*that\b/i.test(rest)) continue;
    // "it is estimated at $5bn", "it was said in jest", "it is said to him": a real subject
    if (/^\s+(?:at|as|for|in|on|with|into|from|over|under|of|about|by)\b/i.test(rest)) continue;
    const to = /^\s+to\s+([\p{L}’']+)/u.exec(rest);
    if (to && (NOT_A_VERB_AFTER_TO.test(to[1]) || /^\p{Lu}/u.test(to[1]))) continue;
    add(m.index!, m.index! + m[0].length, m[1]);
  }
  for (const m of text.matchAll(RAISED)) {
    const next = m[2];
    if (NOT_A_VERB_AFTER_TO.test(next) || /^\p{Lu}/u.test(next)) continue;
    if (namedAgentFollows(restAfter(m))) continue;
    add(m.index!, m.index! + m[0].length, m[1]);
  }
  for (const m of text.matchAll(BARE)) add(m.index! + m[0].length - m[1].length, m.index! + m[0].length, m[2]);
  for (const m of text.matchAll(WIDELY)) {
    if (!namedAgentFollows(restAfter(m))) add(m.index!, m.index! + m[0].length, m[2]);
  }
  for (const m of text.matchAll(PERFECT)) {
    if (!namedAgentFollows(restAfter(m))) add(m.index!, m.index! + m[0].length, m[1]);
  }
  for (const m of text.matchAll(FEARED)) add(m.index!, m.index! + m[0].length, m[1]);
  for (const m of text.matchAll(ADVERBS)) add(m.index!, m.index! + m[0].length, m[1]);
  for (const m of text.matchAll(THERE_IS)) add(m.index!, m.index! + m[0].length, m[1]);
}

/** "…reported by Reuters", "…believed by the ministry": the agent is given after all. */
function namedAgentFollows(rest: string): boolean {
  return /^\s*,?\s+by\s+(?:the\s+)?(?:\p{Lu}|(?:[\p{Ll}-]+\s+){0,2}(?:ministry|government|agency|department|office|army|police|military|court|commission|committee|council|newspaper|broadcaster|channel))/u.test(rest);
}
