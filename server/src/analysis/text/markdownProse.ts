import type { Analysis, ArticleMetadata, Entity, Span } from '../types';

// Markdown articles: the analysis reads prose only. Everything that is not prose (front
// matter, code, link URLs, HTML, images, reference definitions, block and inline markers)
// is replaced by spaces, keeping every line break and the string's length, so that the
// normal analysis runs on the masked text and its spans index the original directly.

export interface MaskedMarkdown {
  /** The text with everything that is not prose blanked out: same length, same line breaks. */
  text: string;
  /** Front matter fields (`key: value` YAML or `key = "value"` TOML lines), keys lower-cased. */
  frontMatter?: Record<string, string>;
  /** Where each front-matter value (and its key) lies in the original text. */
  frontMatterSpans?: Record<string, { key: Span; value: Span }>;
}

const LF = 10;
const CR = 13;

/** Blanks out everything in a Markdown document that is not prose. Pure; never throws. */
export function maskMarkdown(text: string): MaskedMarkdown {
  const masker = new Masker(text);
  const front = masker.frontMatter();
  masker.blocks(front ? front.end : 0);
  masker.inline();
  const result: MaskedMarkdown = { text: masker.render() };
  if (front) {
    result.frontMatter = front.fields;
    result.frontMatterSpans = front.spans;
  }
  return result;
}

interface Line {
  start: number;
  /** End of the line's content, before its line break. */
  end: number;
}

interface FrontMatter {
  end: number;
  fields: Record<string, string>;
  spans: Record<string, { key: Span; value: Span }>;
}

type BlockState =
  | { kind: 'normal' }
  | { kind: 'fence'; char: string; length: number }
  | { kind: 'indented' }
  | { kind: 'raw'; tag: string };

const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
const HTML_BLOCK_RAW = /^<(script|style|pre|textarea)(?=[\s>]|$)/i;
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’',
  ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', hellip: '…', thinsp: ' ', ensp: ' ', emsp: ' ', shy: ' ', zwj: ' ', zwnj: ' ',
};

class Masker {
  /** 1 where the original character is blanked out (never a line break). */
  private readonly hidden: Uint8Array;
  /** Blanked positions that show a decoded character instead of a space (`&amp;` → `&`). */
  private readonly substituted = new Map<number, string>();
  private readonly lines: Line[] = [];
  /** Prose regions, in order: runs of lines the inline pass scans together. */
  private readonly proseBlocks: Span[] = [];
  /** Labels of reference-link definitions, normalised. */
  private readonly definitions = new Set<string>();

  constructor(private readonly text: string) {
    this.hidden = new Uint8Array(text.length);
    const lineBreak = /\r\n|\r|\n/g;
    let start = 0;
    for (let m = lineBreak.exec(text); m; m = lineBreak.exec(text)) {
      this.lines.push({ start, end: m.index });
      start = m.index + m[0].length;
    }
    this.lines.push({ start, end: text.length });
  }

  blank(start: number, end: number): void {
    for (let i = Math.max(0, start); i < end && i < this.text.length; i++) {
      const c = this.text.charCodeAt(i);
      if (c !== LF && c !== CR) this.hidden[i] = 1;
    }
  }

  /** Shows `char` at a blanked position. */
  substitute(at: number, char: string): void {
    this.substituted.set(at, char);
  }

  /** The working text of a range: runs of the original, blanks as spaces. */
  slice(start: number, end: number): string {
    const parts: string[] = [];
    let i = start;
    while (i < end) {
      let j = i;
      if (!this.hidden[i]) {
        while (j < end && !this.hidden[j]) j++;
        parts.push(this.text.slice(i, j));
      } else {
        while (j < end && this.hidden[j]) j++;
        let run = ' '.repeat(j - i);
        if (this.substituted.size) {
          for (let k = i; k < j; k++) {
            const char = this.substituted.get(k);
            if (char !== undefined) run = run.slice(0, k - i) + char + run.slice(k - i + 1);
          }
        }
        parts.push(run);
      }
      i = j;
    }
    return parts.join('');
  }

