import type { Hover, MarkupContent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Entity, Mention } from '../analysis/types';
import { escapeMarkdown } from './markdown';

const TYPE_LABEL: Record<Entity['type'], string> = {
  person: 'Person', organization: 'Organisation', place: 'Place', nationality: 'Nationality or group', event: 'Event',
  date: 'Date', money: 'Money', percent: 'Percentage', quantity: 'Quantity', other: 'Name',
};

/** The entity mention under `offset`, and its entity. */
export function mentionAt(analysis: Analysis, offset: number): { entity: Entity; mention: Mention } | undefined {
  for (const entity of analysis.entities) {
    for (const mention of entity.mentions) {
      if (mention.start <= offset && offset < mention.end) return { entity, mention };
    }
  }
  // the cursor just after a word still counts (as editors do for hovers at a word's end)
  for (const entity of analysis.entities) {
    for (const mention of entity.mentions) if (mention.end === offset) return { entity, mention };
  }
  return undefined;
}

/** A hover card for the entity mentioned at the position: what the article says about it. */
export function hover(analysis: Analysis, document: TextDocument, offset: number): Hover | null {
  const found = mentionAt(analysis, offset);
  if (!found) return null;
  const { entity, mention } = found;
  const lines = [`**${escapeMarkdown(entity.name)}** · ${TYPE_LABEL[entity.type]}`];
  if (mention.form !== 'name') lines.push(`*${escapeMarkdown(mention.text)}* refers to ${escapeMarkdown(entity.name)}`);
  if (entity.roles.length) {
    lines.push('', 'In this article: ' + entity.roles.map(r => escapeMarkdown(r.text)).join('; '));
  }
  const names = entity.mentions.filter(m => m.form === 'name').length;
  const quotes = analysis.quotes.filter(q => q.speaker === entity.id).length;
  lines.push('', `Mentioned ${names} ${names === 1 ? 'time' : 'times'}` + (quotes ? ` · quoted ${quotes} ${quotes === 1 ? 'time' : 'times'}` : ''));
  const contents: MarkupContent = { kind: 'markdown', value: lines.join('\n') };
  return { contents, range: { start: document.positionAt(mention.start), end: document.positionAt(mention.end) } };
}
