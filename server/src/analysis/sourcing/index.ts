import type { Claim, ClaimCode, Paragraph, Quote, Sentence, Span } from '../types';
import { Scan, type SourcingContext, type TypedSpan } from './context';
import { blockStatementStep } from './quoted';
import { findSourcePhrases, type SourcePhrase } from './sourcePhrases';
import { anonymousSources } from './rules/anonymousSource';
import { vagueAttributions } from './rules/vagueAttribution';
import { agentlessAttributions } from './rules/agentlessAttribution';
import { unsourcedStatistics } from './rules/unsourcedStatistic';
import { unattributedQuotes } from './rules/unattributedQuote';

export type { SourcingContext, TypedSpan } from './context';

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
 * a rule that fails on odd input contributes nothing. Each paragraph is read on its own
 * (with what the paragraph before it leaves open), and at most one figure is flagged.
 */
export function findClaims(text: string, context: SourcingContext): Claim[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const paragraphs = (context?.paragraphs ?? []).filter(p => p && Number.isInteger(p.start) && Number.isInteger(p.end) && p.start >= 0 && p.end <= text.length && p.start < p.end);
  if (!paragraphs.length) return [];
  const groups = paragraphs.map(() => ({ sentences: [] as Sentence[], quotes: [] as Quote[], mentions: [] as TypedSpan[] }));
  // the paragraph holding a span: by index when given, else by offset
  const holder = (span: Span, index?: number): number => {
    if (index !== undefined && index >= 0 && index < paragraphs.length && paragraphs[index].start <= span.start && span.end <= paragraphs[index].end) return index;
    let lo = 0, hi = paragraphs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (paragraphs[mid].end < span.start) lo = mid + 1;
      else if (paragraphs[mid].start > span.start) hi = mid - 1;
      else return span.end <= paragraphs[mid].end ? mid : -1;
    }
    return -1;
  };
  const sameIndices = paragraphs.length === context.paragraphs.length;
  for (const s of context.sentences ?? []) {
    if (!s || !(s.start >= 0 && s.end <= text.length && s.start < s.end)) continue;
    const k = holder(s, sameIndices ? s.paragraph : undefined);
    if (k >= 0) groups[k].sentences.push(s);
  }
  for (const q of context.quotes ?? []) {
    if (!q || !(Number.isInteger(q.start) && Number.isInteger(q.end) && q.start >= 0 && q.end <= text.length && q.start < q.end)) continue;
    const k = holder(q, sameIndices ? q.paragraph : undefined);
    if (k >= 0) groups[k].quotes.push(q);
  }
  for (const e of context.entities ?? []) {
    for (const m of e?.mentions ?? []) {
      const k = holder(m);
      if (k >= 0) groups[k].mentions.push({ start: m.start, end: m.end, type: e.type });
    }
  }
  const out: Claim[] = [];
  let blockOpen = false;
  let unnamed = false;
  let statistic = false;
  paragraphs.forEach((p, k) => {
    const g = groups[k];
    g.mentions.sort((a, b) => a.start - b.start);
    const found = paragraphClaims(text, p, g.sentences, g.mentions, g.quotes, blockOpen, unnamed);
    blockOpen = found.blockOpen;
    unnamed = reliesOnUnnamed(found.claims);
    out.push(...(found.statistic && !statistic ? withClaim(found.claims, found.statistic) : found.claims));
    if (found.statistic) statistic = true;
  });
  return out;
}

/** What the sourcing rules find in one paragraph. */
export interface ParagraphClaims {
  /** The findings, in text order, with no two overlapping; without the unsourced figure. */
  claims: Claim[];
  /** The paragraph's first unsourced figure (a document reports only its first). */
  statistic: Claim | null;
  /** Whether a statement introduced by "X said:" runs on after the paragraph. */
  blockOpen: boolean;
}

/**
 * The findings of one paragraph: its sentences, the mentions in it (with their entities'
 * types, sorted by start), its quotes, and whether a statement introduced before it runs
 * on into it, and whether the paragraph before relied on an unnamed official. Reads the
 * text of the paragraph and the end of the one before it.
 */
export function paragraphClaims(text: string, paragraph: Paragraph, sentences: Sentence[], mentions: TypedSpan[], quotes: Quote[], blockOpen: boolean, unnamedBefore = false): ParagraphClaims {
  let scan: Scan;
  try {
    scan = new Scan(text, { paragraphs: [paragraph], sentences, entities: [], quotes }, { mentions, blockOpen, unnamedBefore });
  } catch {
    return { claims: [], statistic: null, blockOpen: false };
  }
  const phrases = safely<SourcePhrase>(() => findSourcePhrases(scan));
  const found: Claim[] = [
    ...safely(() => anonymousSources(scan, phrases)),
    ...safely(() => vagueAttributions(scan, phrases)),
    ...safely(() => agentlessAttributions(scan)),
    ...safely(() => unattributedQuotes(scan)),
  ];
  const statistic = safely(() => unsourcedStatistics(scan, found))[0];
  const claims = resolveOverlaps(found.filter(c => isInside(c, text.length) && isInside(c.claim, text.length)));
  return {
    claims,
    statistic: statistic && isInside(statistic, text.length) && isInside(statistic.claim, text.length) ? statistic : null,
    blockOpen: blockStatementStep(text.slice(paragraph.start, paragraph.end), blockOpen).open,
  };
}

/** Whether a paragraph's findings include an unnamed official or source, whom "the official" in the next may mean. */
export function reliesOnUnnamed(claims: readonly Claim[]): boolean {
  return claims.some(c => c.code === 'anonymous-source');
}

/** A finding added to findings in text order, which it does not overlap. */
function withClaim(claims: Claim[], claim: Claim): Claim[] {
  return resolveOverlaps([...claims, claim]);
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
