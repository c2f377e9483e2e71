import type { Claim } from '../../types';
import type { Scan } from '../context';
import { phraseClaims } from './phraseClaims';
import { vagueAttributionMessage } from '../messages';
import type { SourcePhrase } from '../sourcePhrases';

/**
 * vague-attribution: an unnamed, generic group as the source of a claim. "shipping analysts
 * estimate", "experts warn", "critics say", "some believe", "many fear", "Scholars generally
 * agree", "Recent media reports have suggested". Named groups ("Daesh claimed"), named
 * institutions and first-person statements ("We believe") are not flagged.
 */
export function vagueAttributions(scan: Scan, phrases: readonly SourcePhrase[]): Claim[] {
  return phraseClaims(scan, phrases, 'vague-attribution', p => p.kind === 'group' || p.kind === 'document' || p.kind === 'quantifier', vagueAttributionMessage);
}
