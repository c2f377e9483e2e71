import { type Dirent, readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

/** Extensions of the files a directory walk picks up (compared ignoring case). */
export const ARTICLE_EXTENSIONS = ['.news', '.txt', '.md'];

/** Folder names a walk never enters, besides hidden ones (starting with "."). */
const SKIPPED_FOLDERS = new Set(['node_modules']);

/** One input, in the order given: a file to analyse, or a problem found while listing. */
export type Input = { file: string } | { problem: string };

/**
 * Expands command-line paths into the files to analyse, in order. A file is kept whatever
 * its extension (reading it will report what is wrong with it); a directory is walked
 * recursively for article files, sorted by name, skipping hidden entries and node_modules.
 * Symbolic links are followed, but each real directory is entered once per argument, so
 * a link that points back up the tree cannot make the walk loop.
 */
export function listInputs(paths: string[]): Input[] {
  const inputs: Input[] = [];
  for (const path of paths) {
    let isDirectory = false;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      // Not there or not readable: reading it reports why, in its place.
    }
    if (!isDirectory) {
      inputs.push({ file: path });
      continue;
    }
    const found: Input[] = [];
    walk(path, found, new Set([realPath(path)]));
    inputs.push(...found);
    if (!found.some(input => 'file' in input)) inputs.push({ problem: `${path}: no ${ARTICLE_EXTENSIONS.join(', ')} files in this directory` });
  }
  return inputs;
}

export function isArticleFile(name: string): boolean {
  return ARTICLE_EXTENSIONS.includes(extname(name).toLowerCase());
}

function walk(dir: string, found: Input[], visited: Set<string>): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    found.push({ problem: `${dir}: cannot list this directory (${describe(e)})` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue;
    const path = join(dir, entry.name);
    let kind: 'file' | 'directory' | 'other' = entry.isFile() ? 'file' : entry.isDirectory() ? 'directory' : 'other';
    if (entry.isSymbolicLink()) {
      try {
        const target = statSync(path);
        kind = target.isFile() ? 'file' : target.isDirectory() ? 'directory' : 'other';
      } catch {
        if (isArticleFile(entry.name)) found.push({ problem: `${path}: broken symbolic link` });
        continue;
      }
    }
    if (kind === 'directory') {
      const real = realPath(path);
      if (visited.has(real)) continue;
      visited.add(real);
      walk(path, found, visited);
    } else if (kind === 'file' && isArticleFile(entry.name)) {
      found.push({ file: path });
    }
  }
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function describe(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return (e as Error).message;
}
