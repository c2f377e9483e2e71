import type { DocumentResult } from './json';

/** Line ending of CSV records (RFC 4180 asks for CRLF). */
export const CSV_EOL = '\r\n';

export const QUOTES_CSV_HEADER = csvRecord(['file', 'line', 'speaker', 'role', 'cue', 'kind', 'quote']);

/**
 * A field as RFC 4180 wants it: enclosed in double quotes, with inner double quotes
 * doubled, when it contains a comma, a double quote, a line break or leading or
 * trailing spaces; as it is otherwise.
 */
export function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRecord(fields: Array<string | number>): string {
  return fields.map(csvField).join(',') + CSV_EOL;
}

/**
 * One record per quote of the document: the file, the 1-based line the quote starts on,
 * the speaker's name (empty when the article names none), the speaker's first role in
 * the article other than a byline, the reporting cue, the kind, and the quoted words.
 */
export function quotesCsv({ file, text, analysis }: DocumentResult): string {
  const lineOf = lineNumbers(text);
  const entities = new Map(analysis.entities.map(e => [e.id, e]));
  return analysis.quotes.map(q => {
    const speaker = q.speaker ? entities.get(q.speaker) : undefined;
    const role = speaker?.roles.find(r => r.source !== 'byline')?.text ?? '';
    return csvRecord([file, lineOf(q.start), speaker?.name ?? '', role, q.cue?.text ?? '', q.kind, q.text]);
  }).join('');
}

/** Maps a UTF-16 offset to its 1-based line number (lines end at "\n"). */
export function lineNumbers(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return offset => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
