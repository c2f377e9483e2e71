import type { Paragraph } from '../types';

// Pairing quotation marks. One linear pass per paragraph with a small stack: each mark is
// classified by its glyph and by what stands either side of it ("flanking"), apostrophes
// are told apart from single quotes, and a quote a paragraph leaves open either continues
// into the next paragraph (when that one opens with a mark: the multi-paragraph
// convention) or ends at the paragraph's end, so an unmatched mark never runs on.

/** Families of marks that pair with each other. */
export type MarkFamily = 'double' | 'single' | 'guillemet' | 'single-guillemet' | 'corner';

/** A span between paired quotation marks, as found in the text. */
export interface MarkedQuote {
  /** Just after the opening mark. */
  start: number;
  /** Index of the closing mark, or the paragraph's end when the quote runs on. */
  end: number;
  /** Index of the opening mark and its length (2 for a CSV-doubled "" mark). */
  open: number;
  openLength: number;
  /** Index and length of the closing mark; -1 when there is none. */
  close: number;
  closeLength: number;
  paragraph: number;
  family: MarkFamily;
  /** Index (into the returned list) of the previous part of a multi-paragraph quote, or -1. */
  continues: number;
}

interface OpenMark {
  family: MarkFamily;
  glyph: string;
  pos: number;
  length: number;
}

