import { readingBrief } from '../../brief/readingBrief';
import { builtinKnowledge, type KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { DocumentResult } from './json';

/** The reading brief of each document, one after another; summaries from `knowledge` (default built-in). */
export function toMarkdown(results: DocumentResult[], knowledge: KnowledgeBase = builtinKnowledge()): string {
  return results.map(r => readingBrief(r.file, r.text, r.analysis, knowledge)).join('\n---\n\n');
}
