import type { Analysis } from '../../analysis/types';

/** Version of the JSON contract printed by `dossier analyze --format json`. */
export const CONTRACT_VERSION = 1;

export interface DocumentResult {
  file: string;
  analysis: Analysis;
}

/** The public JSON shape of one analysed document (see README, "JSON output"). */
export function documentToJson({ file, analysis }: DocumentResult) {
  return {
    file,
    entities: analysis.entities.map(e => ({
      id: e.id,
      name: e.name,
      type: e.type,
      roles: e.roles.map(r => ({ text: r.text, start: r.start, end: r.end, source: r.source })),
      mentions: e.mentions.map(m => ({ start: m.start, end: m.end, text: m.text, form: m.form })),
      ...(e.knowledgeId ? { knowledge: { id: e.knowledgeId } } : {}),
    })),
    quotes: analysis.quotes.map(q => {
      const speaker = q.speaker ? analysis.entities.find(e => e.id === q.speaker) : undefined;
      return {
        start: q.start, end: q.end, text: q.text,
        speaker: q.speaker, speakerText: speaker?.name ?? q.speakerText,
        cue: q.cue ? { text: q.cue.text, start: q.cue.start, end: q.cue.end } : null,
        kind: q.kind,
      };
    }),
    claims: analysis.claims.map(c => ({ start: c.start, end: c.end, text: c.text, code: c.code, message: c.message })),
  };
}

export function toJson(results: DocumentResult[]): string {
  return JSON.stringify({ version: CONTRACT_VERSION, documents: results.map(documentToJson) }, null, 2);
}
