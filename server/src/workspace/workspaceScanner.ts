// Finds the article files of a workspace folder: those `dossier.include` selects among the
// article extensions (.news, .txt, .md), minus what `files.exclude` leaves out, hidden
// files and folders, node_modules, and files over the size limit. Asynchronous file system
// calls only, so that the server keeps answering while a large tree is listed.

import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { isArticleFile } from '../cli/walk';
import { ExcludeRules, GlobSet } from './glob';

export const DEFAULT_INCLUDE = ['**/*.news'];
/** Files larger than this are not indexed (1 MB). */
export const MAX_FILE_SIZE = 1024 * 1024;
/** At most this many files per workspace are indexed, to keep memory bounded. */
export const MAX_FILES = 20_000;

/** Folder names never entered, besides hidden ones. */
const SKIPPED_FOLDERS = new Set(['node_modules']);

export interface ScanSettings {
  include: GlobSet;
  exclude: ExcludeRules;
  maxFileSize: number;
}

export function scanSettings(include: readonly string[] = DEFAULT_INCLUDE, exclude: ExcludeRules = ExcludeRules.from(undefined), maxFileSize = MAX_FILE_SIZE): ScanSettings {
  return { include: new GlobSet(include), exclude, maxFileSize };
}

export interface FoundFile {
  /** Absolute path. */
  path: string;
  size: number;
  mtimeMs: number;
}

export interface ScanResult {
  files: FoundFile[];
  /** Article files left out for their size. */
  tooLarge: string[];
  /** The walk stopped at `maxFiles`. */
  truncated: boolean;
  /** Folders that could not be listed, with why. */
  problems: string[];
}

/** The path of `path` inside `folder` with forward slashes, or undefined when it is outside. */
export function relativeInside(folder: string, path: string): string | undefined {
  const rel = relative(folder, path);
  if (!rel || rel.startsWith('..') || /^[a-zA-Z]:/.test(rel) || rel.startsWith(sep)) return undefined;
  return sep === '/' ? rel : rel.split(sep).join('/');
}

/**
 * Whether a file at `relativePath` in its workspace folder is one to index, by its name
 * alone (size and content are checked when it is read): an article extension, selected by
 * the include globs, and no hidden or skipped folder or exclude pattern on its way.
 */
export function selects(settings: ScanSettings, relativePath: string): boolean {
  const parts = relativePath.split('/');
  if (parts.some(p => p.startsWith('.') || SKIPPED_FOLDERS.has(p))) return false;
  if (!isArticleFile(parts[parts.length - 1]) || !settings.include.matches(relativePath)) return false;
  return !settings.exclude.excludesFile(relativePath) && !settings.exclude.excludesAncestor(relativePath);
}

/**
 * Lists the files to index under `folder`, sorted folder by folder. Symbolic links are
 * followed, each real folder entered once. `isCancelled` is checked between folders.
 */
export async function scanFolder(folder: string, settings: ScanSettings, options: { maxFiles?: number; isCancelled?: () => boolean } = {}): Promise<ScanResult> {
  const result: ScanResult = { files: [], tooLarge: [], truncated: false, problems: [] };
  const maxFiles = options.maxFiles ?? MAX_FILES;
  const visited = new Set<string>([await realPath(folder)]);
  const pending: string[] = [folder];
  while (pending.length) {
    if (options.isCancelled?.()) break;
    const dir = pending.shift()!;
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      if (dir === folder || (e as NodeJS.ErrnoException).code !== 'ENOENT') result.problems.push(`${dir}: ${(e as Error).message}`);
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const names = new Set(entries.map(e => e.name));
    const subfolders: string[] = [];
    for (const entry of entries) {
      if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue;
      const path = join(dir, entry.name);
      const rel = relativeInside(folder, path);
      if (!rel) continue;
      let kind: 'file' | 'directory' | 'other' = entry.isFile() ? 'file' : entry.isDirectory() ? 'directory' : 'other';
      if (entry.isSymbolicLink()) {
        try {
          const target = await stat(path);
          kind = target.isFile() ? 'file' : target.isDirectory() ? 'directory' : 'other';
        } catch {
          continue; // a broken link
        }
      }
      if (kind === 'directory') {
        if (settings.exclude.excludesFolder(rel)) continue;
        const real = await realPath(path);
        if (visited.has(real)) continue;
        visited.add(real);
        subfolders.push(path);
      } else if (kind === 'file' && isArticleFile(entry.name) && settings.include.matches(rel) && !settings.exclude.excludesFile(rel, n => names.has(n))) {
        let info;
        try {
          info = await stat(path);
        } catch {
          continue; // gone since the listing
        }
        if (info.size > settings.maxFileSize) {
          result.tooLarge.push(path);
          continue;
        }
        if (result.files.length >= maxFiles) {
          result.truncated = true;
          return result;
        }
        result.files.push({ path, size: info.size, mtimeMs: info.mtimeMs });
      }
    }
    // depth first, in name order
    pending.unshift(...subfolders);
  }
  return result;
}

async function realPath(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return path;
  }
}
