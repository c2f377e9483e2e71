import type { DocumentHighlight, Location, Range } from 'vscode-languageserver';
import { DocumentHighlightKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Entity, Mention, Span } from '../analysis/types';
import { mentionAt } from './hover';

function range(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

/**
 * Where the article introduces an entity: its first mention by its fullest name, else its
 * first name mention.
 */
export function introduction(entity: Entity): Mention | undefined {
  const names = entity.mentions.filter(m => m.form === 'name');
  const longest = Math.max(0, ...names.map(m => m.text.length));
  return names.find(m => m.text.length === longest) ?? entity.mentions[0];
}

export function definition(analysis: Analysis, document: TextDocument, offset: number): Location | null {
  const found = mentionAt(analysis, offset);
  const intro = found && introduction(found.entity);
  return intro ? { uri: document.uri, range: range(document, intro) } : null;
}

/** Every mention of the entity under the cursor: names, surnames, possessives, nominals and pronouns. */
export function references(analysis: Analysis, document: TextDocument, offset: number, includeDeclaration = true): Location[] {
  const found = mentionAt(analysis, offset);
  if (!found) return [];
  const intro = introduction(found.entity);
  return found.entity.mentions
    .filter(m => includeDeclaration || m !== intro)
    .map(m => ({ uri: document.uri, range: range(document, m) }));
}

/** Names are highlighted as text, referring words ("he", "the envoy") as reads of it. */
export function highlights(analysis: Analysis, document: TextDocument, offset: number): DocumentHighlight[] {
  const found = mentionAt(analysis, offset);
  if (!found) return [];
  return found.entity.mentions.map(m => ({ range: range(document, m), kind: m.form === 'name' ? DocumentHighlightKind.Text : DocumentHighlightKind.Read }));
}