const MAX_DEPTH = 6;
const SPACE = /[\s\u00a0\u2000-\u200b\u2028\u2029\u3000\ufeff]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// characters after which a mark opens a quote: start of text, space, brackets, dashes, other opening marks
const OPENISH = /[\s\u00a0([{\u2014\u2013\-/\u201c\u2018\u00ab\u2039\u201e\u201a"':,;]/;

const isSpace = (c: string | undefined) => c === undefined || SPACE.test(c);

/** Every quotation mark character this module knows. */
const MARK_CHARS = /["'\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f\uff02]/g;

const FAMILY: Record<string, MarkFamily> = {
  '"': 'double', '\uff02': 'double', '\u201c': 'double', '\u201d': 'double', '\u201e': 'double', '\u201f': 'double',
  "'": 'single', '\u2018': 'single', '\u2019': 'single', '\u201a': 'single', '\u201b': 'single',
  '\u00ab': 'guillemet', '\u00bb': 'guillemet',
  '\u2039': 'single-guillemet', '\u203a': 'single-guillemet',
  '\u300c': 'corner', '\u300d': 'corner', '\u300e': 'corner', '\u300f': 'corner',
};

/** Opening marks that start a paragraph continuing a quote of the given family. */
function opensFamily(c: string | undefined, family: MarkFamily): boolean {
  if (c === undefined) return false;
  switch (family) {
    case 'double': return c === '\u201c' || c === '"' || c === '\u201e' || c === '\u201d' || c === '\uff02' || c === '\u201f';
    case 'single': return c === '\u2018' || c === "'" || c === '\u201a' || c === '\u201b';
    case 'guillemet': return c === '\u00ab' || c === '\u00bb';
    case 'single-guillemet': return c === '\u2039' || c === '\u203a';
    case 'corner': return c === '\u300c' || c === '\u300e';
  }
}

/**
 * Whether the text is written as CSV fields whose inner marks are doubled (""like this""):
 * then a doubled "" is one mark and a lone " only wraps a field.
 */
export function usesDoubledMarks(text: string): boolean {
  if (!text.includes('""')) return false;
  const re = /(^|[^"])""(?!")(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}.,!?])""(?!")/gu;
  let count = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) if (++count >= 1) return true;
  return false;
}

/** Pairs the quotation marks of every paragraph; see the module comment. */
export function pairQuoteMarks(text: string, paragraphs: Paragraph[]): MarkedQuote[] {
  const out: MarkedQuote[] = [];
  const csv = usesDoubledMarks(text);
  const link = new ParagraphLinker(text, csv, out);
  for (const p of paragraphs) {
    const first = out.length;
    const left = pairParagraph(text, p, csv, out);
    link.next(p, first, left, q => repairMissingClose(text, q));
  }
  link.finish(q => repairMissingClose(text, q));
  return out;
}

/** What pairing one paragraph leaves for the next: the outer quote it leaves open, if any. */
export interface LeftOpen {
  family: MarkFamily;
  /** Index (into the list being built) of that quote. */
  index: number;
}

/**
 * Links the quotes of consecutive paragraphs, each paired on its own: a quote a paragraph
 * leaves open continues into the next when that one opens with a mark of its family;
 * otherwise it ends where its paragraph ends (`repair` then gets it).
 */
export class ParagraphLinker {
  private pending: LeftOpen | null = null;

  constructor(private readonly text: string, private readonly csv: boolean, private readonly out: MarkedQuote[]) {}

  /** Paragraph `p`, whose quotes were appended to the list from index `first` on; `left` is what it leaves open. */
  next(p: Paragraph, first: number, left: LeftOpen | null, repair: (q: MarkedQuote) => void): void {
    const { text, out, pending } = this;
    if (pending) {
      const c = text[p.start];
      if (opensFamily(c, pending.family) && !(this.csv && c === '"' && text[p.start + 1] !== '"')) {
        // the first quote the paragraph gives, when it opens at the paragraph's start, continues the open one
        if (first < out.length && out[first].open === p.start) out[first].continues = pending.index;
      } else repair(out[pending.index]);
    }
    this.pending = left;
  }

  finish(repair: (q: MarkedQuote) => void): void {
    if (this.pending) repair(this.out[this.pending.index]);
    this.pending = null;
  }
}

/**
 * Pairs marks inside one paragraph, appending quotes to `out` (none continuing another yet).
 * Reads nothing outside the paragraph. Returns the outer quote the paragraph leaves open
 * (already appended, ending at the paragraph's end), if any.
 */
export function pairParagraph(text: string, p: Paragraph, csv: boolean, out: MarkedQuote[]): LeftOpen | null {
  const stack: OpenMark[] = [];
  const emit = (o: OpenMark, close: number, closeLength: number, end: number) => {
    const q: MarkedQuote = {
      start: o.pos + o.length, end: Math.max(o.pos + o.length, end), open: o.pos, openLength: o.length, close, closeLength,
      paragraph: p.index, family: o.family, continues: -1,
    };
    out.push(q);
    return out.length - 1;
  };
  const closeAt = (k: number, pos: number, length: number) => {
    const o = stack[k];
    stack.length = k;
    if (k === 0) emit(o, pos, length, pos);
  };
  // nesting deeper than a few levels is noise: a run of unmatched opening marks must not grow the stack
  const push = (o: OpenMark) => { if (stack.length < MAX_DEPTH) stack.push(o); };
  const findOpen = (family: MarkFamily, glyphs?: string): number => {
    for (let k = stack.length - 1; k >= 0; k--) {
      if (stack[k].family === family && (!glyphs || glyphs.includes(stack[k].glyph))) return k;
    }
    return -1;
  };

  const re = new RegExp(MARK_CHARS.source, 'g');
  re.lastIndex = p.start;
  for (let m = re.exec(text); m && m.index < p.end; m = re.exec(text)) {
    let pos = m.index;
    let c = m[0];
    let length = 1;
    if (c === '"' && csv) {
      // a run of straight marks: "" is one mark, a lone " wraps a CSV field
      let run = 1;
      while (pos + run < p.end && text[pos + run] === '"') run++;
      re.lastIndex = pos + run;
      if (run < 2) continue;
      if (run % 2 === 1) {
        // the extra mark wraps the field: at the paragraph's start it comes first, else last
        const before = text[pos - 1];
        if (pos === p.start || isSpace(before)) pos += 1;
      }
      length = 2;
    } else if (c === "'" && text[pos + 1] === "'" && !csv) {
      // two straight single marks typed for a double one
      c = '"';
      length = 2;
      re.lastIndex = pos + 2;
    }
    const before = pos > p.start ? text[pos - 1] : undefined;
    const after = pos + length < p.end ? text[pos + length] : undefined;
    const canOpen = !isSpace(after) && (before === undefined || OPENISH.test(before));
    const canClose = before !== undefined && !isSpace(before) && (after === undefined || !LETTER_OR_DIGIT.test(after));
    const family = FAMILY[c];

    switch (c) {
      case '"': case '\uff02': {
        const k = findOpen('double');
        if (k >= 0 && (canClose || !canOpen)) closeAt(k, pos, length);
        else if (canOpen || (k < 0 && !canClose && after !== undefined && !isSpace(after))) push({ family, glyph: '"', pos, length });
        else if (k >= 0) closeAt(k, pos, length);
        break;
      }
      case '\u201d': {
        const k = findOpen('double');
        if (k >= 0) closeAt(k, pos, length);
        else if (stack.length === 0 && isSpace(before) && !isSpace(after)) push({ family, glyph: c, pos, length }); // Swedish ”…”
        break;
      }
      case '\u201c': case '\u201f': {
        const low = findOpen('double', '\u201e');
        if (low >= 0) { closeAt(low, pos, length); break; } // German „…“
        const k = findOpen('double');
        if (k >= 0) {
          if (strayClosing(text, p, pos, before, after)) { closeAt(k, pos, length); break; }
          // the earlier quote was never closed: it ends where the new one begins
          if (k === 0) {
            const o = stack[0];
            let end = pos;
            while (end > o.pos + o.length && SPACE.test(text[end - 1])) end--;
            const index = emit(o, -1, 0, end);
            repairMissingClose(text, out[index]);
          }
          stack.length = k;
        }
        if (!isSpace(after)) push({ family, glyph: c, pos, length });
        break;
      }
      case '\u201e':
        if (!isSpace(after)) push({ family, glyph: c, pos, length });
        break;
      case '\u00ab': case '\u2039': {
        const k = findOpen(family, c === '\u00ab' ? '\u00bb' : '\u203a'); // German »…«
        if (k >= 0) closeAt(k, pos, length);
        else if (!isSpace(after) || isSpace(before)) push({ family, glyph: c, pos, length });
        break;
      }
      case '\u00bb': case '\u203a': {
        const k = findOpen(family, c === '\u00bb' ? '\u00ab' : '\u2039');
        if (k >= 0) closeAt(k, pos, length);
        else if (canOpen && isSpace(before)) push({ family, glyph: c, pos, length });
        break;
      }
      case '\u300c': case '\u300e':
        push({ family, glyph: c, pos, length });
        break;
      case '\u300d': case '\u300f': {
        const k = findOpen('corner');
        if (k >= 0) closeAt(k, pos, length);
        break;
      }
      case '\u2018': case '\u201b': {
        const low = findOpen('single', '\u201a');
        if (low >= 0) { closeAt(low, pos, length); break; }
        if (isElision(text, pos + 1, p.end)) break; // ‘90s, ‘em
        if (!isSpace(after)) push({ family, glyph: c, pos, length });
        break;
      }
      case '\u201a':
        if (isSpace(before) && !isSpace(after)) push({ family, glyph: c, pos, length });
        break;
      case '\u2019': case "'": {
        const k = findOpen('single');
        const apostrophe = before !== undefined && after !== undefined && LETTER_OR_DIGIT.test(before) && LETTER_OR_DIGIT.test(after);
        if (k >= 0 && canClose && !apostrophe && !possessiveBeforeLaterClose(text, p, pos, before, after)) {
          closeAt(k, pos, length);
        } else if (c === "'" && canOpen && !apostrophe && LETTER_OR_DIGIT.test(after ?? '') && !isElision(text, pos + 1, p.end) &&
          (before === undefined || SPACE.test(before) || /[([{\u2014\u2013"\u201c]/.test(before))) {
          push({ family, glyph: c, pos, length });
        }
        break;
      }
    }
  }
  // what the paragraph leaves open: the outer quote ends at the paragraph's end
  if (stack.length) {
    const o = stack[0];
    if (o.pos + o.length < p.end) {
      const index = emit(o, -1, 0, p.end);
      return { family: o.family, index };
    }
  }
  return null;
}

/**
 * An opening “ typed where the closing one belongs: `“I’m sure, “Smith said.` It closes
 * the open quote when nothing but space follows it, or when the quote text before it ends
 * in a comma or sentence mark and what follows reads as an attribution.
 */
function strayClosing(text: string, p: Paragraph, pos: number, before: string | undefined, after: string | undefined): boolean {
  if (isSpace(after)) return !isSpace(before);
  let k = pos - 1;
  while (k > p.start && SPACE.test(text[k])) k--;
  if (!/[,.!?…\u2014\u2013-]/.test(text[k] ?? '')) return false;
  const next = text.slice(pos + 1, Math.min(p.end, pos + 80));
  return STRAY_ATTRIBUTION.test(next);
}

const STRAY_ATTRIBUTION = new RegExp(
  '^\\s*(?:(?:he|she|they|we|i|it|the\\s+\\p{L}+|[\\p{Lu}][\\p{L}.\'’-]*(?:\\s+[\\p{Lu}][\\p{L}.\'’-]*){0,3})\\s+)?' +
  '(?:said|says|added|adds|told|asked|replied|wrote|explained|continued|noted|stated|insisted|warned|according)\\b', 'u');

/** ’90s, ’em, ’til: an apostrophe standing for left-out letters at a word's start. */
function isElision(text: string, from: number, end: number): boolean {
  const s = text.slice(from, Math.min(end, from + 6));
  return /^(?:\d\d(?:s|\b)|em\b|til\b|tis\b|twas\b|n\b|cause\b)/i.test(s);
}

/**
 * The Joneses’ house: a mark after a plural "s" followed by a lower-case word is taken as a
 * possessive apostrophe when a clearer closing mark comes later in the paragraph.
 */
function possessiveBeforeLaterClose(text: string, p: Paragraph, pos: number, before: string | undefined, after: string | undefined): boolean {
  if (before !== 's' || after === undefined || !SPACE.test(after)) return false;
  if (!/^\s+\p{Ll}/u.test(text.slice(pos + 1, Math.min(p.end, pos + 4)))) return false;
  const limit = Math.min(p.end, pos + 400);
  for (let k = pos + 1; k < limit; k++) {
    const c = text[k];
    if ((c === '\u2019' || c === "'") && /[,.!?…]/.test(text[k - 1]) && (k + 1 >= p.end || !LETTER_OR_DIGIT.test(text[k + 1]))) return true;
  }
  return false;
}

// "…unacceptable, said Whitcoff." inside a quotation nothing closed: the closing mark was forgotten
const ATTRIBUTION_TAIL = new RegExp(
  '([,?!])\\s+(?:(?:said|says|added|asked|told|wrote|continued|explained|insisted|warned)\\s+[\\p{L}.’\' -]{1,50}?|' +
  '(?:he|she|they|we|i|it|the\\s+\\p{L}+|\\p{Lu}[\\p{L}.’\'-]*(?:\\s+\\p{Lu}[\\p{L}.’\'-]*){0,3})\\s+(?:said|says|added|asked|told|wrote|continued|explained|insisted|warned)(?:\\s+\\p{L}+){0,3}?)[.,]?\\s*$', 'u');

/** Ends an unclosed quotation before an attribution it swallowed, as if the mark were there. */
export function repairMissingClose(text: string, q: MarkedQuote): void {
  if (q.close >= 0 || q.end - q.start < 8) return;
  const from = Math.max(q.start, q.end - 90);
  const m = ATTRIBUTION_TAIL.exec(text.slice(from, q.end));
  if (!m) return;
  const end = from + m.index + 1;
  if (end - q.start < 3) return;
  q.end = end;
  q.close = end;
  q.closeLength = 0;
}
