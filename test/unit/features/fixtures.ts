import type { Analysis, Claim, Entity, Quote } from '../../../server/src/analysis/types';

/** A hand-built Analysis, so adapter tests do not depend on the analysis rules. */
export function analysisOf(text: string, parts: { entities?: Entity[]; quotes?: Quote[]; claims?: Claim[] }): Analysis {
  return { length: text.length, paragraphs: [], sentences: [], entities: parts.entities ?? [], quotes: parts.quotes ?? [], claims: parts.claims ?? [], terms: [] };
}

/** The span of the first occurrence of `part` in `text` (after `from`). */
export function spanOf(text: string, part: string, from = 0) {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`"${part}" not in text`);
  return { start, end: start + part.length, text: part };
}
