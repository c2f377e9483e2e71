import type { Analysis } from '../../analysis/types';
import type { DocumentResult } from './json';

export interface TextStyle {
  bold(s: string): string;
  dim(s: string): string;
}

export const plainStyle: TextStyle = { bold: s => s, dim: s => s };
export const ansiStyle: TextStyle = { bold: s => `\x1b[1m${s}\x1b[0m`, dim: s => `\x1b[2m${s}\x1b[0m` };

/** A terminal report: who and what, who said what, who says so. */
export function toText(results: DocumentResult[], style: TextStyle = plainStyle): string {
  return results.map(r => documentText(r, style)).join('\n');
}

function documentText({ file, analysis }: DocumentResult, style: TextStyle): string {
  const lines: string[] = [style.bold(file), ''];
  const named = analysis.entities.filter(e => ['person', 'organization', 'place'].includes(e.type));
  lines.push(style.bold('Who and what'));
  for (const e of named) {
    const names = e.mentions.filter(m => m.form === 'name').length;
    const role = e.roles.length ? ` — ${e.roles.map(r => (r.source === 'byline' ? 'author (byline)' : r.text)).join('; ')}` : '';
    lines.push(`  ${e.name} ${style.dim(`(${e.type}, ${names}×)`)}${role}`);
  }
  if (!named.length) lines.push(style.dim('  (no names found)'));
  lines.push('', style.bold('Who said what'));
  for (const q of analysis.quotes) {
    const who = speakerName(analysis, q.speaker) ?? q.speakerText ?? 'unattributed';
    const body = q.kind === 'indirect' ? shorten(q.text, 100) : `“${shorten(q.text, 100)}”`;
    lines.push(`  ${who}: ${body} ${style.dim(q.kind)}`);
  }
  if (!analysis.quotes.length) lines.push(style.dim('  (no quotes found)'));
  lines.push('', style.bold('Who says so'));
  for (const c of analysis.claims) lines.push(`  ${c.code}: “${c.text}” ${style.dim(c.message)}`);
  if (!analysis.claims.length) lines.push(style.dim('  (no sourcing findings)'));
  return lines.join('\n') + '\n';
}

function speakerName(analysis: Analysis, id: string | null): string | undefined {
  return id ? analysis.entities.find(e => e.id === id)?.name : undefined;
}

function shorten(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > n ? flat.slice(0, n - 1) + '…' : flat;
}
