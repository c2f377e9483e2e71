import type { Entity } from '../analysis/types';
import type { EnrichedSummary } from '../knowledge/enrichmentCache';
import { escapeMarkdown } from './markdown';

/**
 * What hover() may ask about an entity the knowledge base lacks: a summary known now, or
 * undefined. It must answer at once (from a cache); it may start a lookup for a later hover.
 */
export type EnrichmentLookup = (entity: Entity) => EnrichedSummary | undefined;

/**
 * The hover section for a summary found online. Everything in it came from the network, so
 * all of it is escaped as plain text; the only link is the page's own http(s) address.
 */
export function enrichedSection(summary: EnrichedSummary): string[] {
  const description = summary.description ? ` · *${escapeMarkdown(summary.description)}*` : '';
  const lines = ['', '---', '', `**From Wikipedia** — ${escapeMarkdown(summary.title)}${description}`, '', escapeMarkdown(summary.extract)];
  const link = linkTarget(summary.url);
  lines.push('', `${link ? `[Open in Wikipedia](${link}) · ` : ''}*found online by name, so it may be about a namesake; text CC BY-SA*`);
  return lines;
}

/** An http(s) URL made safe as a Markdown link destination, or undefined. */
export function linkTarget(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  return url.href.replace(/[()<>\s"'`\\[\]]/g, ch => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
