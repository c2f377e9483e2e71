import type { Entity, Paragraph, Quote, Sentence } from '../types';

export interface QuoteContext {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  entities: Entity[];
}

/** Quotations and reported speech with their speakers. Filled in by the quotes work. */
export function findQuotes(_text: string, _context: QuoteContext): Quote[] {
  return [];
}
