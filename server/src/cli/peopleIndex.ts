// The index of people and organisations across articles (`dossier people`).
//
// Each analysed article yields a few small "sightings" (one per person or organisation it
// names); the index groups them across articles. Sightings are plain data so that worker
// threads can send them back instead of whole analyses.

import type { Analysis, EntityType } from '../analysis/types';

export type IndexedType = Extract<EntityType, 'person' | 'organization'>;

const INDEXED_TYPES: readonly EntityType[] = ['person', 'organization'];

/** The role shown for a byline ("By Jane Doe"), whose own text is just "By". */
export const BYLINE_ROLE = 'author (byline)';

/** One person or organisation as one article sees it. */
export interface Sighting {
  name: string;
  type: IndexedType;
  knowledgeId?: string;
  /** Distinct role texts the article gives it, in order of appearance. */
  roles: string[];
  mentions: number;
  /** Quotes the article attributes to it. */
  quotes: number;
}

export interface ArticleSightings {
  file: string;
  sightings: Sighting[];
}

/** One line of the index. */
export interface IndexEntry {
  /** The name most articles use (the longest on a tie). */
  name: string;
  type: IndexedType;
  knowledgeId?: string;
  /** Every name form the articles use, the chosen name first. */
  names: string[];
  /** Distinct role texts (ignoring case), in order of first appearance. */
  roles: string[];
  articles: number;
  quotes: number;
  mentions: number;
  /** Files it appears in, in input order. */
  files: string[];
}

export function sightingsOf(analysis: Analysis): Sighting[] {
  const quotes = new Map<string, number>();
  for (const q of analysis.quotes) if (q.speaker) quotes.set(q.speaker, (quotes.get(q.speaker) ?? 0) + 1);
  return analysis.entities.filter(e => INDEXED_TYPES.includes(e.type)).map(e => ({
    name: e.name,
    type: e.type as IndexedType,
    ...(e.knowledgeId ? { knowledgeId: e.knowledgeId } : {}),
    roles: distinct(e.roles.map(r => (r.source === 'byline' ? BYLINE_ROLE : r.text))),
    mentions: e.mentions.length,
    quotes: quotes.get(e.id) ?? 0,
  }));
}

/**
 * Groups sightings across articles: by knowledge-base entry when the entity matched one,
 * otherwise by name ignoring case. A name seen without an entry joins the entry seen
 * under that name elsewhere, when there is exactly one such entry.
 *
 * Sorted by number of articles, then quotes, then mentions (all descending), then name.
 */
export function buildIndex(articles: ArticleSightings[]): IndexEntry[] {
  const entriesByName = new Map<string, Set<string>>();
  for (const { sightings } of articles) {
    for (const s of sightings) {
      if (!s.knowledgeId) continue;
      const key = s.name.toLowerCase();
      entriesByName.set(key, (entriesByName.get(key) ?? new Set()).add(s.knowledgeId));
    }
  }
  const keyOf = (s: Sighting): string => {
    if (s.knowledgeId) return `kb:${s.knowledgeId}`;
    const entries = entriesByName.get(s.name.toLowerCase());
    return entries?.size === 1 ? `kb:${[...entries][0]}` : `name:${s.name.toLowerCase()}`;
  };

  interface Group { sightings: Array<Sighting & { file: string }> }
  const groups = new Map<string, Group>();
  for (const { file, sightings } of articles) {
    for (const s of sightings) {
      const key = keyOf(s);
      const group = groups.get(key) ?? { sightings: [] };
      group.sightings.push({ ...s, file });
      groups.set(key, group);
    }
  }

  const entries = [...groups.values()].map(({ sightings }): IndexEntry => {
    const files = distinct(sightings.map(s => s.file), false);
    const name = mostCommon(sightings.map(s => s.name), (a, b) => b.length - a.length);
    const knowledgeId = sightings.find(s => s.knowledgeId)?.knowledgeId;
    return {
      name,
      type: mostCommon(sightings.map(s => s.type)),
      ...(knowledgeId ? { knowledgeId } : {}),
      names: distinct([name, ...sightings.map(s => s.name)]),
      roles: distinct(sightings.flatMap(s => s.roles)),
      articles: files.length,
      quotes: sightings.reduce((n, s) => n + s.quotes, 0),
      mentions: sightings.reduce((n, s) => n + s.mentions, 0),
      files,
    };
  });
  return entries.sort((a, b) =>
    b.articles - a.articles || b.quotes - a.quotes || b.mentions - a.mentions || compare(a.name.toLowerCase(), b.name.toLowerCase()) || compare(a.name, b.name));
}

/** The most frequent value; ties go to `tieBreak`, then to the first seen. */
export function mostCommon<T>(values: T[], tieBreak: (a: T, b: T) => number = () => 0): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0];
  for (const [v, n] of counts) {
    const m = counts.get(best) ?? 0;
    if (n > m || (n === m && tieBreak(v, best) < 0)) best = v;
  }
  return best;
}

/** Removes repeats (ignoring case unless told otherwise), keeping the first form seen. */
export function distinct(values: string[], ignoreCase = true): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const key = ignoreCase ? v.toLowerCase() : v;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(v);
  }
  return out;
}

/** Code-point order, the same on every machine and locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
