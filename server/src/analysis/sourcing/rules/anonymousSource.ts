import type { Claim } from '../../types';
import type { Scan } from '../context';
import { claimSpan } from '../claimSpan';
import { anonymousSourceMessage } from '../messages';
import type { SourcePhrase } from '../sourcePhrases';

/**
 * anonymous-source: deliberately unnamed people as the source of a statement. "sources in
 * Minsk have said", "people familiar with the talks", "a senior official, who spoke on
 * condition of anonymity, said", "U.S. officials reported", "aides said". A spokesperson of
 * a named institution speaks on the record and is not flagged.
 */
export function anonymousSources(scan: Scan, phrases: readonly SourcePhrase[]): Claim[] {
  const claims: Claim[] = [];
  for (const p of phrases) {
    if (!(p.kind === 'source' || p.kind === 'official' || (p.kind === 'person' && p.anonymityMarker))) continue;
    if (scan.quoted.overlaps(p.phrase)) continue;
    claims.push({
      start: p.span.start, end: p.span.end, text: scan.text.slice(p.span.start, p.span.end),
      code: 'anonymous-source',
      message: anonymousSourceMessage(p),
      claim: claimSpan(scan.text, p.sentence.sentence, p.span),
    });
  }
  return claims;
}
