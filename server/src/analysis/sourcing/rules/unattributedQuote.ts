import type { Claim, Quote } from '../../types';
import type { Scan } from '../context';
import { unattributedQuoteMessage } from '../messages';

/** A partial quotation shorter than this is a term or scare quote ("war"), not someone's words. */
const MIN_PARTIAL_WORDS = 3;
/** A direct quotation shorter than this is more likely a name or a title than speech. */
const MIN_DIRECT_WORDS = 4;

/** Words near a quotation that show the article does give a speaker (the quotes pass may not have resolved it). */
const CUE_NEARBY = /\b(?:said|says|say|saying|told|tells|wrote|writes|written|added|adds|asked|asks|replied|replies|stated|states|declared|explained|insisted|according to|recalled|recalls|noted|notes|argued|argues|warned|warns|continued|concluded|testif(?:y|ies|ied)|reads?|statement|quoted|quoting|tweeted|posted|insists|claimed|claims|announced|remarked|commented|described|called|calls|urged|pleaded|pleas?|vowed|promised|admitted|acknowledged|confirmed|denied|responded|answered|shouted|sang|sings|put it|words)\b/i;

/** Words before a quotation that make it a name, title or term rather than speech. */
const NAMING_BEFORE = /\b(?:as|called|named|titled|entitled|dubbed|known|nicknamed|labelled|labeled|marked|branded|termed|single|singles|album|song|songs|book|film|motto|slogan|phrase|word|term|anthem|series|show|hit|article|headline|poem|novel|play|chapter|of|the|a|an|be|is|are|was|were|been|being|original|version|and|or|than|from|like)\s*$/i;

/**
 * unattributed-quote: a quotation whose speaker the article never gives. Flagged only when
 * nothing around it attributes it (no reporting verb or colon introduction in its sentence
 * or next to it) and it reads as speech rather than a title, name or term. A quote whose
 * speaker words are given ("a senior official said") is left to the anonymous-source rule.
 */
export function unattributedQuotes(scan: Scan): Claim[] {
  const claims: Claim[] = [];
  const text = scan.text;
  const n = text.length;
  for (const q of scan.context.quotes ?? []) {
    if (!q || (q.kind !== 'direct' && q.kind !== 'partial')) continue;
    if (q.speaker !== null && q.speaker !== undefined) continue;
    if (q.speakerText || q.cue) continue;
    if (!(Number.isInteger(q.start) && Number.isInteger(q.end) && q.start >= 0 && q.end <= n && q.start < q.end)) continue;
    const body = text.slice(q.start, q.end);
    if (body.includes('""')) continue; // the wrapper of a CSV-escaped line
    if (!looksLikeSpeech(body, q.kind === 'partial' ? MIN_PARTIAL_WORDS : MIN_DIRECT_WORDS)) continue;
    if (attributedNearby(scan, q)) continue;
    claims.push(quoteClaim(q, body));
  }
  return claims;
}

function looksLikeSpeech(body: string, minWords: number): boolean {
  const words = body.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  if (words.length < minWords) return false;
  const capitalised = words.filter(w => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length < 0.5; // "Winter Came Early This Year" is a title
}

function attributedNearby(scan: Scan, q: Quote): boolean {
  const text = scan.text;
  const paragraph = scan.context.paragraphs?.find(p => p.start <= q.start && q.end <= p.end);
  const pStart = paragraph?.start ?? 0;
  const pEnd = paragraph?.end ?? text.length;
  // the words just before the opening mark
  let open = q.start;
  while (open > pStart && /[\s“"«‘']/.test(text[open - 1])) open--;
  const before = text.slice(Math.max(pStart, open - 160), open);
  if (/:\s*$/.test(before) || NAMING_BEFORE.test(before)) return true;
  // a quotation opening its paragraph, introduced by the previous one ("…the following statement:")
  if (open === pStart && /[:,]\s*$/.test(text.slice(Math.max(0, pStart - 40), pStart))) return true;
  const after = text.slice(q.end, Math.min(pEnd, q.end + 120));
  const lastSentenceBefore = /[.!?]\s*$/.test(before) ? '' : before.split(/[.!?]\s+(?=\p{Lu})/u).pop() ?? '';
  const firstSentenceAfter = after.replace(/^[\s”"»’',]+/, '').split(/(?<=[.!?])\s+/u)[0] ?? '';
  if (CUE_NEARBY.test(lastSentenceBefore) || CUE_NEARBY.test(firstSentenceAfter)) return true;
  // a person just mentioned is, by newspaper convention, the one speaking
  const from = Math.max(pStart, q.start - 250), to = Math.min(pEnd, q.end + 120);
  return scan.someMention('person', m => m.start >= from && m.end <= to && (m.end <= q.start || m.start >= q.end));
}

function quoteClaim(q: Quote, body: string): Claim {
  return {
    start: q.start, end: q.end, text: body,
    code: 'unattributed-quote',
    message: unattributedQuoteMessage(),
    claim: { start: q.start, end: q.end },
  };
}
