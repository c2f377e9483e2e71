import type { Claim, ClaimCode, Quote, QuoteKind } from '../../../server/src/analysis/types';
import { splitParagraphs } from '../../../server/src/analysis/text/paragraphs';
import { splitSentences } from '../../../server/src/analysis/text/sentences';
import { findClaims } from '../../../server/src/analysis/sourcing';

/**
 * Sourcing findings for a text, with the real paragraph and sentence splitters, no entities
 * (so the rules are tested on their own word lists) and the quotes given (none by default).
 */
export function claimsFor(text: string, quotes: Quote[] = []): Claim[] {
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(text, paragraphs);
  return findClaims(text, { paragraphs, sentences, entities: [], quotes });
}

/** The findings as "code: flagged text" lines, easy to compare in a spec. */
export function flagged(text: string, quotes: Quote[] = []): string[] {
  return claimsFor(text, quotes).map(c => `${c.code}: ${c.text}`);
}

export function only(code: ClaimCode, text: string, quotes: Quote[] = []): string[] {
  return claimsFor(text, quotes).filter(c => c.code === code).map(c => c.text);
}

/** A hand-built Quote covering `words` (its first occurrence) inside `text`. */
export function quoteOf(text: string, words: string, options: { kind?: QuoteKind; speaker?: string | null; speakerText?: string | null } = {}): Quote {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  const end = start + words.length;
  const paragraphs = splitParagraphs(text);
  const paragraph = paragraphs.findIndex(p => p.start <= start && end <= p.end);
  return {
    start, end, text: words,
    kind: options.kind ?? 'direct',
    speaker: options.speaker === undefined ? null : options.speaker,
    speakerText: options.speakerText ?? null,
    speakerSpan: null,
    cue: null,
    paragraph: Math.max(0, paragraph),
  };
}
