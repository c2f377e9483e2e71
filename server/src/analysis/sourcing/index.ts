import type { Claim, ClaimCode, Span } from '../types';
import { Scan, type SourcingContext } from './context';
import { findSourcePhrases, type SourcePhrase } from './sourcePhrases';
import { anonymousSources } from './rules/anonymousSource';
import { vagueAttributions } from './rules/vagueAttribution';
import { agentlessAttributions } from './rules/agentlessAttribution';
import { unsourcedStatistics } from './rules/unsourcedStatistic';
import { unattributedQuotes } from './rules/unattributedQuote';

export type { SourcingContext } from './context';

/** When two findings overlap, the more specific one stays. */
const PRIORITY: Record<ClaimCode, number> = {
  'anonymous-source': 0,
  'vague-attribution': 1,
  'agentless-attribution': 2,
  'unattributed-quote': 3,
  'unsourced-statistic': 4,
};

/**
 * Claims resting on anonymous, vague or missing sources: unnamed sources and officials,
 * generic groups ("experts warn"), agentless attributions ("it is believed"), figures with
 * no source in their paragraph, and quotations with no speaker. Words inside a quotation
 * are the speaker's, not the article's sourcing, and are never flagged. Never throws:
 * a rule that fails on odd input contributes nothing.
 */
export function findClaims(text: string, context: SourcingContext): Claim[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  let scan: Scan;
  try {
    scan = new Scan(text, context ?? { paragraphs: [], sentences: [], entities: [], quotes: [] });
  } catch {
    return [];
  }
  const phrases = safely<SourcePhrase>(() => findSourcePhrases(scan));
  const found: Claim[] = [
    ...safely(() => anonymousSources(scan, phrases)),
    ...safely(() => vagueAttributions(scan, phrases)),
    ...safely(() => agentlessAttributions(scan)),
    ...safely(() => unattributedQuotes(scan)),
  ];
  found.push(...safely(() => unsourcedStatistics(scan, found)));
  return resolveOverlaps(found.filter(c => isInside(c, text.length) && isInside(c.claim, text.length)));
}

function safely<T>(rule: () => T[]): T[] {
  try {
    return rule();
  } catch {
    return [];
  }
}

function isInside(s: Span, length: number): boolean {
  return Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= length && s.start < s.end;
}

/** Keeps one finding per stretch of text (the highest-priority one), in text order. */
function resolveOverlaps(claims: Claim[]): Claim[] {
  const ranked = [...claims].sort((a, b) => PRIORITY[a.code] - PRIORITY[b.code] || a.start - b.start || b.end - a.end);
  const kept: Claim[] = [];
  for (const c of ranked) {
    if (kept.some(k => k.start < c.end && c.start < k.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
