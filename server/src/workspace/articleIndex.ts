// The workspace index: a compact summary per article (see summary.ts), from the files on
// disk and, on top of them, from the open documents' live text. It answers two questions:
// which people, organisations and quotes match a query (workspace symbols), and who
// appears across the articles (the CLI's people index, with where each one appears).
// Plain data in, plain data out: no LSP connection, no file system.

import type { Range } from 'vscode-languageserver-types';
import type { IndexedType } from '../cli/peopleIndex';
import { fold, prepareQuery, symbolScore } from './match';
import { type PersonAcrossFiles, peopleAcrossFiles, type Slicing } from './peopleAcrossFiles';
import { type FileSummary, rangeAt } from './summary';

export type { PersonAcrossFiles, PersonInFile } from './peopleAcrossFiles';

/** One workspace-symbol answer, before it becomes an LSP SymbolInformation. */
export interface SymbolMatch {
  kind: IndexedType | 'quote';
  /** A person's or organisation's name, or a quote's first words. */
  name: string;
  /** A person's role in that article, or a quote's speaker. */
  container?: string;
  uri: string;
  range: Range;
  score: number;
}

export interface SearchOptions extends Slicing {
  /** At most this many results (the best ones). Default 500. */
  limit?: number;
}

export const DEFAULT_SYMBOL_LIMIT = 500;

export class ArticleIndex {
  private readonly disk = new Map<string, FileSummary>();
  private readonly live = new Map<string, { version: number; summary: FileSummary }>();
  /** One copy of each name, role and id however many articles use it. */
  private readonly strings = new Map<string, string>();
  /** Names folded for matching, computed once per name. */
  private readonly folded = new Map<string, string>();
  private generation = 0;
  private sorted: { generation: number; files: FileSummary[] } | undefined;
  private peopleCache: { generation: number; people: Promise<PersonAcrossFiles[] | undefined> } | undefined;

  /** Changes whenever what the index answers may have changed. */
  get version(): number {
    return this.generation;
  }

  /** Articles on disk that have a summary. */
  get diskSize(): number {
    return this.disk.size;
  }

  /** Articles the index answers for: those on disk and the open documents. */
  get size(): number {
    let n = this.disk.size;
    for (const uri of this.live.keys()) if (!this.disk.has(uri)) n++;
    return n;
  }

  hasFile(uri: string): boolean {
    return this.disk.has(uri);
  }

  /** Sets (or replaces) the summary of a file on disk. */
  setFile(summary: FileSummary): void {
    this.disk.set(summary.uri, this.intern(summary));
    this.changed();
  }

  deleteFile(uri: string): boolean {
    const had = this.disk.delete(uri);
    if (had) this.changed();
    return had;
  }

  /** Forgets every file on disk whose URI starts with `prefix` (a deleted folder, a removed workspace folder). */
  deleteUnder(prefix: string): string[] {
    const base = prefix.endsWith('/') ? prefix : `${prefix}/`;
    const gone = [...this.disk.keys()].filter(uri => uri.startsWith(base));
    for (const uri of gone) this.disk.delete(uri);
    if (gone.length) this.changed();
    return gone;
  }

  /** The live version of an open document, which the index answers for instead of the file. */
  setLive(version: number, summary: FileSummary): void {
    this.live.set(summary.uri, { version, summary: this.intern(summary) });
    this.changed();
  }

  liveVersion(uri: string): number | undefined {
    return this.live.get(uri)?.version;
  }

  /** The document was closed: the file on disk (if indexed) answers again. */
  deleteLive(uri: string): void {
    if (this.live.delete(uri)) this.changed();
  }

  /** Every article the index answers for, open documents' live summaries over files, sorted by URI. */
  files(): FileSummary[] {
    if (this.sorted?.generation === this.generation) return this.sorted.files;
    const byUri = new Map(this.disk);
    for (const [uri, { summary }] of this.live) byUri.set(uri, summary);
    const files = [...byUri.values()].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
    this.sorted = { generation: this.generation, files };
    return files;
  }

