import type { Analysis, Entity, EntityType } from '../analysis/types';
import { escapeMarkdown } from '../features/markdown';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { knowledgeFor } from '../knowledge/lookup';

const WHO_TYPES: EntityType[] = ['person', 'organization'];
const SECTION_TITLE: Partial<Record<EntityType, string>> = { person: 'People', organization: 'Organisations' };

/**
 * The reading brief of one article, in Markdown: who's who with roles, quotes by speaker,
 * sourcing findings with line numbers, and the places and dates mentioned. Every piece of
 * article text is escaped.
 */
export function readingBrief(source: string, text: string, analysis: Analysis, knowledge?: KnowledgeBase): string {
  const lineOf = lineIndex(text);
  const headline = analysis.metadata?.title?.slice(0, 160) ?? text.split(/\r?\n/).find(l => l.trim())?.trim().slice(0, 160) ?? '';
  const out: string[] = [`# Reading brief: ${escapeMarkdown(headline || source)}`, '', `*${escapeMarkdown(source)}*`, ''];
  out.push(...metadataLines(analysis));
  out.push(...whosWho(analysis, knowledge), ...quotesBySpeaker(analysis, lineOf), ...findings(analysis, lineOf), ...placesAndDates(analysis));
  return out.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}

/** The article's own byline, outlet, date and URL (from Markdown front matter), if any. */
function metadataLines(analysis: Analysis): string[] {
  const m = analysis.metadata;
  if (!m) return [];
  const parts = [m.author && `By ${m.author}`, m.outlet, m.date].filter((p): p is string => !!p).map(escapeMarkdown);
  const out = parts.length ? [parts.join(' · '), ''] : [];
  if (m.url) out.push(`Source: ${escapeMarkdown(m.url)}`, '');
  return out;
}

function whosWho(analysis: Analysis, knowledge?: KnowledgeBase): string[] {
  const out = ['## Who’s who', ''];
  for (const type of WHO_TYPES) {
    const entities = analysis.entities.filter(e => e.type === type).sort((a, b) => b.mentions.length - a.mentions.length);
    if (!entities.length) continue;
    out.push(`### ${SECTION_TITLE[type]}`, '');
    for (const e of entities) {
      const roles = e.roles.filter(r => r.source !== 'byline').map(r => escapeMarkdown(r.text));
      if (e.roles.some(r => r.source === 'byline')) roles.push('author of the article');
      const quoted = analysis.quotes.filter(q => q.speaker === e.id).length;
      const summary = knowledge && knowledgeFor(e, knowledge)?.summary;
      out.push(`- **${escapeMarkdown(e.name)}**${roles.length ? ` — ${roles.join('; ')}` : ''} (${count(e.mentions.length, 'mention')}${quoted ? `, ${count(quoted, 'quote')}` : ''})` +
        (summary ? `\n  ${escapeMarkdown(summary)}` : ''));
    }
    out.push('');
  }
  if (out.length === 2) out.push('No people or organisations found.', '');
  return out;
}

function quotesBySpeaker(analysis: Analysis, lineOf: (offset: number) => number): string[] {
  const out = ['## Who said what', ''];
  if (!analysis.quotes.length) return [...out, 'No quotes found.', ''];
  const bySpeaker = new Map<string, typeof analysis.quotes>();
  for (const q of analysis.quotes) {
    const key = q.speaker ?? '';
    bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), q]);
  }
  const names = new Map(analysis.entities.map(e => [e.id, e.name]));
  for (const [speaker, quotes] of bySpeaker) {
    out.push(`### ${speaker ? escapeMarkdown(names.get(speaker) ?? speaker) : 'Unattributed'}`, '');
    for (const q of quotes) {
      const body = q.kind === 'indirect' ? escapeMarkdown(q.text) : `“${escapeMarkdown(q.text)}”`;
      out.push(`- ${body} — line ${lineOf(q.start)}${q.cue ? `, *${escapeMarkdown(q.cue.text)}*` : ''}${q.kind === 'direct' ? '' : ` (${q.kind})`}`);
    }
    out.push('');
  }
  return out;
}

function findings(analysis: Analysis, lineOf: (offset: number) => number): string[] {
  const out = ['## Who says so: sourcing findings', ''];
  if (!analysis.claims.length) return [...out, 'No anonymous or vague sourcing found.', ''];
  for (const c of analysis.claims) out.push(`- line ${lineOf(c.start)}: “${escapeMarkdown(c.text)}” (\`${c.code}\`) — ${escapeMarkdown(c.message)}`);
  return [...out, ''];
}

function placesAndDates(analysis: Analysis): string[] {
  const list = (types: EntityType[]) => analysis.entities.filter(e => types.includes(e.type)).map((e: Entity) => escapeMarkdown(e.name));
  const places = list(['place']);
  const dates = list(['date']);
  const out = ['## Places and dates', ''];
  out.push(`- Places: ${places.length ? places.join(', ') : 'none'}`);
  out.push(`- Dates: ${dates.length ? dates.join(', ') : 'none'}`);
  return [...out, ''];
}

function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return offset => {
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return lo + 1;
  };
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
