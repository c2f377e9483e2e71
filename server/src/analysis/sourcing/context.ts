import type { Entity, EntityType, Paragraph, Quote, Sentence, Span } from '../types';
import { tokenize, type Token } from '../text/tokens';
import { QuotedZones } from './quoted';

export interface SourcingContext {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  entities: Entity[];
  quotes: Quote[];
}

/** A word or mark of a sentence, with its lower-case form ("’" folded to "'"). */
export interface Word extends Token {
  lower: string;
}

export interface SentenceView {
  index: number;
  sentence: Sentence;
  words: Word[];
}

/** A mention's span and its entity's type. */
export interface TypedSpan {
  start: number;
  end: number;
  type: EntityType;
}

export interface ScanOptions {
  /** The mentions with their entities' types, sorted by start (instead of reading `context.entities`). */
  mentions?: TypedSpan[];
  /** Whether a statement introduced by "X said:" runs on from before the first paragraph. */
  blockOpen?: boolean;
  /** Whether the paragraph before relied on an unnamed official or source ("the official said" may then be that one). */
  unnamedBefore?: boolean;
}

/** What every rule reads: the text, its sentences as tokens, quoted stretches, entity types. */
export class Scan {
  readonly unnamedBefore: boolean;
  readonly quoted: QuotedZones;
  private readonly mentionTypes: TypedSpan[];
  private views: SentenceView[] | undefined;

  constructor(readonly text: string, readonly context: SourcingContext, options: ScanOptions = {}) {
    this.quoted = QuotedZones.build(text, context.paragraphs ?? [], context.quotes ?? [], options.blockOpen);
    this.unnamedBefore = options.unnamedBefore ?? false;
    if (options.mentions) this.mentionTypes = options.mentions;
    else {
      this.mentionTypes = [];
      for (const e of context.entities ?? []) {
        for (const m of e.mentions ?? []) this.mentionTypes.push({ start: m.start, end: m.end, type: e.type });
      }
      this.mentionTypes.sort((a, b) => a.start - b.start);
    }
  }

  /** Whether some mention of an entity of this type satisfies `test`. */
  someMention(type: EntityType, test: (m: Span) => boolean): boolean {
    return this.mentionTypes.some(m => m.type === type && test(m));
  }

  /** Sentences as token lists, built once. Sentences outside the text are dropped. */
  sentences(): SentenceView[] {
    if (!this.views) {
      this.views = [];
      const n = this.text.length;
      (this.context.sentences ?? []).forEach((sentence, index) => {
        if (!(sentence.start >= 0 && sentence.end <= n && sentence.start < sentence.end)) return;
        const tokens = tokenize(this.text, sentence.start, sentence.end);
        const words: Word[] = new Array(tokens.length);
        for (let i = 0; i < tokens.length; i++) {
          const t = tokens[i];
          let lower = t.text.toLowerCase();
          if (lower.includes('’')) lower = lower.replace(/’/g, "'");
          words[i] = { start: t.start, end: t.end, text: t.text, kind: t.kind, lower };
        }
        this.views!.push({ index, sentence, words });
      });
    }
    return this.views;
  }

  /** The sentence holding [start, end), if one holds all of it (binary search). */
  sentenceAt(start: number, end: number): SentenceView | undefined {
    const views = this.sentences();
    let lo = 0, hi = views.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = views[mid].sentence;
      if (s.end <= start) lo = mid + 1;
      else if (s.start > start) hi = mid - 1;
      else return end <= s.end ? views[mid] : undefined;
    }
    return undefined;
  }

  paragraphOf(sentence: Sentence): Paragraph | undefined {
    const ps = this.context.paragraphs ?? [];
    const p = ps[sentence.paragraph];
    if (p && p.start <= sentence.start && sentence.end <= p.end) return p;
    return ps.find(x => x.start <= sentence.start && sentence.end <= x.end);
  }

  /** The type of the entity mention covering the span, if any. */
  entityTypeAt(span: Span): EntityType | undefined {
    const ms = this.mentionTypes;
    let lo = 0, hi = ms.length - 1, found: EntityType | undefined;
    // mentions do not nest much: find the last mention starting at or before span.start
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ms[mid].start <= span.start) lo = mid + 1;
      else hi = mid - 1;
    }
    for (let i = hi; i >= 0 && i >= hi - 3; i--) {
      if (ms[i].start <= span.start && span.end <= ms[i].end) { found = ms[i].type; break; }
    }
    return found;
  }
}

export function isCapitalised(w: Token): boolean {
  return /^\p{Lu}/u.test(w.text);
}