  /**
   * People, organisations and quotes matching `query` (see match.ts), best first: by score,
   * then people and organisations before quotes, then name and place. Resolves undefined
   * when cancelled.
   */
  async search(rawQuery: string, options: SearchOptions = {}): Promise<SymbolMatch[] | undefined> {
    const limit = Math.max(1, options.limit ?? DEFAULT_SYMBOL_LIMIT);
    const query = prepareQuery(rawQuery);
    const files = this.files();
    const matches: Array<Omit<SymbolMatch, 'range'> & { file: FileSummary; at: number }> = [];
    const slice = options.sliceMs ?? 8;
    let started = performance.now();
    for (const file of files) {
      if (options.pause && performance.now() - started > slice) {
        await options.pause();
        started = performance.now();
      }
      if (options.isCancelled?.()) return undefined;
      for (const e of file.entities) {
        const s = symbolScore(query, this.fold(e.name));
        if (s) matches.push({ kind: e.type, name: e.name, ...(e.roles[0] ? { container: e.roles[0] } : {}), uri: file.uri, file, at: e.at, score: s });
      }
      for (const q of file.quotes) {
        const s = symbolScore(query, q.words.slice(0, q.name.length), q.speaker && this.fold(q.speaker), q.words);
        if (s) matches.push({ kind: 'quote', name: q.name, ...(q.speaker ? { container: q.speaker } : {}), uri: file.uri, file, at: q.at, score: s });
      }
      // keep memory bounded on a broad query: drop all but the best when far over the limit
      if (matches.length > limit * 8) matches.splice(0, matches.length, ...best(matches, limit));
    }
    if (options.isCancelled?.()) return undefined;
    return best(matches, limit).map(({ file, at, ...m }) => ({ ...m, range: rangeAt(file, at) }));
  }

  /**
   * The people and organisations across the articles, grouped and ordered as `dossier
   * people` does, each with the articles it appears in. Computed in slices (see Slicing)
   * once per change of the index; resolves undefined when cancelled.
   */
  people(slicing: Slicing = {}): Promise<PersonAcrossFiles[] | undefined> {
    if (this.peopleCache?.generation === this.generation) return this.peopleCache.people;
    const generation = this.generation;
    const people = peopleAcrossFiles(this.files(), slicing);
    this.peopleCache = { generation, people };
    // a cancelled computation is not kept
    void people.then(p => { if (!p && this.peopleCache?.people === people) this.peopleCache = undefined; });
    return people;
  }

  private fold(name: string): string {
    let f = this.folded.get(name);
    if (f === undefined) {
      f = fold(name);
      this.folded.set(name, f);
    }
    return f;
  }

  /** Shares the strings many articles repeat (names, roles, ids) across summaries. */
  private intern(summary: FileSummary): FileSummary {
    const one = (s: string) => {
      const known = this.strings.get(s);
      if (known !== undefined) return known;
      this.strings.set(s, s);
      return s;
    };
    for (const e of summary.entities) {
      e.name = one(e.name);
      e.type = one(e.type) as typeof e.type;
      if (e.knowledgeId) e.knowledgeId = one(e.knowledgeId);
      for (let i = 0; i < e.roles.length; i++) e.roles[i] = one(e.roles[i]);
    }
    for (const q of summary.quotes) {
      q.kind = one(q.kind) as typeof q.kind;
      if (q.speaker) q.speaker = one(q.speaker);
    }
    return summary;
  }

  private changed(): void {
    this.generation++;
  }
}

function best<T extends { score: number; kind: string; name: string; uri: string; file: FileSummary; at: number }>(matches: T[], limit: number): T[] {
  const rank = (m: T) => (m.kind === 'quote' ? 1 : 0);
  const line = (m: T) => m.file.ranges[m.at * 4];
  const character = (m: T) => m.file.ranges[m.at * 4 + 1];
  return matches.sort((a, b) => b.score - a.score || rank(a) - rank(b) || compare(a.name, b.name) || compare(a.uri, b.uri)
    || line(a) - line(b) || character(a) - character(b)).slice(0, limit);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
