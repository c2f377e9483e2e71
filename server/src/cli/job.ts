// One file's work, the same in this process and in a worker thread: read it, analyse it,
// and turn the analysis into what the command prints. Only strings and small plain
// objects come out, so that a worker's answer is cheap to send back.

import { analyze } from '../analysis/analyze';
import type { AnalysisOptions } from '../analysis/types';
import { withGlossary } from '../knowledge/glossary';
import { builtinKnowledge, type KnowledgeBase } from '../knowledge/knowledgeBase';
import type { KnowledgeEntry } from '../knowledge/types';
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
  /**
   * User glossary entries (--glossary), merged over the built-in knowledge base for the
   * analysis and for the knowledge the formats show; plain data, as AnalysisOptions.glossary.
   */
  glossary?: KnowledgeEntry[];
}

export type Outcome =
  | { ok: true; file: string; output: string; sightings?: Sighting[] }
  | { ok: false; error: string };

export function runJob(file: string, spec: JobSpec): Outcome {
  const read = readArticle(file);
  if (!read.ok) return { ok: false, error: read.error };
  try {
    const options: AnalysisOptions = { format: /\.(?:md|markdown)$/i.test(file) ? 'markdown' : 'plain' };
    if (spec.glossary?.length) options.glossary = spec.glossary;
    const analysis = analyze(read.text, options);
    const output = spec.format
      ? documentFormat(spec.format, { color: spec.color, knowledge: knowledgeWith(spec.glossary) }).document({ file, text: read.text, analysis })
      : '';
    return { ok: true, file, output, ...(spec.sightings ? { sightings: sightingsOf(analysis) } : {}) };
  } catch (e) {
    return { ok: false, error: `${file}: analysis failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}

let merged: { glossary: readonly KnowledgeEntry[]; knowledge: KnowledgeBase } | undefined;

/**
 * The built-in knowledge base with the glossary merged in (as the language server merges
 * it for hovers and the brief), or undefined for the built-in one. Built once per run: the
 * spec, and so its glossary array, is the same object for every file of a process or worker.
 */
function knowledgeWith(glossary: readonly KnowledgeEntry[] | undefined): KnowledgeBase | undefined {
  if (!glossary?.length) return undefined;
  if (merged?.glossary !== glossary) merged = { glossary, knowledge: withGlossary(builtinKnowledge(), glossary) };
  return merged.knowledge;
}
