import { readingBrief } from '../../brief/readingBrief';
import { builtinKnowledge } from '../../knowledge/knowledgeBase';
import type { DocumentResult } from './json';

/** The reading brief of each document, one after another. */
export function toMarkdown(results: DocumentResult[]): string {
  return results.map(r => readingBrief(r.file, r.text, r.analysis, builtinKnowledge())).join('\n---\n\n');
}
