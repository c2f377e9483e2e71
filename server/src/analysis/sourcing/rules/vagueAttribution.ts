import type { Claim } from '../../types';
import type { Scan } from '../context';
import { claimSpan } from '../claimSpan';
import { vagueAttributionMessage } from '../messages';
import type { SourcePhrase } from '../sourcePhrases';

/**
 * vague-attribution: an unnamed, generic group as the source of a claim. "western analysts
 * estimate", "experts warn", "critics say", "some believe", "many fear", "Scholars generally
 * agree", "Recent media reports have speculated". Named groups ("Daesh claimed"), named
 * institutions and first-person statements ("We believe") are not flagged.
 */
export function vagueAttributions(scan: Scan, phrases: readonly SourcePhrase[]): Claim[] {
  const claims: Claim[] = [];
  for (const p of phrases) {
    if (!(p.kind === 'group' || p.kind === 'document' || p.kind === 'quantifier')) continue;
    if (scan.quoted.overlaps(p.phrase)) continue;
    claims.push({
      start: p.span.start, end: p.span.end, text: scan.text.slice(p.span.start, p.span.end),
      code: 'vague-attribution',
      message: vagueAttributionMessage(p),
      claim: claimSpan(scan.text, p.sentence.sentence, p.span),
    });
  }
  return claims;
}