  /** The character the analysis sees at `i`. */
  charAt(i: number): string {
    return this.hidden[i] ? this.substituted.get(i) ?? ' ' : this.text[i];
  }

  render(): string {
    return this.slice(0, this.text.length);
  }

  // ── front matter ────────────────────────────────────────────────────────────────────

  /** YAML (`---`) or TOML (`+++`) front matter at the very start: parsed, then blanked. */
  frontMatter(): FrontMatter | undefined {
    const first = this.lines[0];
    const offset = this.text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const opener = this.text.slice(first.start + offset, first.end).trimEnd();
    if (opener !== '---' && opener !== '+++') return undefined;
    const closers = opener === '---' ? ['---', '...'] : ['+++'];
    let close = -1;
    for (let i = 1; i < this.lines.length; i++) {
      if (closers.includes(this.text.slice(this.lines[i].start, this.lines[i].end).trimEnd())) {
        close = i;
        break;
      }
    }
    if (close < 0) return undefined;
    const fields: Record<string, string> = {};
    const spans: Record<string, { key: Span; value: Span }> = {};
    for (let i = 1; i < close; i++) {
      const line = this.lines[i];
      const raw = this.text.slice(line.start, line.end);
      const m = /^([A-Za-z_][\w.-]*)[ \t]*[:=][ \t]*(.*)$/.exec(raw);
      if (!m) continue;
      const key = m[1].toLowerCase();
      if (key in fields) continue;
      const keySpan = { start: line.start, end: line.start + m[1].length };
      let valueStart = line.start + raw.length - m[2].length;
      let parsed = parseScalar(m[2], valueStart);
      if (!parsed && /^(?:[|>][+-]?)?\s*$/.test(m[2])) {
        // a block scalar (`key: >`) or a list on the following lines: take the first item
        const next = this.lines[i + 1];
        const item = next && i + 1 < close ? /^([ \t]+(?:-[ \t]+)?|-[ \t]+)(.*)$/.exec(this.text.slice(next.start, next.end)) : null;
        if (item) {
          valueStart = next.start + item[1].length;
          parsed = parseScalar(item[2], valueStart);
        }
      }
      if (!parsed) continue;
      fields[key] = parsed.value;
      spans[key] = { key: keySpan, value: parsed.span };
    }
    const end = this.lines[close].end;
    this.blank(0, end);
    return { end, fields, spans };
  }

  // ── blocks ──────────────────────────────────────────────────────────────────────────

