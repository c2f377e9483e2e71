// The on-disk cache of online enrichment: one small JSON file per looked-up title, named by
// a hash of the endpoint and the title, holding what the lookup found (a summary, or that
// there is no such page) and when. Reads are synchronous and small (a hover may need one);
// writes are asynchronous and atomic (a temporary file renamed into place).

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** What Wikipedia says about a name: plain text, never Markdown or HTML. */
export interface EnrichedSummary {
  /** The page's title ("Halvard Brennick"). */
  title: string;
  /** The first sentences of the page, as plain text. */
  extract: string;
  /** The short description ("Velmoran diplomat"), if any. */
  description?: string;
  /** The page's address on the web (http or https), if the answer gave one. */
  url?: string;
}

/** The outcome of a lookup worth remembering: a summary, or that there is no usable page. */
export type EnrichmentResult =
  | { kind: 'found'; summary: EnrichedSummary }
  | { kind: 'missing'; reason: 'not-found' | 'ambiguous' | 'no-extract' };

export interface CacheRecord {
  version: 1;
  endpoint: string;
  title: string;
  /** When the answer was received (ms since the epoch). */
  fetchedAt: number;
  result: EnrichmentResult;
}

/** Largest cache file read back; anything larger was not written by Dossier. */
const MAX_FILE_BYTES = 256 * 1024;

export class EnrichmentDiskCache {
  private madeDir = false;
  private writes = Promise.resolve();
  private warned = false;

  constructor(readonly dir: string) {}

  fileFor(endpoint: string, title: string): string {
    return join(this.dir, `${createHash('sha256').update(`${endpoint}\n${title}`).digest('hex').slice(0, 40)}.json`);
  }

  /** The record for a title, if there is a valid one on disk (fresh or not: the caller decides). */
  read(endpoint: string, title: string): CacheRecord | undefined {
    let text: string;
    try {
      const buffer = readFileSync(this.fileFor(endpoint, title));
      if (buffer.byteLength > MAX_FILE_BYTES) return undefined;
      text = buffer.toString('utf8');
    } catch {
      return undefined; // not cached (or unreadable): a miss
    }
    try {
      const record = validRecord(JSON.parse(text));
      return record && record.endpoint === endpoint && record.title === title ? record : undefined;
    } catch {
      return undefined;
    }
  }

  /** Writes a record; the first failure is reported to `onError`, all are otherwise ignored (the cache is an optimisation). */
  write(record: CacheRecord, onError: (message: string) => void = () => undefined): Promise<void> {
    this.writes = this.writes.then(async () => {
      const file = this.fileFor(record.endpoint, record.title);
      const temp = `${file}.${process.pid}.${Date.now().toString(36)}.tmp`;
      try {
        if (!this.madeDir) {
          await mkdir(this.dir, { recursive: true });
          this.madeDir = true;
        }
        await writeFile(temp, JSON.stringify(record), 'utf8');
        await rename(temp, file);
      } catch (e) {
        await rm(temp, { force: true }).catch(() => undefined);
        if (this.warned) return;
        this.warned = true;
        onError(`Could not write the enrichment cache in ${this.dir}: ${(e as Error).message}`);
      }
    });
    return this.writes;
  }

  /** Resolves when the writes asked for so far are done. */
  flushed(): Promise<void> {
    return this.writes;
  }

  /** Creates the directory now (tests). */
  ensureDir(): void {
    mkdirSync(this.dir, { recursive: true });
    this.madeDir = true;
  }
}

/**
 * Where the cache lives: under the directory the client gave (VS Code passes the extension's
 * global storage), else `$XDG_CACHE_HOME/dossier`, `%LOCALAPPDATA%\dossier` on Windows, or
 * `~/.cache/dossier`.
 */
export function enrichmentCacheDir(clientDir: unknown, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: () => string = homedir): string {
  if (typeof clientDir === 'string' && clientDir.trim() && clientDir.length < 4096 && isAbsolutePath(clientDir.trim())) return join(clientDir.trim(), 'wikipedia');
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolutePath(xdg)) return join(xdg, 'dossier', 'wikipedia');
  if (platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'dossier', 'wikipedia');
  return join(home(), '.cache', 'dossier', 'wikipedia');
}

function isAbsolutePath(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\');
}

/** A record read from disk, checked field by field (a cache file may have been edited or truncated). */
export function validRecord(raw: unknown): CacheRecord | undefined {
  if (!isObject(raw) || raw.version !== 1 || typeof raw.endpoint !== 'string' || typeof raw.title !== 'string' || typeof raw.fetchedAt !== 'number' || !Number.isFinite(raw.fetchedAt)) return undefined;
  const result = raw.result;
  if (!isObject(result)) return undefined;
  if (result.kind === 'missing') {
    const reason = result.reason === 'ambiguous' || result.reason === 'no-extract' ? result.reason : 'not-found';
    return { version: 1, endpoint: raw.endpoint, title: raw.title, fetchedAt: raw.fetchedAt, result: { kind: 'missing', reason } };
  }
  if (result.kind !== 'found' || !isObject(result.summary)) return undefined;
  const s = result.summary;
  if (typeof s.title !== 'string' || typeof s.extract !== 'string' || !s.extract) return undefined;
  const summary: EnrichedSummary = { title: s.title, extract: s.extract };
  if (typeof s.description === 'string' && s.description) summary.description = s.description;
  if (typeof s.url === 'string' && /^https?:\/\//i.test(s.url)) summary.url = s.url;
  return { version: 1, endpoint: raw.endpoint, title: raw.title, fetchedAt: raw.fetchedAt, result: { kind: 'found', summary } };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
