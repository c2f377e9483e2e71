import type { Claim } from '../../types';
import type { Scan } from '../context';
import { phraseClaims } from './phraseClaims';
import { anonymousSourceMessage } from '../messages';
import type { SourcePhrase } from '../sourcePhrases';

/**
 * anonymous-source: deliberately unnamed people as the source of a statement. "sources in
 * Minsk have said", "people familiar with the talks", "a senior official, who spoke on
 * condition of anonymity, said", "U.S. officials reported", "aides said". A spokesperson of
 * a named institution speaks on the record and is not flagged.
 */
export function anonymousSources(scan: Scan, phrases: readonly SourcePhrase[]): Claim[] {
  return phraseClaims(scan, phrases, 'anonymous-source', p => p.kind === 'source' || p.kind === 'official' || (p.kind === 'person' && p.anonymityMarker), anonymousSourceMessage);
}
