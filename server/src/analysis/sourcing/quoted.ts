import type { Paragraph, Quote, Span } from '../types';

/**
 * Stretches of text that are someone else's words: a vague phrase in there belongs to the
 * speaker, not to the article's own sourcing. Taken from the quotes found by the quotes
 * pass and, since that pass can miss some, from a scan for quotation marks as well.
 */
export class QuotedZones {
  private readonly zones: Span[];

  constructor(zones: Span[]) {
    this.zones = mergeSpans(zones);
  }

  /** `blockOpen`: a statement introduced by "X said:" runs on from before the first paragraph. */
  static build(text: string, paragraphs: Paragraph[], quotes: readonly Quote[], blockOpen = false): QuotedZones {
    const zones: Span[] = [];
    for (const q of quotes) {
      if (!isUsableSpan(q, text.length)) continue;
      // reported speech counts only when it has a speaker; a span holding a doubled mark
      // is the wrapper of a CSV-escaped paragraph, not a quotation
      if (q.kind === 'indirect' && !q.speaker) continue;
      if (text.slice(q.start, q.end).includes('""')) continue;
      zones.push({ start: q.start, end: q.end });
    }
    for (const p of paragraphs) zones.push(...quotationMarkZones(text, p));
    zones.push(...blockStatementZones(text, paragraphs, blockOpen));
    return new QuotedZones(zones);
  }

  /** Whether the span overlaps quoted text. */
  overlaps(span: Span): boolean {
    return this.find(span) !== undefined;
  }

  private find(span: Span): Span | undefined {
    // binary search over sorted, merged zones
    let lo = 0, hi = this.zones.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const z = this.zones[mid];
      if (z.end <= span.start) lo = mid + 1;
      else if (z.start >= span.end) hi = mid - 1;
      else return z;
    }
    return undefined;
  }
}

function isUsableSpan(s: Span, length: number): boolean {
  return Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= length && s.start < s.end;
}

export function mergeSpans(spans: Span[]): Span[] {
  const sorted = spans.filter(s => s.start < s.end).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

const OPEN_CURLY = new Set(['“', '«', '„']);
const CLOSE_CURLY = new Set(['”', '»']);

/**
 * Quoted stretches of one paragraph, from its quotation marks. Curly marks pair up; a mark
 * left open runs to the paragraph's end (a quotation that goes on in the next paragraph).
 * Straight marks pair in order; a paragraph wrapped in "…" with doubled "" inside is a
 * CSV-escaped line whose outer marks are not a quotation.
 */
export function quotationMarkZones(text: string, p: Paragraph): Span[] {
  const zones: Span[] = [];
  // curly quotes and guillemets
  let open = -1;
  for (let i = p.start; i < p.end; i++) {
    const c = text[i];
    if (open < 0) {
      if (OPEN_CURLY.has(c)) open = i + 1;
    } else if (CLOSE_CURLY.has(c)) {
      zones.push({ start: open, end: i });
      open = -1;
    } else if (OPEN_CURLY.has(c) && /[,.!?;]\s?$/.test(text.slice(Math.max(p.start, i - 2), i))) {
      // a closing mark typed as an opening one: “…reach, “Name said.
      zones.push({ start: open, end: i });
      open = -1;
    }
  }
  if (open >= 0) zones.push({ start: open, end: p.end });

  // straight double quotes
  const body = text.slice(p.start, p.end);
  const csv = body.length > 2 && body.startsWith('"') && body.endsWith('"') && body.includes('""');
  const from = csv ? p.start + 1 : p.start;
  const to = csv ? p.end - 1 : p.end;
  let straightOpen = -1;
  for (let i = from; i < to; i++) {
    if (text[i] !== '"') continue;
    let markEnd = i + 1;
    if (csv) {
      if (text[i + 1] !== '"') continue; // a lone mark inside a CSV line is not a quotation mark
      markEnd = i + 2;
    } else if (i > p.start && /\d/.test(text[i - 1]) && straightOpen < 0) {
      continue; // inches: 5"
    }
    if (straightOpen < 0) straightOpen = markEnd;
    else {
      zones.push({ start: straightOpen, end: i });
      straightOpen = -1;
    }
    i = markEnd - 1;
  }
  if (straightOpen >= 0) zones.push({ start: straightOpen, end: to });
  return zones.filter(z => z.start < z.end);
}

/** "The Foreign Secretary said:" closing a paragraph: what follows is the speaker's statement. */
const BLOCK_INTRO = /\b(?:said|says|stated|states|added|adds|wrote|writes|declared|commented|announced|told [\p{L}]+)\s*:\s*$/u;
/** Where a press release goes back to its own voice. */
const BLOCK_END = /^(?:notes? to editors|further information|ends\b|background\b|for (?:more|further) information|media enquiries|follow\b)/i;

/** The article's narrator speaking again: "…, the minister said.", "He added that…". */
const NARRATION = /\b(?:said|says|told|added|according to)\b/;

/**
 * Paragraphs that make up a statement introduced by "X said:" with no quotation marks (the
 * style of government releases). The statement runs until an editors' note, a paragraph
 * that opens with a quotation mark, or one where the narrator attributes again ("…, he said").
 */
export function blockStatementZones(text: string, paragraphs: Paragraph[], open = false): Span[] {
  const zones: Span[] = [];
  for (const p of paragraphs) {
    const step = blockStatementStep(text.slice(p.start, p.end), open);
    if (step.zone) zones.push({ start: p.start + step.zone.start, end: p.start + step.zone.end });
    open = step.open;
  }
  return zones;
}

/**
 * One paragraph (its text) of blockStatementZones: given whether a statement is open before
 * it, the part of it that is the statement (offsets in the paragraph) and whether one is
 * open after it.
 */
export function blockStatementStep(body: string, open: boolean): { zone: Span | null; open: boolean } {
  let zone: Span | null = null;
  if (open && (BLOCK_END.test(body) || /^[“"«]/.test(body) || NARRATION.test(body))) open = false;
  if (open) zone = { start: 0, end: body.length };
  else {
    // the introducing paragraph itself may go on with the statement ("X said: The UK …")
    const colon = /\b(?:said|says|stated|added|wrote|declared)\s*:\s*/u.exec(body);
    if (colon && colon.index + colon[0].length < body.length && !/^[“"«]/.test(body.slice(colon.index + colon[0].length))) {
      zone = { start: colon.index + colon[0].length, end: body.length };
    }
  }
  if (BLOCK_INTRO.test(body)) open = true;
  return { zone, open };
}
