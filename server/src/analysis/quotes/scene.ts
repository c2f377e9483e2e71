import type { Entity, Mention, Paragraph, Sentence, Span } from '../types';
import { tokenize, type Token } from '../text/tokens';
import { INDIRECT_VERBS, SAY_PARTICIPLES } from './cues';

const VALUE_TYPES = new Set(['date', 'money', 'percent', 'quantity']);

/**
 * What the quote rules look things up in: the text, its sentences and paragraphs, the
 * entity mentions sorted by offset, and the spans the quotation marks enclose. Every
 * lookup is a binary search, so rules can ask freely.
 */
export class Scene {
  readonly mentions: Mention[];
  readonly entityById = new Map<string, Entity>();
  /** Spans from opening to closing mark (marks included), sorted, non-overlapping. */
  quoted: Span[] = [];
  private readonly paragraphTokens = new Map<number, Token[]>();
  private cueWords: number[] | null = null;

  constructor(
    readonly text: string,
    readonly paragraphs: Paragraph[],
    readonly sentences: Sentence[],
    entities: Entity[],
  ) {
    const mentions: Mention[] = [];
    for (const e of entities) {
      this.entityById.set(e.id, e);
      if (VALUE_TYPES.has(e.type)) continue;
      for (const m of e.mentions) if (m.start >= 0 && m.end <= text.length && m.start < m.end) mentions.push(m);
    }
    mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    this.mentions = mentions;
  }

  entity(m: Mention): Entity | undefined {
    return this.entityById.get(m.entity);
  }

  /** Index of the first mention starting at or after `pos`. */
  firstMentionFrom(pos: number): number {
    let lo = 0, hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < pos) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  /** Mentions lying wholly inside [start, end). */
  mentionsIn(start: number, end: number): Mention[] {
    const out: Mention[] = [];
    for (let k = this.firstMentionFrom(start); k < this.mentions.length && this.mentions[k].start < end; k++) {
      if (this.mentions[k].end <= end) out.push(this.mentions[k]);
    }
    return out;
  }

  /** Index of the sentence holding `pos` (or the last one starting before it); -1 before the first. */
  sentenceAt(pos: number): number {
    const s = this.sentences;
    let lo = 0, hi = s.length - 1, found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (s[mid].start <= pos) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  }

  /** Index of the paragraph holding `pos` (or the last one starting before it); -1 before the first. */
  paragraphAt(pos: number): number {
    const p = this.paragraphs;
    let lo = 0, hi = p.length - 1, found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (p[mid].start <= pos) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  }

  /** The quoted span holding `pos`, if any. */
  quotedAt(pos: number): Span | undefined {
    const q = this.quoted;
    let lo = 0, hi = q.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (q[mid].end <= pos) lo = mid + 1;
      else if (q[mid].start > pos) hi = mid - 1;
      else return q[mid];
    }
    return undefined;
  }

  isQuoted(pos: number): boolean {
    return this.quotedAt(pos) !== undefined;
  }

  /** The tokens lying wholly inside [start, end), from a per-paragraph cache. */
  tokensIn(start: number, end: number): Token[] {
    const out: Token[] = [];
    if (end <= start) return out;
    let p = Math.max(0, this.paragraphAt(start));
    for (; p < this.paragraphs.length && this.paragraphs[p].start < end; p++) {
      const para = this.paragraphs[p];
      if (para.end <= start) continue;
      let tokens = this.paragraphTokens.get(p);
      if (!tokens) {
        tokens = tokenize(this.text, para.start, para.end);
        this.paragraphTokens.set(p, tokens);
      }
      let lo = 0, hi = tokens.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (tokens[mid].start < start) lo = mid + 1; else hi = mid;
      }
      for (let k = lo; k < tokens.length && tokens[k].end <= end; k++) out.push(tokens[k]);
      if (lo < tokens.length && tokens[tokens.length - 1].end > end) break;
    }
    return out;
  }

  /** Index of the first quoted span that ends after `pos`. */
  firstQuotedEndingAfter(pos: number): number {
    let lo = 0, hi = this.quoted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.quoted[mid].end <= pos) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  /** Whether [start, end) holds a reporting word (found once for the whole text with one scan). */
  hasCueWord(start: number, end: number): boolean {
    if (!this.cueWords) {
      const at: number[] = [];
      const re = /[A-Za-z]+/g;
      for (let m = re.exec(this.text); m; m = re.exec(this.text)) {
        const w = m[0].length > 3 ? m[0].toLowerCase() : '';
        if (w && (INDIRECT_VERBS.has(w) || SAY_PARTICIPLES.has(w) || w === 'according')) at.push(m.index);
      }
      this.cueWords = at;
    }
    const a = this.cueWords;
    let lo = 0, hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (a[mid] < start) lo = mid + 1; else hi = mid;
    }
    return lo < a.length && a[lo] < end;
  }
}