  /** The line pass: code blocks, raw HTML, definitions and block markers; collects prose. */
  blocks(from: number): void {
    let state: BlockState = { kind: 'normal' };
    let inComment = false;
    let inParagraph = false;
    let inList = false;
    let inTable = false;
    let block: Span | null = null;
    const endBlock = () => {
      if (block) this.proseBlocks.push(block);
      block = null;
    };
    const prose = (start: number, end: number, single = false) => {
      if (single) endBlock();
      if (block) block.end = end;
      else block = { start, end };
      if (single) endBlock();
    };
    let previous: Line | null = null;

    for (const line of this.lines) {
      if (line.end <= from && line.start < from) continue;
      const start = Math.max(line.start, from);
      const end = line.end;

      if (state.kind === 'fence') {
        const content = this.text.slice(start, end).replace(/^(?:[ \t]*>)+/, '');
        const close = new RegExp(`^[ \\t]*${state.char === '`' ? '`' : '~'}{${state.length},}[ \\t]*$`);
        if (close.test(content)) state = { kind: 'normal' };
        this.blank(start, end);
        previous = line;
        continue;
      }
      if (state.kind === 'raw') {
        const closing = new RegExp(`</${state.tag}\\s*>`, 'i').exec(this.text.slice(start, end));
        this.blank(start, closing ? start + closing.index + closing[0].length : end);
        if (!closing) {
          previous = line;
          continue;
        }
        state = { kind: 'normal' };
        previous = line;
        continue;
      }
      if (state.kind === 'indented') {
        const raw = this.text.slice(start, end);
        if (!raw.trim() || indentWidth(raw) >= 4) {
          this.blank(start, end);
          previous = line;
          continue;
        }
        state = { kind: 'normal' };
      }

      // HTML comments, possibly over several lines
      const comments = this.blankComments(start, end, inComment);
      inComment = comments.open;
      if (inComment) {
        previous = line;
        continue;
      }

      let cs = start;
      // the line as the analysis will see it so far (only a comment can have been blanked in it)
      let work = comments.blanked ? this.slice(cs, end) : this.text.slice(cs, end);
      if (!work.trim()) {
        endBlock();
        inParagraph = false;
        inTable = false;
        previous = line;
        continue;
      }

      // indented code: four columns of indentation, not continuing a paragraph or a list
      if (indentWidth(work) >= 4 && !inParagraph && !inList) {
        state = { kind: 'indented' };
        endBlock();
        this.blank(cs, end);
        previous = line;
        continue;
      }

      // block quote markers
      const quote = /^(?: {0,3}>[ \t]?)+/.exec(work);
      if (quote) {
        this.blank(cs, cs + quote[0].length);
        cs += quote[0].length;
        work = work.slice(quote[0].length);
        if (!work.trim()) {
          endBlock();
          inParagraph = false;
          previous = line;
          continue;
        }
      }

      // fenced code
      const fence = /^[ \t]*(`{3,}|~{3,})(.*)$/.exec(work);
      if (fence && !(fence[1][0] === '`' && fence[2].includes('`'))) {
        state = { kind: 'fence', char: fence[1][0], length: fence[1].length };
        endBlock();
        inParagraph = false;
        this.blank(cs, end);
        previous = line;
        continue;
      }

      // raw HTML whose content is not prose
      const raw = HTML_BLOCK_RAW.exec(work.trimStart());
      if (raw) {
        endBlock();
        inParagraph = false;
        const tag = raw[1].toLowerCase();
        const closing = new RegExp(`</${tag}\\s*>`, 'i').exec(work);
        if (closing) this.blank(cs, cs + closing.index + closing[0].length);
        else {
          this.blank(cs, end);
          state = { kind: 'raw', tag };
        }
        previous = line;
        continue;
      }

      // reference-link definitions: blanked whole; footnote definitions keep their text
      const footnote = /^ {0,3}\[\^[^\]\s]+\]:[ \t]?/.exec(work);
      if (footnote) {
        this.blank(cs, cs + footnote[0].length);
        endBlock();
        prose(cs + footnote[0].length, end);
        inParagraph = true;
        previous = line;
        continue;
      }
      const definition = /^ {0,3}\[((?:[^\]\\]|\\.){1,999})\]:[ \t]*\S/.exec(work);
      if (definition && !inParagraph) {
        this.definitions.add(normalizeLabel(definition[1]));
        endBlock();
        this.blank(cs, end);
        previous = line;
        continue;
      }

      // headings: the markers go, the words are prose
      const atx = /^( {0,3}#{1,6})(?=[ \t]|$)/.exec(work);
      if (atx) {
        this.blank(cs, cs + atx[1].length);
        const closing = /[ \t]+#+[ \t]*$/.exec(work);
        if (closing && closing.index >= atx[1].length) this.blank(cs + closing.index, end);
        prose(cs + atx[1].length, end, true);
        inParagraph = false;
        inList = false;
        previous = line;
        continue;
      }
      if (/^ {0,3}(?:=+|-+)[ \t]*$/.test(work) && inParagraph) {
        // setext underline: the paragraph above is a heading
        this.blank(cs, end);
        endBlock();
        inParagraph = false;
        previous = line;
        continue;
      }
      if (/^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(work)) {
        this.blank(cs, end);
        endBlock();
        inParagraph = false;
        previous = line;
        continue;
      }

      // tables: the delimiter row goes; cells stay, their pipes keep them apart
      if (isDelimiterRow(work) && (inTable || (previous && this.text.slice(previous.start, previous.end).includes('|')))) {
        this.blank(cs, end);
        endBlock();
        inTable = true;
        inParagraph = false;
        previous = line;
        continue;
      }
      if (inTable) {
        prose(cs, end, true);
        previous = line;
        continue;
      }

      // list items: the marker (and a task box) goes
      const item = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+(?:\[[ xX]\][ \t]+)?|[ \t]*$)/.exec(work);
      if (item) {
        this.blank(cs + item[1].length, cs + item[0].length);
        endBlock();
        prose(cs + item[0].length, end);
        inList = true;
        inParagraph = true;
        previous = line;
        continue;
      }

      if (inList && indentWidth(work) === 0 && !inParagraph) inList = false;
      prose(cs, end);
      inParagraph = true;
      previous = line;
    }
    endBlock();
  }

  /** Blanks `<!-- … -->` comments in a line: whether one is still open at its end, and whether any was blanked. */
  private blankComments(start: number, end: number, open: boolean): { open: boolean; blanked: boolean } {
    let i = start;
    let blanked = false;
    const line = this.text.slice(start, end);
    while (i <= end) {
      if (open) {
        blanked = true;
        const close = line.indexOf('-->', i - start);
        if (close < 0) {
          this.blank(i, end);
          return { open: true, blanked };
        }
        this.blank(i, start + close + 3);
        i = start + close + 3;
        open = false;
      }
      const opened = line.indexOf('<!--', i - start);
      if (opened < 0) return { open: false, blanked };
      i = start + opened;
      open = true;
    }
    return { open, blanked };
  }

  // ── inline ──────────────────────────────────────────────────────────────────────────

  /** The inline pass over each prose block: code spans, links, images, HTML, emphasis. */
  inline(): void {
    for (const block of this.proseBlocks) {
      // lookahead reads a snapshot of the block: blanking only ever touches text already passed
      this.view = this.slice(block.start, block.end);
      this.base = block.start;
      this.scan(block.start, block.end);
    }
    this.view = '';
  }

  private view = '';
  private base = 0;

  /** Runs a sticky regex at absolute offset `i` of the current block; the match or null. */
  private at(re: RegExp, i: number, to: number): RegExpExecArray | null {
    re.lastIndex = i - this.base;
    const m = re.exec(this.view);
    return m && i + m[0].length <= to ? m : null;
  }

  private scan(from: number, to: number): void {
    const w = (i: number) => (i >= from && i < to ? this.view[i - this.base] : '');
    let i = from;
    while (i < to) {
      const c = w(i);
      if (c === '\\') {
        const next = w(i + 1);
        if (next === '\n' || next === '\r' || next === '') this.blank(i, i + 1);
        else if (ASCII_PUNCT.test(next)) {
          this.blank(i, i + 1);
          i += 2;
          continue;
        }
        i++;
        continue;
      }
      if (c === '`') {
        let run = 1;
        while (w(i + run) === '`') run++;
        const close = this.findBackticks(i + run, to, run);
        if (close >= 0) {
          this.blank(i, close + run);
          i = close + run;
        } else {
          this.blank(i, i + run);
          i += run;
        }
        continue;
      }
      if (c === '<') {
        const end = this.htmlOrAutolink(i, to);
        if (end > i) {
          this.blank(i, end);
          i = end;
          continue;
        }
        i++;
        continue;
      }
      if (c === '!' && w(i + 1) === '[') {
        const link = this.link(i + 1, to);
        if (link) {
          this.blank(i, link.end);
          i = link.end;
          continue;
        }
        i++;
        continue;
      }
      if (c === '[') {
        const footnote = this.at(FOOTNOTE_REF, i, to);
        if (footnote) {
          this.blank(i, i + footnote[0].length);
          i += footnote[0].length;
          continue;
        }
        const link = this.link(i, to);
        if (link) {
          this.blank(i, i + 1);
          this.blank(link.textEnd, link.end);
          this.scan(i + 1, link.textEnd);
          i = link.end;
          continue;
        }
        i++;
        continue;
      }
      if (c === '*' || c === '_' || c === '~') {
        let run = 1;
        while (w(i + run) === c) run++;
        if (this.isEmphasisDelimiter(i, run, c)) this.blank(i, i + run);
        i += run;
        continue;
      }
      if (c === '&') {
        const entity = this.at(ENTITY, i, to);
        if (entity) {
          const decoded = entity[1] !== undefined ? (Object.hasOwn(ENTITIES, entity[1].toLowerCase()) ? ENTITIES[entity[1].toLowerCase()] : undefined) : codePointChar(entity[2] !== undefined ? Number(entity[2]) : parseInt(entity[3], 16));
          if (decoded !== undefined) {
            this.blank(i, i + entity[0].length);
            this.substitute(i, decoded);
            i += entity[0].length;
            continue;
          }
        }
        i++;
        continue;
      }
      if ((c === 'h' || c === 'H') && !/[\p{L}\p{N}]/u.test(w(i - 1))) {
        const url = this.at(BARE_URL, i, to);
        if (url) {
          this.blank(i, i + url[0].length);
          i += url[0].length;
          continue;
        }
      }
      i++;
    }
  }

