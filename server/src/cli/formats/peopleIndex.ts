import { escapeMarkdown } from '../../features/markdown';
import type { IndexFormatName } from '../args';
import type { IndexEntry } from '../peopleIndex';
import { csvRecord } from './csv';

/** Version of the index's JSON shape (`dossier people --format json`). */
export const INDEX_VERSION = 1;

/** Files listed per row of the Markdown table before "and N more". */
const MARKDOWN_FILES_SHOWN = 5;

/** `articles` is the number of articles analysed, `entries` the index built from them. */
export function renderIndex(format: IndexFormatName, entries: IndexEntry[], articles: number): string {
  switch (format) {
    case 'json': return indexJson(entries, articles);
    case 'markdown': return indexMarkdown(entries, articles);
    case 'csv': return indexCsv(entries);
  }
}

export function indexJson(entries: IndexEntry[], articles: number): string {
  return JSON.stringify({ version: INDEX_VERSION, articles, entities: entries }, null, 2) + '\n';
}

export function indexMarkdown(entries: IndexEntry[], articles: number): string {
  const out = ['# People and organisations', ''];
  out.push(`${count(entries.length, 'person or organisation', 'people and organisations')} in ${count(articles, 'article')}.`, '');
  if (!entries.length) return out.join('\n');
  out.push('| Name | Type | Roles | Articles | Quotes | Files |', '|---|---|---|--:|--:|---|');
  for (const e of entries) {
    const files = e.files.slice(0, MARKDOWN_FILES_SHOWN).map(escapeMarkdown);
    if (e.files.length > MARKDOWN_FILES_SHOWN) files.push(`and ${e.files.length - MARKDOWN_FILES_SHOWN} more`);
    const cells = [
      `**${escapeMarkdown(e.name)}**`,
      e.type === 'organization' ? 'organisation' : e.type,
      e.roles.map(escapeMarkdown).join('; '),
      String(e.articles),
      String(e.quotes),
      files.join(', '),
    ];
    out.push(`| ${cells.join(' | ')} |`);
  }
  return out.join('\n') + '\n';
}

/** One record per entry; roles and files are each joined with "; ". */
export function indexCsv(entries: IndexEntry[]): string {
  return csvRecord(['name', 'type', 'roles', 'articles', 'quotes', 'mentions', 'files']) +
    entries.map(e => csvRecord([e.name, e.type, e.roles.join('; '), e.articles, e.quotes, e.mentions, e.files.join('; ')])).join('');
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
