import { readFile, stat } from 'node:fs/promises';
import { unwatchFile, watchFile } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, normalize, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { builtinKnowledge, type KnowledgeBase } from './knowledgeBase';
import { MAX_GLOSSARY_LENGTH, parseGlossary, withGlossary, type GlossaryProblem } from './glossary';
import type { KnowledgeEntry } from './types';
import { groupThousands } from '../groupThousands';

/** Where a workspace folder keeps its glossary. */
export const WORKSPACE_GLOSSARY = join('.dossier', 'glossary.json');
/** The glob a client watches for workspace glossaries. */
export const WORKSPACE_GLOSSARY_GLOB = '**/.dossier/glossary.json';

export interface GlossaryFile {
  /** file: URI of the glossary. */
  uri: string;
  path: string;
  scope: 'user' | 'workspace';
  /** The text read, or undefined when the file does not exist or cannot be read. */
  text?: string;
  /** Why the file could not be read (other than not existing). */
  readError?: string;
  entries: KnowledgeEntry[];
  problems: GlossaryProblem[];
}

export interface GlossaryFilesOptions {
  read?: (path: string) => Promise<string>;
  size?: (path: string) => Promise<number>;
}

/**
 * The user's glossary files: the one named by `dossier.glossary.userFile` and each
 * workspace folder's `.dossier/glossary.json` (read only in a trusted workspace). Reads them
 * from disk on request and merges their entries over the built-in knowledge base: workspace
 * folders over the user file, the built-in entries last.
 */
export class GlossaryFiles {
  private folders: string[] = [];
  private userFile: string | undefined;
  private trusted = true;
  private files: GlossaryFile[] = [];
  private merged: { entries: KnowledgeEntry[]; knowledge: KnowledgeBase } | undefined;
  private readonly read: (path: string) => Promise<string>;
  private readonly size: (path: string) => Promise<number>;

  constructor(options: GlossaryFilesOptions = {}) {
    this.read = options.read ?? (path => readFile(path, 'utf8'));
    this.size = options.size ?? (async path => (await stat(path)).size);
  }

  /** Workspace folders as file: URIs (others are skipped). */
  setWorkspaceFolders(uris: readonly string[]): void {
    this.folders = uris.map(toPath).filter((p): p is string => !!p);
  }

  setTrusted(trusted: boolean): void {
    this.trusted = trusted;
  }

  get isTrusted(): boolean {
    return this.trusted;
  }

  /** The `dossier.glossary.userFile` setting as given: a path, `~/…`, or a file: URI. */
  setUserFile(value: string | undefined): void {
    this.userFile = typeof value === 'string' && value.trim() ? value.trim() : undefined;
  }

  /** The user file's absolute path, if one is configured and can be placed. */
  userFilePath(): string | undefined {
    const v = this.userFile;
    if (!v) return undefined;
    if (/^file:/i.test(v)) return toPath(v);
    if (/^[a-z][a-z0-9+.-]+:\/\//i.test(v)) return undefined; // another scheme: not on this disk
    if (v === '~' || v.startsWith('~/') || v.startsWith('~\\')) return normalize(join(homedir(), v.slice(1)));
    if (isAbsolute(v)) return normalize(v);
    // relative: to the first workspace folder, which only a trusted workspace may supply
    return this.trusted && this.folders[0] ? resolve(this.folders[0], v) : undefined;
  }

  /** The files to read now, in merge order (user first, so workspace entries override it). */
  sources(): Array<{ path: string; uri: string; scope: 'user' | 'workspace' }> {
    const out: Array<{ path: string; uri: string; scope: 'user' | 'workspace' }> = [];
    const user = this.userFilePath();
    if (user) out.push({ path: user, uri: pathToFileURL(user).href, scope: 'user' });
    if (this.trusted) {
      for (const folder of this.folders) {
        const path = join(folder, WORKSPACE_GLOSSARY);
        if (!out.some(s => samePath(s.path, path))) out.push({ path, uri: pathToFileURL(path).href, scope: 'workspace' });
      }
    }
    return out;
  }

  /** Reads every source again. Never throws: unreadable files count as empty. */
  async reload(): Promise<GlossaryFile[]> {
    const files: GlossaryFile[] = [];
    for (const source of this.sources()) {
      const file: GlossaryFile = { ...source, entries: [], problems: [] };
      try {
        const size = await this.size(source.path);
        if (size > MAX_GLOSSARY_LENGTH * 4) {
          file.readError = `The glossary ${source.path} is larger than ${groupThousands(MAX_GLOSSARY_LENGTH * 4)} bytes and was not read.`;
          file.text = '';
          file.problems = [{ message: file.readError, start: 0, end: 0, severity: 'error' }];
        } else {
          file.text = await this.read(source.path);
          const parsed = parseGlossary(file.text);
          file.entries = parsed.entries;
          file.problems = parsed.problems;
        }
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code !== 'ENOENT' && code !== 'ENOTDIR') file.readError = `Could not read the glossary ${source.path}: ${(e as Error).message}`;
      }
      files.push(file);
    }
    this.files = files;
    this.merged = undefined;
    return files;
  }

  /** The files as last read. */
  loaded(): readonly GlossaryFile[] {
    return this.files;
  }

  /** Every glossary entry, least specific first (a later one overrides an earlier one with the same id). */
  entries(): KnowledgeEntry[] {
    return this.merge().entries;
  }

  /** The built-in knowledge base with the glossaries merged on top. */
  knowledge(): KnowledgeBase {
    return this.merge().knowledge;
  }

  /** Whether a changed file (a file: URI) is one of the glossaries. */
  isGlossary(uri: string): boolean {
    const path = toPath(uri);
    if (!path) return false;
    return this.sources().some(s => samePath(s.path, path)) || /[\\/]\.dossier[\\/]glossary\.json$/i.test(path);
  }

  /**
   * Polls the glossary files (for editors that cannot watch files for the server, and as a
   * safety net for those that can) and calls `onChange` when one changes. Returns a function
   * that stops watching.
   */
  poll(onChange: () => void, intervalMs = 2000): () => void {
    const paths = this.sources().map(s => s.path);
    const listener = () => onChange();
    for (const path of paths) watchFile(path, { interval: intervalMs, persistent: false }, listener);
    return () => { for (const path of paths) unwatchFile(path, listener); };
  }

  private merge(): { entries: KnowledgeEntry[]; knowledge: KnowledgeBase } {
    if (!this.merged) {
      const entries = this.files.flatMap(f => f.entries);
      let knowledge: KnowledgeBase | undefined;
      // the knowledge base is built (and the built-in one loaded) only when first asked for
      this.merged = { entries, get knowledge() { return (knowledge ??= entries.length ? withGlossary(builtinKnowledge(), entries) : builtinKnowledge()); } };
    }
    return this.merged;
  }
}

/** The directory a user glossary lives in, for a file watcher (a file: URI). */
export function directoryUri(path: string): string {
  return pathToFileURL(dirname(path)).href;
}

function toPath(uri: string): string | undefined {
  try {
    return /^file:/i.test(uri) ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

function samePath(a: string, b: string): boolean {
  const norm = (p: string) => (process.platform === 'win32' || process.platform === 'darwin' ? normalize(p).toLowerCase() : normalize(p));
  return norm(a) === norm(b);
}
