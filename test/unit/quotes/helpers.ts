import { splitParagraphs } from '../../../server/src/analysis/text/paragraphs';
import { splitSentences } from '../../../server/src/analysis/text/sentences';
import { findQuotes } from '../../../server/src/analysis/quotes';
import { analyze } from '../../../server/src/analysis/analyze';
import type { Entity, EntityType, Mention, Quote } from '../../../server/src/analysis/types';

/** An entity written by hand for a test: every whole-word occurrence of `name` and `also` is a mention. */
export interface Known {
  name: string;
  type?: EntityType;
  also?: string[];
  roles?: string[];
}

export interface Found {
  text: string;
  quotes: Quote[];
  entities: Entity[];
}

/**
 * Runs the quote finder on `text` with entities made by hand, so a test depends on the
 * quote rules only and not on what the entity pass recognises.
 */
export function quotesWith(text: string, known: Known[] = []): Found {
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(text, paragraphs);
  const sentenceOf = (pos: number) => Math.max(0, sentences.findIndex(s => s.start <= pos && pos < s.end));
  const entities: Entity[] = known.map((k, i) => {
    const id = `e${i + 1}`;
    const mentions: Mention[] = [];
    for (const form of [k.name, ...(k.also ?? [])]) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (mentions.some(x => x.start < m!.index + form.length && m!.index < x.end)) continue;
        mentions.push({ start: m.index, end: m.index + form.length, text: form, form: 'name', entity: id, sentence: sentenceOf(m.index) });
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    const roles = (k.roles ?? []).map(r => {
      const at = text.indexOf(r);
      return { start: at, end: at + r.length, text: r, source: 'appositive' as const };
    });
    return { id, name: k.name, type: k.type ?? 'person', mentions, roles };
  });
  return { text, quotes: findQuotes(text, { paragraphs, sentences, entities }), entities };
}

/** The whole analysis, entities from the entity pass. */
export function quotesOf(text: string): Found {
  const a = analyze(text);
  return { text, quotes: a.quotes, entities: a.entities };
}

export interface Seen {
  kind: Quote['kind'];
  /** text.slice(start, end) of the quote */
  quote: string;
  /** The speaker entity's name, or null. */
  speaker: string | null;
}

/** What a reader of the spec checks: kind, the quoted words, and who says them. */
export function seen(found: Found, kinds: Array<Quote['kind']> = ['direct', 'partial']): Seen[] {
  const name = (id: string | null) => (id ? found.entities.find(e => e.id === id)?.name ?? `?${id}` : null);
  return found.quotes
    .filter(q => kinds.includes(q.kind))
    .map(q => ({ kind: q.kind, quote: found.text.slice(q.start, q.end), speaker: name(q.speaker) }));
}

/** The quoted words only. */
export function spans(found: Found, kinds: Array<Quote['kind']> = ['direct', 'partial']): string[] {
  return found.quotes.filter(q => kinds.includes(q.kind)).map(q => found.text.slice(q.start, q.end));
}
