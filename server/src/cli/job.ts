// One file's work, the same in this process and in a worker thread: read it, analyse it,
// and turn the analysis into what the command prints. Only strings and small plain
// objects come out, so that a worker's answer is cheap to send back.

import { analyze } from '../analysis/analyze';
import type { DocumentFormatName } from './args';
import { documentFormat } from './formats/documents';
import { type Sighting, sightingsOf } from './peopleIndex';
import { readArticle } from './readArticle';

/** What to produce for each file; must survive structured cloning (sent to workers). */
export interface JobSpec {
  /** Render each document in this format… */
  format?: DocumentFormatName;
  /** …with ANSI colour (text format only). */
  color?: boolean;
  /** Collect the people and organisations for the index. */
  sightings?: boolean;
}

export type Outcome =
  | { ok: true; file: string; output: string; sightings?: Sighting[] }
  | { ok: false; error: string };

export function runJob(file: string, spec: JobSpec): Outcome {
  const read = readArticle(file);
  if (!read.ok) return { ok: false, error: read.error };
  try {
    const analysis = analyze(read.text, { format: /\.(?:md|markdown)$/i.test(file) ? 'markdown' : 'plain' });
    const output = spec.format ? documentFormat(spec.format, { color: spec.color }).document({ file, text: read.text, analysis }) : '';
    return { ok: true, file, output, ...(spec.sightings ? { sightings: sightingsOf(analysis) } : {}) };
  } catch (e) {
    return { ok: false, error: `${file}: analysis failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}
