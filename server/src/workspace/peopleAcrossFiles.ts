// The people and organisations across the workspace's articles: the grouping and order of
// the CLI's index (server/src/cli/peopleIndex.ts `buildIndex`, which `dossier people`
// prints), computed in slices that give way to other work, and with each article's own
// counts and first mention. A unit test checks that the entries equal buildIndex's on the
// same sightings; keep the two in step.

import type { Range } from 'vscode-languageserver-types';
import { compare, distinct, mostCommon, type IndexEntry } from '../cli/peopleIndex';
import { type EntitySummary, type FileSummary, rangeAt } from './summary';

/** One article a person or organisation appears in. */
export interface PersonInFile {
  uri: string;
  mentions: number;
  quotes: number;
  /** Where the article introduces them. */
  range: Range;
  /** The first role this article gives them, if any. */
  role?: string;
}

/** One person or organisation across the articles: the CLI index's entry, with its files in detail. */
export interface PersonAcrossFiles extends Omit<IndexEntry, 'files'> {
  /** The articles, in the order of `files` given. */
  files: PersonInFile[];
}

export interface Slicing {
  /** Called every `sliceMs` of work; the work goes on when it resolves. */
  pause?: () => Promise<void>;
  sliceMs?: number;
  /** Checked at each pause: when true the work stops and resolves undefined. */
  isCancelled?: () => boolean;
}

interface Seen {
  file: number;
  s: EntitySummary;
}

/**
 * Groups the files' people and organisations as `buildIndex` does: by knowledge-base entry
 * when the entity matched one, otherwise by name ignoring case; a name seen without an
 * entry joins the entry seen under that name elsewhere when there is exactly one. Sorted by
 * articles, quotes, mentions (most first), then name.
 */
export async function peopleAcrossFiles(files: readonly FileSummary[], slicing: Slicing = {}): Promise<PersonAcrossFiles[] | undefined> {
  const slice = slicing.sliceMs ?? 8;
  let started = performance.now();
  /** False when cancelled. */
  const breathe = async (): Promise<boolean> => {
    if (!slicing.pause || performance.now() - started < slice) return true;
    await slicing.pause();
    started = performance.now();
    return !slicing.isCancelled?.();
  };

  const entriesByName = new Map<string, Set<string>>();
  for (const f of files) {
    for (const s of f.entities) {
      if (!s.knowledgeId) continue;
      const key = s.name.toLowerCase();
      const ids = entriesByName.get(key);
      if (ids) ids.add(s.knowledgeId);
      else entriesByName.set(key, new Set([s.knowledgeId]));
    }
    if (!(await breathe())) return undefined;
  }
  const keyOf = (s: EntitySummary): string => {
    if (s.knowledgeId) return `kb:${s.knowledgeId}`;
    const entries = entriesByName.get(s.name.toLowerCase());
    return entries?.size === 1 ? `kb:${entries.values().next().value}` : `name:${s.name.toLowerCase()}`;
  };

  const groups = new Map<string, Seen[]>();
  for (let file = 0; file < files.length; file++) {
    for (const s of files[file].entities) {
      const key = keyOf(s);
      const group = groups.get(key);
      if (group) group.push({ file, s });
      else groups.set(key, [{ file, s }]);
    }
    if (!(await breathe())) return undefined;
  }

  const people: PersonAcrossFiles[] = [];
  for (const seen of groups.values()) {
    people.push(entryOf(seen, files));
    if (!(await breathe())) return undefined;
  }
  return people.sort((a, b) =>
    b.articles - a.articles || b.quotes - a.quotes || b.mentions - a.mentions || compare(a.name.toLowerCase(), b.name.toLowerCase()) || compare(a.name, b.name));
}

function entryOf(seen: Seen[], files: readonly FileSummary[]): PersonAcrossFiles {
  const name = mostCommon(seen.map(x => x.s.name), (a, b) => b.length - a.length);
  const knowledgeId = seen.find(x => x.s.knowledgeId)?.s.knowledgeId;
  const perFile = new Map<number, PersonInFile>();
  let quotes = 0;
  let mentions = 0;
  for (const { file, s } of seen) {
    quotes += s.quotes;
    mentions += s.mentions;
    const known = perFile.get(file);
    if (!known) {
      perFile.set(file, { uri: files[file].uri, mentions: s.mentions, quotes: s.quotes, range: rangeAt(files[file], s.at), ...(s.roles[0] ? { role: s.roles[0] } : {}) });
      continue;
    }
    // two entities of one article in one group (say "NATO" and "the Alliance"): add them up
    known.mentions += s.mentions;
    known.quotes += s.quotes;
    const r = rangeAt(files[file], s.at);
    if (r.start.line < known.range.start.line || (r.start.line === known.range.start.line && r.start.character < known.range.start.character)) known.range = r;
    known.role ??= s.roles[0];
  }
  return {
    name,
    type: mostCommon(seen.map(x => x.s.type)),
    ...(knowledgeId ? { knowledgeId } : {}),
    names: distinct([name, ...seen.map(x => x.s.name)]),
    roles: distinct(seen.flatMap(x => x.s.roles)),
    articles: perFile.size,
    quotes,
    mentions,
    files: [...perFile.values()],
  };
}

