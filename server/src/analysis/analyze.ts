import type { Analysis, AnalysisOptions } from './types';
import { splitParagraphs } from './text/paragraphs';
import { splitSentences } from './text/sentences';
import { findEntities } from './entities';
import { glossaryGazetteer } from './entities/glossaryGazetteer';
import { findQuotes } from './quotes';
import { findClaims } from './sourcing';
import { findTerms } from './terms';
import { alignSpeakerMentions } from './speakerMentions';
import { maskMarkdown, withFrontMatter } from './text/markdownProse';

export const DEFAULT_MAX_FULL_ANALYSIS_LENGTH = 1_000_000;

/**
 * The whole analysis of one article: text in, plain data out. Pure: no I/O, no LSP types,
 * and the same text always gives the same Analysis.
 */
export function analyze(text: string, options: AnalysisOptions = {}): Analysis {
  if (options.format === 'markdown') {
    // prose only: the rest is blanked out, so spans still index the original text
    const masked = maskMarkdown(text);
    return withFrontMatter(analyze(masked.text, { ...options, format: 'plain' }), text, masked);
  }
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(text, paragraphs);
  const gazetteer = options.gazetteer ?? (options.glossary?.length ? glossaryGazetteer(options.glossary) : undefined);
  const entities = findEntities(text, { paragraphs, sentences, gazetteer });
  const full = text.length <= (options.maxFullAnalysisLength ?? DEFAULT_MAX_FULL_ANALYSIS_LENGTH);
  const quotes = full ? findQuotes(text, { paragraphs, sentences, entities }) : [];
  const claims = full ? findClaims(text, { paragraphs, sentences, entities, quotes }) : [];
  const terms = findTerms(text, sentences, entities.flatMap(e => e.mentions), options.glossary);
  return { length: text.length, paragraphs, sentences, entities: alignSpeakerMentions(entities, quotes, sentences), quotes, claims, terms };
}
