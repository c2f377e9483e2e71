import type { Claim, ClaimCode } from '../../types';
import type { Scan } from '../context';
import type { SourcePhrase } from '../sourcePhrases';
import { claimSpan } from '../claimSpan';

/**
 * One finding per source phrase the rule selects, outside quotations: the phrase's span,
 * the rule's code and message, and the statement it sources.
 */
export function phraseClaims(scan: Scan, phrases: readonly SourcePhrase[], code: ClaimCode,
  selects: (p: SourcePhrase) => boolean, message: (p: SourcePhrase) => string): Claim[] {
  const claims: Claim[] = [];
  for (const p of phrases) {
    if (!selects(p) || scan.quoted.overlaps(p.phrase)) continue;
    claims.push({
      start: p.span.start, end: p.span.end, text: scan.text.slice(p.span.start, p.span.end),
      code,
      message: message(p),
      claim: claimSpan(scan.text, p.sentence.sentence, p.span),
    });
  }
  return claims;
}