  /** The start of the next run of exactly `run` backticks in [from, to), or -1. */
  private findBackticks(from: number, to: number, run: number): number {
    for (let i = from; i < to; i++) {
      if (this.view.charCodeAt(i - this.base) !== 96) continue;
      let j = i;
      while (j < to && this.view.charCodeAt(j - this.base) === 96) j++;
      if (j - i === run) return i;
      i = j;
    }
    return -1;
  }

  /** The end of an autolink, an HTML tag or an inline raw element at `i`, or `i`. */
  private htmlOrAutolink(i: number, to: number): number {
    const m = this.at(AUTOLINK, i, to) ?? this.at(EMAIL_AUTOLINK, i, to) ?? this.at(HTML_TAG, i, to) ?? this.at(HTML_OTHER, i, to);
    if (!m) return i;
    const raw = /^<(script|style|textarea|pre)\b/i.exec(m[0]);
    if (raw) {
      const close = new RegExp(`</${raw[1]}\\s*>`, 'ig');
      close.lastIndex = i - this.base;
      const found = close.exec(this.view);
      if (found && this.base + found.index + found[0].length <= to) return this.base + found.index + found[0].length;
    }
    return i + m[0].length;
  }

  /**
   * A link at `open` (the `[`): inline `[text](url "title")`, full `[text][ref]`, collapsed
   * `[text][]`, or shortcut `[text]` when a definition has that label.
   */
  private link(open: number, to: number): { textEnd: number; end: number } | undefined {
    const close = this.closingBracket(open, to);
    if (close < 0) return undefined;
    const after = close + 1;
    const next = after < to ? this.view[after - this.base] : '';
    const text = this.text.slice(open + 1, close);
    if (next === '(') {
      const m = this.at(DESTINATION, after, to);
      return m ? { textEnd: close, end: after + m[0].length } : undefined;
    }
    if (next === '[') {
      const refClose = this.closingBracket(after, to);
      if (refClose >= 0) {
        const label = this.text.slice(after + 1, refClose);
        const known = label.trim() ? this.definitions.has(normalizeLabel(label)) : this.definitions.has(normalizeLabel(text));
        if (known) return { textEnd: close, end: refClose + 1 };
      }
    }
    if (this.definitions.has(normalizeLabel(text))) return { textEnd: close, end: close + 1 };
    return undefined;
  }

