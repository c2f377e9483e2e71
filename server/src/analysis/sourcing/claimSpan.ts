import type { Span } from '../types';
import { datelineLength } from '../text/datelines';

const EDGE = /[\s,;:—–-]/;
const CONCESSION = /,\s+(?:although|though|whereas|but|while)\s/i;
const CLAUSE_OPENER = /(?:,\s*|\s)(?:and|but|while|though|although|whereas|yet)\s+$/i;
const PREDICATE = /^(?:is|was|are|were|could|would|will|can|may|might|has|have|had|should|must)\b/i;

/**
 * The statement a source phrase stands behind, within its sentence: what follows it
 * ("Experts warn [that Russia …]"), what precedes it ("[Talks will resume …], sources
 * said"), or the whole sentence when the phrase sits in the middle.
 */
export function claimSpan(text: string, whole: Span, phrase: Span): Span {
  // the statement starts after a wire story's dateline
  const sentence = { start: whole.start + datelineLength(text, whole.start, whole.end), end: whole.end };
  const start = Math.max(sentence.start, Math.min(phrase.start, sentence.end));
  const end = Math.min(sentence.end, Math.max(phrase.end, start));
  // text before the phrase, without trailing commas and spaces
  let beforeEnd = start;
  while (beforeEnd > sentence.start && EDGE.test(text[beforeEnd - 1])) beforeEnd--;
  // text after it, without a leading "that", comma or colon
  let afterStart = end;
  while (afterStart < sentence.end && EDGE.test(text[afterStart])) afterStart++;
  // "…, officials say, that …", "in what officials described as …": the claim starts after "that" or "as"
  const lead = /^(?:that|as)\b/i.exec(text.slice(afterStart, afterStart + 5));
  if (lead) {
    afterStart += lead[0].length;
    while (afterStart < sentence.end && EDGE.test(text[afterStart])) afterStart++;
  }
  let afterEnd = sentence.end;
  // "…, although Budapest has not confirmed it": a concession after the claim is the writer's own
  const concession = CONCESSION.exec(text.slice(afterStart, sentence.end));
  if (concession && concession.index > 0) afterEnd = afterStart + concession.index;
  while (afterEnd > afterStart && /[\s.!?”"’]/.test(text[afterEnd - 1])) afterEnd--;
  // "…, people familiar with the talks said on Monday, as both sides…": what follows is not the claim
  const tail = text.slice(end, Math.min(sentence.end, end + 60));
  const adjunct = /^\s*(?:(?:on|last|this|late|early) \p{L}+(?: \p{L}+)?|today|tonight|yesterday|earlier|later|recently|in a statement|in an interview|on condition of anonymity)?\s*(?:[,;.]|$)/u.exec(tail);
  const before = text.slice(sentence.start, beforeEnd).replace(/[^\p{L}\p{N}]+/gu, '');
  const after = text.slice(afterStart, afterEnd).replace(/[^\p{L}\p{N}]+/gu, '');
  if (before.length < 12 && after.length >= 3) return { start: afterStart, end: afterEnd };
  // "a deal officials say could reshape …", "in what analysts said was …": the source stands inside a
  // relative clause, and the claim is that clause's predicate
  if ((PREDICATE.test(text.slice(afterStart, afterStart + 12)) || lead?.[0].toLowerCase() === 'as') && after.length >= 3) return { start: afterStart, end: afterEnd };
  if ((after.length < 3 || adjunct) && before.length >= 12) return { start: sentence.start, end: beforeEnd };
  // "…has begun, and experts say the rules are weak": a source opening a clause of its own claims that clause
  if (CLAUSE_OPENER.test(text.slice(Math.max(sentence.start, start - 12), start)) && after.length >= 3) return { start: afterStart, end: afterEnd };
  return { start: sentence.start, end: sentence.end };
}
