// What the workspace index keeps of one article: its people and organisations and its
// quotes, with the ranges to jump to, and nothing else (no text, sentences or mentions),
// so that thousands of articles fit in a few megabytes. Plain data: it is built in the
// index worker thread and sent back by structured clone.

import type { Range } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Entity, Mention, QuoteKind } from '../analysis/types';
import { type Sighting, sightingsOf } from '../cli/peopleIndex';
import { fold } from './match';

/** [start line, start character, end line, end character]. */
export type CompactRange = [number, number, number, number];

/** A person or organisation as one article sees it (the CLI index's sighting), with where it is introduced. */
export interface EntitySummary extends Sighting {
  /** Where the article introduces it (the first mention by its fullest name): an index into FileSummary.ranges. */
  at: number;
}

export interface QuoteSummary {
  /** The quote's first words, its name in symbol lists (as the outline names it). */
  name: string;
  /** The quoted words folded for search (see match.ts `fold`), cut at MAX_QUOTE_TEXT characters. */
  words: string;
  kind: QuoteKind;
  /** The speaker's name, when the article names one ("Dmitry Peskov"). */
  speaker?: string;
  /** The quoted words' span: an index into FileSummary.ranges. */
  at: number;
}

export interface FileSummary {
  uri: string;
  entities: EntitySummary[];
  quotes: QuoteSummary[];
  /** Every range of the file, four numbers each (start line, character, end line, character), in one array. */
  ranges: Int32Array;
}

/** The LSP Range of range number `at` of a file. */
export function rangeAt(file: FileSummary, at: number): Range {
  const r = file.ranges;
  const i = at * 4;
  return { start: { line: r[i], character: r[i + 1] }, end: { line: r[i + 2], character: r[i + 3] } };
}

/** Builds a summary from entities and quotes with their ranges (the ranges packed into one array). */
export function packSummary(uri: string, entities: Array<Sighting & { range: CompactRange }>, quotes: Array<Omit<QuoteSummary, 'at'> & { range: CompactRange }>): FileSummary {
  const ranges = new Int32Array((entities.length + quotes.length) * 4);
  let n = 0;
  const pack = (r: CompactRange) => {
    ranges.set(r, n * 4);
    return n++;
  };
  return {
    uri,
    entities: entities.map(({ range, ...e }) => ({ ...e, roles: e.roles.length ? e.roles : NO_ROLES, at: pack(range) })),
    quotes: quotes.map(({ range, ...q }) => ({ ...q, at: pack(range) })),
    ranges,
  };
}

/** One empty roles list shared by every entity the article gives no role. */
const NO_ROLES: string[] = [];

/** Per article, at most this many people and organisations… */
export const MAX_ENTITIES_PER_FILE = 1000;
/** …and this many quotes are kept… */
export const MAX_QUOTES_PER_FILE = 1000;
/** …each quote's words cut at this length (enough to search and to recognise it). */
export const MAX_QUOTE_TEXT = 300;

/** The summary of one analysed text; `text` is what was analysed, for the line and column of each range. */
export function summarize(uri: string, text: string, analysis: Analysis): FileSummary {
  const document = TextDocument.create(uri, 'plaintext', 0, text);
  const range = (start: number, end: number): CompactRange => {
    const s = document.positionAt(start);
    const e = document.positionAt(end);
    return [s.line, s.character, e.line, e.character];
  };
  const indexed = analysis.entities.filter(e => e.type === 'person' || e.type === 'organization');
  const sightings = sightingsOf(analysis); // one per indexed entity, in the same order
  const entities: Array<Sighting & { range: CompactRange }> = [];
  for (let i = 0; i < indexed.length && entities.length < MAX_ENTITIES_PER_FILE; i++) {
    const intro = introductionOf(indexed[i]);
    if (!intro) continue;
    entities.push({ ...sightings[i], range: range(intro.start, intro.end) });
  }
  const names = new Map(analysis.entities.map(e => [e.id, e.name]));
  const quotes = analysis.quotes.slice(0, MAX_QUOTES_PER_FILE).map((q): Omit<QuoteSummary, 'at'> & { range: CompactRange } => {
    const speaker = (q.speaker ? names.get(q.speaker) : undefined) ?? undefined;
    return {
      name: quoteName(q.text),
      words: fold(q.text.replace(/\s+/g, ' ').trim().slice(0, MAX_QUOTE_TEXT)),
      kind: q.kind,
      ...(speaker ? { speaker } : {}),
      range: range(q.start, q.end),
    };
  });
  return packSummary(uri, entities, quotes);
}

// The two helpers below give the same answers as features/navigation.ts `introduction` and
// features/symbols.ts `firstWords` (a unit test checks it); they are repeated here so that
// the index worker does not load the LSP library those modules import.

/** Where the article introduces an entity: its first mention by its fullest name, else its first mention. */
export function introductionOf(entity: Entity): Mention | undefined {
  let best: Mention | undefined;
  for (const m of entity.mentions) if (m.form === 'name' && (!best || m.text.length > best.text.length)) best = m;
  return best ?? entity.mentions[0];
}

/** A quote's first eight words, its name in the outline and in symbol lists. */
export function quoteName(text: string, max = 8): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const head = words.slice(0, max).join(' ');
  return (words.length > max ? `${head}…` : head) || '(empty quote)';
}
