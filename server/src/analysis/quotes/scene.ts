import type { Entity, Mention, Paragraph, Sentence, Span } from '../types';
import { tokenize, type Token } from '../text/tokens';
import { INDIRECT_VERBS, SAY_PARTICIPLES } from './cues';

const VALUE_TYPES = new Set(['date', 'money', 'percent', 'quantity']);

/**
 * Where the quote rules looked, while a recorder is set: the range of text they read through
 * the scene (tokens, reporting words), the range of mentions they read (-Infinity or
 * Infinity when a search ran off either end of the mentions) and the ids of the entities
 * they looked up.
 */
export interface SceneReads {
  textLo: number;
  textHi: number;
  mentionLo: number;
  mentionHi: number;
  entities: Set<string>;
}

/** Entities by id; a lookup is noted in the scene's recorder, if any. */
class EntityIndex extends Map<string, Entity> {
  reads: SceneReads | null = null;

  override get(id: string): Entity | undefined {
    this.reads?.entities.add(id);
    return super.get(id);
  }
}

/**
 * What the quote rules look things up in: the text, its sentences and paragraphs, the
 * entity mentions sorted by offset, and the spans the quotation marks enclose. Every
 * lookup is a binary search, so rules can ask freely.
 */
export class Scene {
  readonly mentions: Mention[];
  readonly entityById: Map<string, Entity>;
  /** Spans from opening to closing mark (marks included), sorted, non-overlapping. */
  quoted: Span[] = [];
  private readonly paragraphTokens = new Map<number, Token[]>();
  private readonly cueWords = new Map<number, number[]>();
  private recorder: SceneReads | null = null;

  /**
   * `prepared`: the mentions the rules read, already filtered and sorted as below, and the
   * entities by id, when the caller has them (then `entities` is not read).
   */
  constructor(
    readonly text: string,
    readonly paragraphs: Paragraph[],
    readonly sentences: Sentence[],
    entities: Entity[],
    prepared?: { mentions: Mention[]; entities: Iterable<Entity> },
  ) {
    const index = new EntityIndex();
    this.entityById = index;
    if (prepared) {
      for (const e of prepared.entities) index.set(e.id, e);
      this.mentions = prepared.mentions;
      return;
    }
    const mentions: Mention[] = [];
    for (const e of entities) {
      index.set(e.id, e);
      if (VALUE_TYPES.has(e.type)) continue;
      for (const m of e.mentions) if (m.start >= 0 && m.end <= text.length && m.start < m.end) mentions.push(m);
    }
    mentions.sort(sceneOrder);
    this.mentions = mentions;
  }

  /** Starts (with a fresh recorder) or stops noting where the rules look. */
  record(reads: SceneReads | null): void {
    this.recorder = reads;
    (this.entityById as EntityIndex).reads = reads;
  }

  private noteText(lo: number, hi: number): void {
    const r = this.recorder;
    if (!r) return;
    if (lo < r.textLo) r.textLo = lo;
    if (hi > r.textHi) r.textHi = hi;
  }

  private noteMentions(lo: number, hi: number): void {
    const r = this.recorder;
    if (!r) return;
    if (lo < r.mentionLo) r.mentionLo = lo;
    if (hi > r.mentionHi) r.mentionHi = hi;
  }

  entity(m: Mention): Entity | undefined {
    return this.entityById.get(m.entity);
  }

  /** Mention `k` in offset order (undefined past either end). */
  mentionAt(k: number): Mention {
    const m = this.mentions[k];
    if (this.recorder) {
      if (m) this.noteMentions(k === 0 ? -Infinity : m.start, k === this.mentions.length - 1 ? Infinity : m.end);
      else this.noteMentions(k < 0 ? -Infinity : Infinity, k < 0 ? -Infinity : Infinity);
    }
    return m;
  }

  /** Index of the first mention starting at or after `pos`. */
  firstMentionFrom(pos: number): number {
    const k = this.lowerBound(pos);
    if (this.recorder) this.noteMentions(k === 0 ? -Infinity : pos, k === this.mentions.length ? Infinity : pos);
    return k;
  }

  private lowerBound(pos: number): number {
    let lo = 0, hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < pos) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  /** Mentions lying wholly inside [start, end). */
  mentionsIn(start: number, end: number): Mention[] {
    this.noteMentions(start, end);
    const out: Mention[] = [];
    for (let k = this.lowerBound(start); k < this.mentions.length && this.mentions[k].start < end; k++) {
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
    this.noteText(start, end);
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

  /** Drops the tokens kept for paragraphs before `p` (they are found again if asked for). */
  forgetTokensBefore(p: number): void {
    for (const k of this.paragraphTokens.keys()) if (k < p) this.paragraphTokens.delete(k);
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

  /** Whether [start, end) holds a reporting word (found with one scan of each paragraph asked about). */
  hasCueWord(start: number, end: number): boolean {
    this.noteText(start, end);
    for (let p = Math.max(0, this.paragraphAt(start)); p < this.paragraphs.length && this.paragraphs[p].start < end; p++) {
      const a = this.cueWordsOf(p);
      let lo = 0, hi = a.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (a[mid] < start) lo = mid + 1; else hi = mid;
      }
      if (lo < a.length && a[lo] < end) return true;
    }
    return false;
  }

  /** Offsets of the reporting words of paragraph `p`. */
  private cueWordsOf(p: number): number[] {
    let at = this.cueWords.get(p);
    if (!at) {
      at = [];
      const { start, end } = this.paragraphs[p];
      const body = this.text.slice(start, end);
      const re = /[A-Za-z]+/g;
      for (let m = re.exec(body); m; m = re.exec(body)) {
        const w = m[0].length >= 3 ? m[0].toLowerCase() : ''; // "say" is the shortest
        if (w && (INDIRECT_VERBS.has(w) || SAY_PARTICIPLES.has(w) || w === 'according')) at.push(start + m.index);
      }
      this.cueWords.set(p, at);
    }
    return at;
  }
}

/** The order the quote rules read mentions in: by offset, the longer first. */
export function sceneOrder(a: Mention, b: Mention): number {
  return a.start - b.start || b.end - a.end;
}
