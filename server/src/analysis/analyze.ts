import type { Analysis, AnalysisOptions } from './types';
import { splitParagraphs } from './text/paragraphs';
import { splitSentences } from './text/sentences';
import { findEntities } from './entities';
import { findQuotes } from './quotes';
import { findClaims } from './sourcing';

export const DEFAULT_MAX_FULL_ANALYSIS_LENGTH = 1_000_000;

/**
 * The whole analysis of one article: text in, plain data out. Pure: no I/O, no LSP types,
 * and the same text always gives the same Analysis.
 */
export function analyze(text: string, options: AnalysisOptions = {}): Analysis {
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(text, paragraphs);
  const entities = findEntities(text, { paragraphs, sentences });
  const full = text.length <= (options.maxFullAnalysisLength ?? DEFAULT_MAX_FULL_ANALYSIS_LENGTH);
  const quotes = full ? findQuotes(text, { paragraphs, sentences, entities }) : [];
  const claims = full ? findClaims(text, { paragraphs, sentences, entities, quotes }) : [];
  return { length: text.length, paragraphs, sentences, entities, quotes, claims };
}
