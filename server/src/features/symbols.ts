import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Entity, Quote, Span } from '../analysis/types';

export const UNATTRIBUTED = 'Unattributed';

/**
 * The outline of who said what: a node per speaker (detail: their role in the article) with
 * their quotes in document order; unnamed speakers under the words that describe them
 * ("Experts", "sources in Minsk"); last, the quotes nobody is given for, under "Unattributed".
 */
export function quoteOutline(analysis: Analysis, document: TextDocument): DocumentSymbol[] {
  const groups = new Map<string, Quote[]>();
  for (const q of analysis.quotes) {
    const key = speakerKey(q);
    groups.set(key, [...(groups.get(key) ?? []), q]);
  }
  const byId = new Map(analysis.entities.map(e => [e.id, e]));
  const nodes = [...groups].filter(([key]) => key).map(([key, quotes]) => speakerSymbol(document, byId.get(key), quotes));
  const none = groups.get('');
  return none ? [...nodes, speakerSymbol(document, undefined, none)] : nodes;
}

/** What groups a quote: its speaker entity, else the words naming an unnamed speaker (any case), else '' (no speaker). */
export function speakerKey(q: Pick<Quote, 'speaker' | 'speakerText'>): string {
  if (q.speaker) return q.speaker;
  const words = q.speakerText?.replace(/\s+/g, ' ').trim().toLowerCase();
  return words ? `unnamed:${words}` : '';
}

function speakerSymbol(document: TextDocument, speaker: Entity | undefined, quotes: Quote[]): DocumentSymbol {
  const children = quotes.map(q => quoteSymbol(document, q));
  const named = speaker ? undefined : quotes[0].speakerText;
  return {
    name: speaker?.name ?? (named || UNATTRIBUTED),
    detail: speaker?.roles.find(r => r.source !== 'byline')?.text ?? (speaker ? '' : named ? 'not named' : 'no speaker named'),
    kind: speaker?.type === 'person' ? SymbolKind.Class : SymbolKind.Namespace,
    range: cover(children.map(c => c.range)),
    selectionRange: children[0].selectionRange,
    children,
  };
}

function quoteSymbol(document: TextDocument, q: Quote): DocumentSymbol {
  const spans: Span[] = [q, ...(q.cue ? [q.cue] : []), ...(q.speakerSpan ? [q.speakerSpan] : [])];
  const start = Math.min(...spans.map(s => s.start));
  const end = Math.max(...spans.map(s => s.end));
  return {
    name: firstWords(q.text),
    detail: [q.cue?.text, q.kind === 'direct' ? '' : q.kind].filter(Boolean).join(' · '),
    kind: SymbolKind.String,
    range: { start: document.positionAt(start), end: document.positionAt(end) },
    selectionRange: { start: document.positionAt(q.start), end: document.positionAt(q.end) },
  };
}

/** The quote's first words, enough to recognise it in a list. */
export function firstWords(text: string, max = 8): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const head = words.slice(0, max).join(' ');
  return (words.length > max ? `${head}…` : head) || '(empty quote)';
}

function cover(ranges: Range[]): Range {
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character < b.character);
  let { start, end } = ranges[0];
  for (const r of ranges) {
    if (before(r.start, start)) start = r.start;
    if (before(end, r.end)) end = r.end;
  }
  return { start, end };
}
