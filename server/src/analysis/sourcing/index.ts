import type { Claim, Entity, Paragraph, Quote, Sentence } from '../types';

export interface SourcingContext {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  entities: Entity[];
  quotes: Quote[];
}

/** Claims resting on anonymous, vague or missing sources. Filled in by the sourcing work. */
export function findClaims(_text: string, _context: SourcingContext): Claim[] {
  return [];
}