  /** The matching `]` for the `[` at `open`, skipping escapes and code spans; -1 if none. */
  private closingBracket(open: number, to: number): number {
    let depth = 0;
    const limit = Math.min(to, open + 2000);
    for (let i = open; i < limit; i++) {
      const c = this.view.charCodeAt(i - this.base);
      if (c === 92 /* \ */) {
        i++;
        continue;
      }
      if (c === 96 /* ` */) {
        let run = 1;
        while (i + run < to && this.view.charCodeAt(i + run - this.base) === 96) run++;
        const end = this.findBackticks(i + run, limit, run);
        i = end >= 0 ? end + run - 1 : i + run - 1;
        continue;
      }
      if (c === 91 /* [ */) depth++;
      else if (c === 93 /* ] */ && --depth === 0) return i;
    }
    return -1;
  }

  /** Whether a run of `*`, `_` or `~~` is an emphasis delimiter rather than a literal. */
  private isEmphasisDelimiter(i: number, run: number, c: string): boolean {
    if (c === '~' && run !== 2) return false;
    const before = i > 0 ? this.charAt(i - 1) : ' ';
    const after = this.view[i + run - this.base] ?? ' ';
    const space = (ch: string) => /\s/.test(ch);
    const punct = (ch: string) => /[\p{P}\p{S}]/u.test(ch);
    const left = !space(after) && (!punct(after) || space(before) || punct(before));
    const right = !space(before) && (!punct(before) || space(after) || punct(after));
    if (c === '_') return (left && (!right || punct(before))) || (right && (!left || punct(after)));
    return left || right;
  }
}

