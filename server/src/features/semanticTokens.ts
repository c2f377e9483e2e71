import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, EntityType } from '../analysis/types';

/** Token types Dossier contributes; package.json maps each to theme scopes. */
export const TOKEN_TYPES = ['person', 'organization', 'place', 'nationality', 'dateOrFigure', 'quotation', 'attributionCue'] as const;
export const TOKEN_MODIFIERS = ['unattributed', 'reference'] as const;
export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

type TokenType = (typeof TOKEN_TYPES)[number];

const ENTITY_TOKEN: Partial<Record<EntityType, TokenType>> = {
  person: 'person', organization: 'organization', place: 'place', nationality: 'nationality',
  date: 'dateOrFigure', money: 'dateOrFigure', percent: 'dateOrFigure', quantity: 'dateOrFigure',
};

interface Interval { start: number; end: number; type: number; modifiers: number; priority: number }

/**
 * Semantic tokens for names, figures, quotations and attribution cues. Tokens may not
 * overlap, so a name inside a quotation cuts the quotation token around it, and every
 * token is split at line ends.
 */
export function semanticTokens(analysis: Analysis, document: TextDocument): SemanticTokens {
  const intervals: Interval[] = [];
  const add = (start: number, end: number, type: TokenType, modifiers: number, priority: number) => {
    if (end > start) intervals.push({ start, end, type: TOKEN_TYPES.indexOf(type), modifiers, priority });
  };
  for (const q of analysis.quotes) {
    if (q.kind !== 'indirect') add(q.start, q.end, 'quotation', q.speaker ? 0 : 1, 0);
    if (q.cue) add(q.cue.start, q.cue.end, 'attributionCue', 0, 1);
  }
  for (const e of analysis.entities) {
    const type = ENTITY_TOKEN[e.type];
    if (!type) continue;
    for (const m of e.mentions) if (m.form === 'name') add(m.start, m.end, type, 0, 2);
  }
  return { data: encode(flatten(intervals), document) };
}

/** Resolves overlaps: the higher priority wins and the lower one keeps the parts outside it. */
function flatten(intervals: Interval[]): Interval[] {
  const points = [...new Set(intervals.flatMap(i => [i.start, i.end]))].sort((a, b) => a - b);
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  let active: Interval[] = [];
  let next = 0;
  for (let k = 0; k < points.length - 1; k++) {
    const [from, to] = [points[k], points[k + 1]];
    while (next < sorted.length && sorted[next].start <= from) active.push(sorted[next++]);
    active = active.filter(i => i.end > from);
    const top = active.filter(i => i.start <= from && i.end >= to).sort((a, b) => b.priority - a.priority)[0];
    if (!top) continue;
    const last = out[out.length - 1];
    if (last && last.end === from && last.type === top.type && last.modifiers === top.modifiers && last.priority === top.priority) last.end = to;
    else out.push({ ...top, start: from, end: to });
  }
  return out;
}

function encode(intervals: Interval[], document: TextDocument): number[] {
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  const text = document.getText();
  for (const i of intervals) {
    let start = i.start;
    while (start < i.end) {
      const lineBreak = text.slice(start, i.end).search(/\r|\n/);
      const end = lineBreak < 0 ? i.end : start + lineBreak;
      if (end > start) {
        const p = document.positionAt(start);
        data.push(p.line - prevLine, p.line === prevLine ? p.character - prevChar : p.character, end - start, i.type, i.modifiers);
        prevLine = p.line;
        prevChar = p.character;
      }
      start = end;
      while (start < i.end && /[\r\n]/.test(text[start])) start++;
    }
  }
  return data;
}
