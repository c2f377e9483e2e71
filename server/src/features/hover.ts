import type { Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Entity, Mention } from '../analysis/types';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { knowledgeFor, wikipediaUrl } from '../knowledge/lookup';
import type { KnowledgeEntry } from '../knowledge/types';
import { escapeMarkdown } from './markdown';
import { enrichedSection, type EnrichmentLookup } from './enrichedHover';

export const TYPE_LABEL: Record<Entity['type'], string> = {
  person: 'Person', organization: 'Organisation', place: 'Place', nationality: 'Nationality or group', event: 'Event',
  date: 'Date', money: 'Money', percent: 'Percentage', quantity: 'Quantity', other: 'Name',
};

/**
 * The entity mention under `offset`, and its entity. Where mentions nest ("Russian" inside
 * "the Russian leader"), the outermost wins: it is what the phrase as a whole refers to.
 */
export function mentionAt(analysis: Analysis, offset: number): { entity: Entity; mention: Mention } | undefined {
  let inside: { entity: Entity; mention: Mention } | undefined;
  let atEnd: { entity: Entity; mention: Mention } | undefined;
  const longer = (a: Mention, b: Mention | undefined) => !b || a.end - a.start > b.end - b.start;
  for (const entity of analysis.entities) {
    for (const mention of entity.mentions) {
      if (mention.start <= offset && offset < mention.end) {
        if (longer(mention, inside?.mention)) inside = { entity, mention };
      } else if (mention.end === offset && longer(mention, atEnd?.mention)) {
        // the cursor just after a word still counts, as editors do for hovers at a word's end
        atEnd = { entity, mention };
      }
    }
  }
  return inside ?? atEnd;
}

/**
 * A hover card for the entity under the cursor: what the article says about it first, then
 * what the knowledge base knows. Document text is escaped; links go only to places in the
 * same document or to Wikipedia, never to commands.
 */
export function hover(analysis: Analysis, document: TextDocument, offset: number, knowledge?: KnowledgeBase, lookup?: EnrichmentLookup): Hover | null {
  const found = mentionAt(analysis, offset);
  if (!found) return termHover(analysis, document, offset, knowledge);
  const { entity, mention } = found;
  const entry = knowledge && knowledgeFor(entity, knowledge);
  // no knowledge-base entry: what an optional online lookup already found (never waited for)
  const enriched = !entry && lookup ? lookup(entity) : undefined;
  const value = [
    ...heading(entity, mention, entry),
    ...articleSection(analysis, document, entity),
    ...(entry ? knowledgeSection(entry) : enriched ? enrichedSection(enriched) : []),
  ].join('\n');
  return {
    contents: { kind: 'markdown', value },
    range: { start: document.positionAt(mention.start), end: document.positionAt(mention.end) },
  };
}

function heading(entity: Entity, mention: Mention, entry: KnowledgeEntry | undefined): string[] {
  const lines = [`**${escapeMarkdown(entity.name)}** · ${TYPE_LABEL[entity.type]}`];
  if (entry?.expansion && entry.expansion !== entity.name) lines.push('', `*${escapeMarkdown(entry.expansion)}*`);
  if (mention.form !== 'name') lines.push('', `“${escapeMarkdown(mention.text)}” refers to ${escapeMarkdown(entity.name)}`);
  return lines;
}

function articleSection(analysis: Analysis, document: TextDocument, entity: Entity): string[] {
  const lines: string[] = ['', '---', '', '**In this article**'];
  for (const role of entity.roles) {
    const label = role.source === 'byline' ? 'author (byline)' : escapeMarkdown(role.text);
    lines.push(`- ${label} · [line ${document.positionAt(role.start).line + 1}](${lineLink(document, role.start)})`);
  }
  const names = entity.mentions.filter(m => m.form === 'name').length;
  const others = entity.mentions.length - names;
  const quotes = analysis.quotes.filter(q => q.speaker === entity.id);
  let counts = `- mentioned ${plural(names, 'time')}` + (others ? ` (and ${plural(others, 'reference')} such as “he” or “the envoy”)` : '');
  if (quotes.length) counts += ` · quoted ${plural(quotes.length, 'time')}, [first on line ${document.positionAt(quotes[0].start).line + 1}](${lineLink(document, quotes[0].start)})`;
  lines.push(counts);
  return lines;
}

function knowledgeSection(entry: KnowledgeEntry): string[] {
  const lines = ['', '---', '', `**Background** — ${escapeMarkdown(entry.summary)}`];
  for (const role of entry.roles ?? []) lines.push(`- ${escapeMarkdown(role.title)} *(as of ${escapeMarkdown(role.asOf)}; may have changed)*`);
  const facts = entry.facts;
  if (facts?.capital || facts?.currency) lines.push(`- ${[facts.capital && `capital ${escapeMarkdown(facts.capital)}`, facts.currency && `currency ${escapeMarkdown(facts.currency)}`].filter(Boolean).join(' · ')}`);
  const wiki = wikipediaUrl(entry);
  if (wiki) lines.push('', `[Open in Wikipedia](${wiki})`);
  return lines;
}

/** A card for a term of the trade ("secondary sanctions"): what it means, from the knowledge base. */
function termHover(analysis: Analysis, document: TextDocument, offset: number, knowledge?: KnowledgeBase): Hover | null {
  const term = analysis.terms?.find(t => t.start <= offset && offset <= t.end);
  const entry = term && knowledge?.get(term.knowledgeId);
  if (!term || !entry) return null;
  const lines = [`**${escapeMarkdown(entry.name)}** · Term`];
  if (entry.expansion) lines.push('', `*${escapeMarkdown(entry.expansion)}*`);
  lines.push('', escapeMarkdown(entry.summary));
  const wiki = wikipediaUrl(entry);
  if (wiki) lines.push('', `[Open in Wikipedia](${wiki})`);
  return { contents: { kind: 'markdown', value: lines.join('\n') }, range: { start: document.positionAt(term.start), end: document.positionAt(term.end) } };
}

/** A link that opens this document at the line of `offset` (a file link, not a command). */
function lineLink(document: TextDocument, offset: number): string {
  const p = document.positionAt(offset);
  const uri = document.uri.replace(/[()<>\s]/g, ch => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `${uri}#L${p.line + 1},${p.character + 1}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