const FOOTNOTE_REF = /\[\^[^\]\s]{1,100}\]/y;
const ENTITY = /&(?:([A-Za-z]{2,8})|#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6}));/y;
const BARE_URL = /https?:\/\/[^\s<>]{0,4000}[^\s<>.,;:!?"'”’)\]]/iy;
const AUTOLINK = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>/y;
const EMAIL_AUTOLINK = /<[^\s@<>\\]+@[^\s@<>\\]+>/y;
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/y;
const HTML_OTHER = /<![A-Za-z][^>]*>|<\?[\s\S]*?\?>/y;
const DESTINATION = /\(\s*(?:<[^<>\n]*>|(?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.)*\))*)(?:\s+(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\)))?\s*\)/y;

function indentWidth(line: string): number {
  let width = 0;
  for (const ch of line) {
    if (ch === ' ') width++;
    else if (ch === '\t') width += 4 - (width % 4);
    else break;
  }
  return width;
}

function isDelimiterRow(line: string): boolean {
  return line.includes('-') && /^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)*[ \t]*:?-+:?[ \t]*\|?[ \t]*$/.test(line) && (line.includes('|') || /:/.test(line));
}

function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

function codePointChar(code: number): string | undefined {
  if (!Number.isFinite(code) || code < 32 || code > 0xffff || (code >= 0x7f && code < 0xa0) || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  return String.fromCharCode(code);
}

/** A YAML/TOML scalar: quoted, a flow list's first item, or plain up to a comment. */
function parseScalar(raw: string, at: number): { value: string; span: Span } | undefined {
  const lead = raw.length - raw.trimStart().length;
  let s = raw.trimStart();
  let start = at + lead;
  if (s.startsWith('[')) {
    const inner = s.slice(1).replace(/\].*$/, '');
    const firstItem = inner.split(',')[0] ?? '';
    const innerLead = firstItem.length - firstItem.trimStart().length;
    start += 1 + innerLead;
    s = firstItem.trimStart();
  }
  const quote = s[0];
  if (quote === '"' || quote === "'") {
    const re = quote === '"' ? /^"((?:[^"\\]|\\.)*)"/ : /^'((?:[^']|'')*)'/;
    const m = re.exec(s);
    if (!m) return undefined;
    const value = quote === '"' ? m[1].replace(/\\(.)/g, '$1') : m[1].replace(/''/g, "'");
    return value.trim() ? { value: value.trim(), span: { start: start + 1, end: start + 1 + m[1].length } } : undefined;
  }
  const plain = s.replace(/\s+#.*$/, '').trimEnd();
  if (!plain || /^[|>[{]/.test(plain)) return undefined;
  return { value: plain, span: { start, end: start + plain.length } };
}

// ── metadata and the byline author ──────────────────────────────────────────────────────

const METADATA_KEYS: Record<keyof ArticleMetadata, string[]> = {
  title: ['title', 'headline'],
  author: ['author', 'byline', 'authors', 'by', 'creator'],
  date: ['date', 'published', 'published_at', 'publishdate', 'pubdate', 'datepublished', 'published_time'],
  outlet: ['outlet', 'source', 'publication', 'publisher', 'site', 'site_name', 'sitename'],
  url: ['url', 'link', 'canonical', 'canonical_url', 'source_url', 'permalink', 'original_url'],
};

/** Title, author, date, outlet and URL from front matter fields, when present. */
export function articleMetadata(frontMatter: Record<string, string> | undefined): { metadata?: ArticleMetadata; keys: Partial<Record<keyof ArticleMetadata, string>> } {
  const keys: Partial<Record<keyof ArticleMetadata, string>> = {};
  if (!frontMatter) return { keys };
  const metadata: ArticleMetadata = {};
  for (const field of Object.keys(METADATA_KEYS) as (keyof ArticleMetadata)[]) {
    const key = METADATA_KEYS[field].find(k => frontMatter[k]?.trim());
    if (!key) continue;
    const value = frontMatter[key].trim();
    // `source: https://…` is where the article came from, not the outlet's name
    if (field === 'outlet' && /^https?:\/\//i.test(value)) {
      if (!metadata.url) {
        metadata.url = value;
        keys.url = key;
      }
      continue;
    }
    if (field === 'url' && metadata.url) continue;
    metadata[field] = value;
    keys[field] = key;
  }
  return Object.keys(metadata).length ? { metadata, keys } : { keys };
}

/**
 * Adds the front matter's metadata to an analysis of the masked text, and makes the
 * author (or each of several authors) a person with a `byline` role: an entity of its own,
 * with its mention in the front matter, unless the article already names that person, who
 * then gets the role and the mention.
 */
export function withFrontMatter(analysis: Analysis, original: string, masked: MaskedMarkdown): Analysis {
  const { metadata, keys } = articleMetadata(masked.frontMatter);
  if (!metadata) return analysis;
  analysis.metadata = metadata;
  const authorKey = keys.author;
  const spans = authorKey ? masked.frontMatterSpans?.[authorKey] : undefined;
  if (!authorKey || !spans) return analysis;
  let nextId = 1 + analysis.entities.reduce((max, e) => Math.max(max, Number(/^e(\d+)$/.exec(e.id)?.[1] ?? 0)), 0);
  const value = original.slice(spans.value.start, spans.value.end);
  for (const name of authorNames(value, spans.value.start)) {
    const existing = analysis.entities.find(e => e.type === 'person' && samePerson(e.name, name.text));
    const entity: Entity = existing ?? { id: `e${nextId++}`, name: name.text, type: 'person', mentions: [], roles: [] };
    entity.mentions.unshift({ start: name.start, end: name.end, text: name.text, form: 'name', entity: entity.id, sentence: -1 });
    entity.roles.unshift({ start: spans.key.start, end: spans.key.end, text: original.slice(spans.key.start, spans.key.end), source: 'byline' });
    if (!existing) analysis.entities.push(entity);
  }
  return analysis;
}

/** "Ana Lind and Tomas Berg", "Ana Lind, Tomas Berg" → each name with its offsets. */
function authorNames(value: string, at: number): { text: string; start: number; end: number }[] {
  const names: { text: string; start: number; end: number }[] = [];
  const re = /[^,;&]+/g;
  for (let m = re.exec(value); m; m = re.exec(value)) {
    for (const part of m[0].split(/\band\b/)) {
      const offset = m.index + m[0].indexOf(part);
      const lead = part.length - part.trimStart().length;
      let text = part.trim().replace(/^by\s+/i, '');
      const start = at + offset + lead + (part.trim().length - text.length);
      text = text.trim();
      if (/\p{L}/u.test(text)) names.push({ text, start, end: start + text.length });
    }
  }
  return names;
}

function samePersonKey(name: string): string[] {
  return name.toLowerCase().replace(/[’]/g, "'").split(/\s+/).filter(Boolean);
}

/** The same person: the same name, or the article uses only the author's surname. */
function samePerson(a: string, b: string): boolean {
  const x = samePersonKey(a);
  const y = samePersonKey(b);
  if (!x.length || !y.length) return false;
  if (x.join(' ') === y.join(' ')) return true;
  const [shorter, longer] = x.length < y.length ? [x, y] : [y, x];
  return shorter.length === 1 && shorter[0] === longer[longer.length - 1];
}
