// One file's work for the workspace index, the same in the index worker thread and in the
// server's own thread: read the file, check it is UTF-8 text of a sensible size, analyse
// it and keep only its summary.

import { readFileSync, statSync } from 'node:fs';
import { analyze } from '../analysis/analyze';
import type { AnalysisOptions } from '../analysis/types';
import { decodeArticle } from '../cli/readArticle';
import { formatOf } from '../documents/analysisCache';
import { firstParagraphsOf } from '../documents/prefix';
import { type FileSummary, summarize } from './summary';

export interface IndexJob {
  /** Increases with every job; the index keeps the outcome of the latest job per URI only. */
  id: number;
  uri: string;
  path: string;
  /** Files larger than this many bytes are skipped. */
  maxFileSize: number;
  /** Only this many characters are analysed (dossier.maxDocumentLength). */
  maxLength: number;
}

export type IndexOutcome =
  | { id: number; uri: string; summary: FileSummary; size: number; mtimeMs: number }
  | { id: number; uri: string; skipped: string; size?: number; mtimeMs?: number };

export function indexFile(job: IndexJob, options: AnalysisOptions): IndexOutcome {
  const { id, uri, path } = job;
  let bytes: Buffer;
  let size: number;
  let mtimeMs: number;
  try {
    const info = statSync(path);
    if (!info.isFile()) return { id, uri, skipped: 'not a file' };
    ({ size, mtimeMs } = info);
    if (size > job.maxFileSize) return { id, uri, skipped: `larger than ${Math.round(job.maxFileSize / 1024)} KB`, size, mtimeMs };
    bytes = readFileSync(path);
  } catch (e) {
    return { id, uri, skipped: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot read (${(e as Error).message})` };
  }
  const read = decodeArticle(path, bytes);
  if (!read.ok) return { id, uri, skipped: read.error.slice(path.length + 2), size, mtimeMs };
  const text = read.text.length > job.maxLength ? read.text.slice(0, firstParagraphsOf(read.text, job.maxLength)) : read.text;
  try {
    const analysis = analyze(text, { ...options, format: formatOf({ uri }) });
    return { id, uri, summary: summarize(uri, text, analysis), size, mtimeMs };
  } catch (e) {
    return { id, uri, skipped: `analysis failed (${(e as Error).message})`, size, mtimeMs };
  }
}
