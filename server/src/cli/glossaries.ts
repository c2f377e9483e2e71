// --glossary FILE: reads the user's glossary files before any article is analysed, prints
// their problems on stderr the way compilers do (FILE:LINE:COL: error|warning: message),
// and merges their entries in the order given.

import { readFileSync, statSync } from 'node:fs';
import { MAX_GLOSSARY_LENGTH, parseGlossary, type GlossaryProblem } from '../knowledge/glossary';
import type { KnowledgeEntry } from '../knowledge/types';
import { groupThousands } from '../groupThousands';

/** Bytes a glossary file may have (UTF-8 takes up to four bytes per UTF-16 code unit). */
const MAX_GLOSSARY_BYTES = MAX_GLOSSARY_LENGTH * 4;

const decoder = new TextDecoder('utf-8', { fatal: true });

export type GlossaryLoad =
  /** Every glossary entry, least specific (first file) first: a later entry replaces an earlier one with its id. */
  | { ok: true; entries: KnowledgeEntry[] }
  /** A file could not be read or yielded nothing because of errors: the reasons are on stderr. */
  | { ok: false };

/**
 * Reads and parses each glossary, printing every problem on stderr. An entry with errors is
 * left out and the rest of its file still counts, as in the editor; but a file that cannot
 * be read, or that yields no entry because of errors (invalid JSON, not a glossary, every
 * entry wrong), fails the whole run: the user asked for it, and analysing without it would
 * quietly give other results.
 */
export function loadGlossaries(paths: readonly string[], err: (s: string) => void): GlossaryLoad {
  const entries: KnowledgeEntry[] = [];
  let ok = true;
  for (const path of paths) {
    const read = readGlossary(path);
    if (!read.ok) {
      err(`dossier: cannot read the glossary ${path}: ${read.error}\n`);
      ok = false;
      continue;
    }
    const parsed = parseGlossary(read.text);
    const report = formatProblems(path, read.text, parsed.problems);
    if (report) err(report);
    if (!parsed.entries.length && parsed.problems.some(p => p.severity === 'error')) {
      err(`dossier: the glossary ${path} could not be used (see the errors above)\n`);
      ok = false;
      continue;
    }
    entries.push(...parsed.entries);
  }
  return ok ? { ok: true, entries } : { ok: false };
}

type ReadResult = { ok: true; text: string } | { ok: false; error: string };

function readGlossary(path: string): ReadResult {
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { ok: false, error: 'is a directory' };
    if (stat.size > MAX_GLOSSARY_BYTES) return { ok: false, error: `larger than ${groupThousands(MAX_GLOSSARY_BYTES)} bytes` };
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, error: 'no such file' };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, error: 'permission denied' };
    return { ok: false, error: (e as Error).message };
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, error: 'not valid UTF-8 text' };
  }
  // Without its byte-order mark, so that columns on the first line count as an editor shows them.
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** `FILE:LINE:COL: error|warning: message` lines, in the order of the file. */
export function formatProblems(path: string, text: string, problems: readonly GlossaryProblem[]): string {
  const positionOf = positions(text);
  return [...problems]
    .sort((a, b) => a.start - b.start)
    .map(p => {
      const { line, column } = positionOf(p.start);
      return `${path}:${line}:${column}: ${p.severity}: ${p.message}\n`;
    })
    .join('');
}

/**
 * Maps a UTF-16 offset to its 1-based line and column. Lines end at "\n", "\r\n" or "\r",
 * as in an editor; columns count UTF-16 code units, as the offsets of the JSON output do.
 */
export function positions(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  }
  return offset => {
    const at = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - starts[lo] + 1 };
  };
}
