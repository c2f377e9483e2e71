import type { MarkupContent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Claim, Span } from '../analysis/types';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Overview } from '../protocol';
import { hover } from './hover';
import { introduction } from './navigation';
import { speakerKey } from './symbols';

const NAMED = new Set(['person', 'organization', 'place', 'nationality', 'event']);

/** The document's entities, quotes and findings, shaped for the client's views and commands. */
export function overview(analysis: Analysis, document: TextDocument, knowledge: KnowledgeBase | undefined, partial?: string,
  claims: Claim[] = analysis.claims): Overview {
  const range = (s: Span) => ({ start: document.positionAt(s.start), end: document.positionAt(s.end) });
  const byId = new Map(analysis.entities.map(e => [e.id, e]));
  return {
    uri: document.uri,
    version: document.version,
    entities: analysis.entities.filter(e => NAMED.has(e.type)).map(e => {
      const intro = introduction(e)!;
      const card = hover(analysis, document, intro.start, knowledge);
      return {
        id: e.id, name: e.name, type: e.type,
        role: e.roles.find(r => r.source !== 'byline')?.text ?? (e.roles.length ? 'author' : undefined),
        mentions: e.mentions.length,
        quotes: analysis.quotes.filter(q => q.speaker === e.id).length,
        range: range(intro),
        card: card ? (card.contents as MarkupContent).value : '',
      };
    }),
    quotes: analysis.quotes.map(q => ({
      text: q.text, kind: q.kind, speaker: q.speaker ?? undefined,
      speakerName: q.speaker ? byId.get(q.speaker)?.name : q.speakerText ?? undefined,
      group: speakerKey(q),
      cue: q.cue?.text, range: range(q),
    })),
    findings: claims.map(c => ({ code: c.code, text: c.text, message: c.message, range: range(c) })),
    ...(partial ? { partial } : {}),
  };
}
