import type { Analysis, Entity } from '../../analysis/types';
import { builtinKnowledge, type KnowledgeBase } from '../../knowledge/knowledgeBase';
import { knowledgeFor, latestAsOf, wikipediaUrl } from '../../knowledge/lookup';

/** Version of the JSON contract printed by `dossier analyze --format json`. */
export const CONTRACT_VERSION = 1;

export interface DocumentResult {
  file: string;
  text: string;
  analysis: Analysis;
}

/** The public JSON shape of one analysed document (see README, "JSON output"). */
export function documentToJson({ file, analysis }: DocumentResult, knowledge: KnowledgeBase = builtinKnowledge()) {
  return {
    file,
    entities: analysis.entities.map(e => ({
      id: e.id,
      name: e.name,
      type: e.type,
      roles: e.roles.map(r => ({ text: r.text, start: r.start, end: r.end, source: r.source })),
      mentions: e.mentions.map(m => ({ start: m.start, end: m.end, text: m.text, form: m.form })),
      ...knowledgeJson(e, knowledge),
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
    claims: analysis.claims.map(c => ({ start: c.start, end: c.end, text: c.text, code: c.code, message: c.message, claim: { start: c.claim.start, end: c.claim.end } })),
    terms: (analysis.terms ?? []).map(t => ({ start: t.start, end: t.end, text: t.text, knowledge: { id: t.knowledgeId, summary: knowledge.get(t.knowledgeId)?.summary ?? '' } })),
  };
}

function knowledgeJson(entity: Entity, knowledge: KnowledgeBase) {
  const entry = knowledgeFor(entity, knowledge);
  if (!entry) return {};
  const asOf = latestAsOf(entry);
  return {
    knowledge: {
      id: entry.id, summary: entry.summary,
      ...(entry.expansion ? { expansion: entry.expansion } : {}),
      ...(entry.roles?.length ? { roles: entry.roles } : {}),
      ...(asOf ? { asOf } : {}),
      ...(entry.wikipedia ? { wikipedia: wikipediaUrl(entry) } : {}),
      ...(entry.wikidata ? { wikidata: entry.wikidata } : {}),
    },
  };
}

export function toJson(results: DocumentResult[], knowledge: KnowledgeBase = builtinKnowledge()): string {
  return JSON.stringify({ version: CONTRACT_VERSION, documents: results.map(r => documentToJson(r, knowledge)) }, null, 2);
}
