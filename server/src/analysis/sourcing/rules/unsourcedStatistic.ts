import type { Claim, Span } from '../../types';
import type { Scan } from '../context';
import { PER_SOURCE, SOURCING_CUE } from '../lexicon';
import { unsourcedStatisticMessage } from '../messages';

// unsourced-statistic: an estimate ("at least", "more than", "an estimated"…) of the kind
// someone must have counted — casualties, troop numbers, sums of money lost or spent,
// shares of a population — stated in a sentence and a paragraph that give no source at all.
// Kept narrow on purpose: a tariff rate, a date, a plain count in an official release
// ("125 soldiers", "14 strikes") or a figure whose source is vague is not flagged here.

const NUM = String.raw`(?:\d{1,3}(?:,\d{3}){1,5}|\d{1,12}(?:\.\d{1,6})?)(?:\s?(?:thousand|million|billion|trillion|bn|mn|m|k)\b)?`;
const HEDGES = ['at least', 'more than', 'over', 'nearly', 'almost', 'about', 'around', 'roughly', 'approximately', 'some', 'up to',
  'an estimated', 'as many as', 'upwards of', 'close to', 'well over', 'fewer than', 'less than'];
/** "at least", "At least": a hedge marks an estimate, which someone must have made. */
const HEDGE = `(?:(?:${HEDGES.map(h => `[${h[0].toUpperCase()}${h[0]}]${h.slice(1)}`).join('|')})\\s+)`;
const PEOPLE = String.raw`(?:people|persons|civilians|soldiers|troops|fighters|militants|insurgents|rebels|children|women|men|servicemen|personnel|combatants|residents|protesters|protestors|migrants|refugees|prisoners|hostages|policemen|officers|Marines|marines|sailors|pilots|members|Palestinians|Israelis|Ukrainians|Russians|Syrians|Iraqis)`;
const HARM = String.raw`(?:killed|dead|died|wounded|injured|casualties|deaths|fatalities|displaced|missing|executed|slain|massacred|murdered|lost their lives)`;

const FIGURES: RegExp[] = [
  // "more than 500 civilians have been killed", "over 1,000 casualties", "nearly 20 people died"
  new RegExp(String.raw`\b${HEDGE}${NUM}\s+(?:[\p{L}-]+\s+){0,2}?(?:${PEOPLE}\s+)?(?:(?:were|have been|had been|are|been|was|being)\s+)?${HARM}\b`, 'gu'),
  // "killed at least 40 people", "wounding 12 soldiers"
  new RegExp(String.raw`\b(?:killed|killing|wounded|wounding|injured|injuring|displaced|displacing)\s+${HEDGE}${NUM}\s+(?:[\p{L}-]+\s+){0,2}?${PEOPLE}\b`, 'gu'),
  // "a death toll of 300", "the toll rose to 45"
  new RegExp(String.raw`\b(?:death toll|toll|casualty count)\s+(?:of|(?:has\s+)?(?:rose|risen|climbed|stood|stands|reached|hit)\s+(?:to|at)?)\s*${HEDGE}?${NUM}`, 'gu'),
  // "tens of thousands of civilians have been killed"
  new RegExp(String.raw`\b(?:tens|hundreds) of thousands of (?:[\p{L}-]+\s+)?${PEOPLE}\s+(?:have been|were|had been|are|have)\s+${HARM}\b`, 'giu'),
  // "50,000 troops", "an army of 200,000 soldiers"
  new RegExp(String.raw`\b${HEDGE}${NUM}\s+(?:[\p{L}-]+\s+)?(?:troops|soldiers|servicemen|fighters|reservists|mercenaries|combatants)\b`, 'gu'),
  // "58% of Russians", "40 per cent of voters"
  new RegExp(String.raw`\b${HEDGE}?${NUM}\s?(?:%|per ?cent\b|percent\b)\s+of\s+(?:the\s+)?(?:population|people|respondents|voters|adults|citizens|residents|households|\p{Lu}\p{Ll}+(?:ans|ians|ese|is|s))\b`, 'gu'),
  // "losses of $3bn", "cost £40 million", "damage worth €2 billion"
  new RegExp(String.raw`\b(?:cost|costs|costing|lost|losses|damage|damages|spent|spending|worth|price tag|bill)\s+(?:of\s+|at\s+)?${HEDGE}[$€£¥]\s?${NUM}`, 'gu'),
];

/**
 * At most this many findings per document: background totals ("the war has killed more
 * than 40,000 people") recur in wire copy, and one flag is enough to make the point.
 */
const MAX_PER_DOCUMENT = 1;

export function unsourcedStatistics(scan: Scan, alreadyFlagged: readonly Span[]): Claim[] {
  const claims: Claim[] = [];
  const text = scan.text;
  const paragraphSourced = new Map<number, boolean>();
  const quotesByParagraph = new Set((scan.context.quotes ?? []).map(q => q.paragraph));
  for (const view of scan.sentences()) {
    const s = view.sentence;
    const p = scan.paragraphOf(s);
    if (!p) continue;
    const pKey = p.start;
    const body = text.slice(s.start, s.end);
    if (!/\d|thousands/.test(body)) continue;
    let figure: Span | undefined;
    for (const re of FIGURES) {
      re.lastIndex = 0;
      const m = re.exec(body);
      if (m && (!figure || m.index < figure.start - s.start)) figure = { start: s.start + m.index, end: s.start + m.index + m[0].length };
    }
    if (!figure) continue;
    if (scan.quoted.overlaps(figure)) continue;
    // a figure whose only source is vague or anonymous takes that finding instead
    if (alreadyFlagged.some(f => f.start < s.end && f.end > s.start)) continue;
    if (hasSource(body)) continue;
    let sourced = paragraphSourced.get(pKey);
    if (sourced === undefined) {
      const pBody = text.slice(p.start, p.end);
      sourced = hasSource(pBody) || quotesByParagraph.has(p.index) || scan.quoted.overlaps(p) ||
        alreadyFlagged.some(f => f.start < p.end && f.end > p.start);
      paragraphSourced.set(pKey, sourced);
    }
    if (sourced) continue;
    claims.push({
      start: figure.start, end: figure.end, text: text.slice(figure.start, figure.end),
      code: 'unsourced-statistic',
      message: unsourcedStatisticMessage(),
      claim: { start: s.start, end: s.end },
    });
    if (claims.length >= MAX_PER_DOCUMENT) break;
  }
  return claims;
}

/** Any attribution at all: a cue verb, "according to", a quotation mark, a footnote. */
function hasSource(text: string): boolean {
  const body = text.replace(/\b(?:an|the) estimated\b/gi, ' '); // a hedge, not a source
  return SOURCING_CUE.test(body) || PER_SOURCE.test(body) || /[“”"«»]/.test(body) || /\[\d+\]/.test(body) || /\bvia\s+\p{Lu}/u.test(body);
}
