import type { Entity, Paragraph, Quote, QuoteKind, Sentence, Span, TextSpan } from '../types';
import { Scene } from './scene';
import { pairQuoteMarks, type MarkedQuote } from './marks';
import { Resolver, type SpeakerRef } from './resolve';
import { Attributor, type Attribution } from './attributeSpeaker';
import { contentWords, endsLikeSpeech, isNickname, isStrongNameMarker, isTitleCase, nameMarkerBefore } from './terms';
import { findReportedSpeech } from './reportedSpeech';

export interface QuoteContext {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  entities: Entity[];
}

export { pairQuoteMarks } from './marks';
export type { MarkedQuote } from './marks';
export { Scene, type SceneReads } from './scene';

/**
 * Quotations and reported speech with their speakers: text between quotation marks
 * (direct quotes and quoted fragments, leaving out names, titles and scare quotes) and
 * statements reported without marks ("X said that …"). Never throws; every span lies
 * inside the text.
 */
export function findQuotes(text: string, context: QuoteContext): Quote[] {
  try {
    if (!text || !context.paragraphs.length) return [];
    return new QuoteFinder(text, context).run();
  } catch {
    return [];
  }
}

/** The last attributed quotation: a quotation with no cue of its own right after it may be its speaker's too. */
export interface Spoken {
  speaker: SpeakerRef;
  cue: TextSpan | null;
  paragraph: number;
  /** Where the quotation and its attribution end. */
  end: number;
}

/** What the finder carries from one paragraph to the next. */
export interface FinderState {
  /** Speech attributed so far (the resolver's events), in the order it was attributed. */
  events: Array<{ pos: number; entity: string }>;
  last: Spoken | null;
  /** Where the last quotation taken for a name or term ends, or -1. */
  lastTerm: number;
  /** Quotations (indices into the marked list) handled already as later parts of a multi-paragraph quote. */
  done: number[];
}

/**
 * Finds the quotes of a text, all at once (`run`) or a paragraph at a time, in order
 * (`paragraph`), with the state between paragraphs readable and settable so that a caller
 * may resume in the middle of a text. Both give the same quotes.
 */
export class QuoteFinder {
  readonly scene: Scene;
  private readonly resolver: Resolver;
  private readonly attr: Attributor;
  readonly marked: MarkedQuote[];
  private readonly next: number[];
  private readonly done = new Set<number>();
  private out: Quote[] = [];
  private last: Spoken | null = null;
  private lastTerm = -1;

  /** `prepared`: the scene and the paired marks, when the caller has them. */
  constructor(private readonly text: string, context: QuoteContext, prepared?: { scene: Scene; marked: MarkedQuote[] }) {
    this.scene = prepared?.scene ?? new Scene(text, context.paragraphs, context.sentences, context.entities);
    this.marked = prepared?.marked ?? pairQuoteMarks(text, context.paragraphs);
    this.scene.quoted = this.marked.map(q => ({ start: q.open, end: q.close >= 0 ? q.close + q.closeLength : q.end }));
    this.resolver = new Resolver(this.scene);
    this.attr = new Attributor(this.scene, this.resolver);
    this.next = this.marked.map(() => -1);
    this.marked.forEach((q, i) => { if (q.continues >= 0) this.next[q.continues] = i; });
  }

  run(): Quote[] {
    const { sentences } = this.scene;
    let qi = 0;
    for (let s = 0; s < sentences.length; s++) {
      while (qi < this.marked.length && this.marked[qi].open < sentences[s].start) this.quote(qi++);
      this.reported(s);
      // the rules read a few paragraphs back at most: tokens of earlier ones need not be kept
      if (s % 64 === 63) this.scene.forgetTokensBefore(sentences[s].paragraph - 4);
    }
    while (qi < this.marked.length) this.quote(qi++);
    this.out.sort(quoteOrder);
    return this.out;
  }

  /**
   * The quotes found while reading one paragraph: its sentences `[sentences[0], sentences[1])`
   * and its marked quotations `[marks[0], marks[1])` (indices into `marked`), in the order
   * `run` reads them. Quotations of later paragraphs that continue one of this paragraph's
   * are found here too. Paragraphs must be read in order, or the state set in between.
   */
  paragraph(sentences: [number, number], marks: [number, number]): Quote[] {
    this.out = [];
    let qi = marks[0];
    for (let s = sentences[0]; s < sentences[1]; s++) {
      while (qi < marks[1] && this.marked[qi].open < this.scene.sentences[s].start) this.quote(qi++);
      this.reported(s);
    }
    while (qi < marks[1]) this.quote(qi++);
    return this.out;
  }

  setState(state: FinderState): void {
    this.resolver.events.length = 0;
    this.resolver.events.push(...state.events);
    this.last = state.last;
    this.lastTerm = state.lastTerm;
    this.done.clear();
    for (const i of state.done) this.done.add(i);
  }

  /** Speech attributed so far: the resolver's events (read-only). */
  get events(): ReadonlyArray<{ pos: number; entity: string }> {
    return this.resolver.events;
  }

  get lastSpoken(): Spoken | null {
    return this.last;
  }

  get lastTermEnd(): number {
    return this.lastTerm;
  }

  /** Whether marked quotation `i` was handled already. */
  isDone(i: number): boolean {
    return this.done.has(i);
  }

  private reported(s: number) {
    for (const r of findReportedSpeech(this.scene, this.attr, s)) {
      this.emit(r.span, 'indirect', r.attribution, this.scene.sentences[s].paragraph);
    }
  }

  /** Where a lead-in before the quote may start: its sentence, after any earlier quotation. */
  private leadStart(q: MarkedQuote): number {
    const { scene } = this;
    const p = scene.paragraphs[q.paragraph];
    const s = scene.sentences[scene.sentenceAt(q.open)];
    let lo = Math.max(p.start, s && s.start <= q.open ? s.start : p.start);
    const k = scene.firstQuotedEndingAfter(q.open) - 1;
    if (k >= 0 && scene.quoted[k].end > lo) lo = scene.quoted[k].end;
    return lo;
  }

  /** The lead-in of a quote, or for a quote opening its paragraph, a previous paragraph ending in a colon. */
  private leadIn(q: MarkedQuote) {
    const { scene, text } = this;
    const lo = this.leadStart(q);
    const here = this.attr.before(q.open, lo);
    if (here) return here;
    const p = scene.paragraphs[q.paragraph];
    if (q.open === p.start && q.paragraph > 0) {
      const prev = scene.paragraphs[q.paragraph - 1];
      if (text[prev.end - 1] === ':') {
        const s = scene.sentences[scene.sentenceAt(prev.end - 1)];
        return this.attr.before(prev.end, Math.max(prev.start, s ? s.start : prev.start));
      }
    }
    return null;
  }

  private after(q: MarkedQuote): Attribution | null {
    if (q.close < 0) return null;
    return this.attr.after(q.close + q.closeLength, this.scene.paragraphs[q.paragraph].end);
  }

  private quote(i: number) {
    if (this.done.has(i)) return;
    this.done.add(i);
    const q = this.marked[i];
    if (!/[\p{L}\p{N}]/u.test(this.text.slice(q.start, q.end))) return;
    if (this.next[i] >= 0 || q.continues >= 0) return this.multiParagraph(i);
    this.single(q);
  }

  /** A quotation over several paragraphs: one quote per paragraph, one speaker for all. */
  private multiParagraph(first: number) {
    const parts: MarkedQuote[] = [];
    for (let k = first; k >= 0; k = this.next[k]) { parts.push(this.marked[k]); this.done.add(k); }
    let attribution: Attribution | null = this.leadIn(parts[0]);
    for (const part of parts) if (!attribution) attribution = this.after(part);
    if (!attribution?.speaker) attribution = this.floating(parts[0]) ?? attribution;
    for (const part of parts) this.emit(part, 'direct', attribution, part.paragraph, closeEnd(part));
  }

  private single(q: MarkedQuote) {
    const { text, attr, scene } = this;
    const content = text.slice(q.start, q.end);
    const words = contentWords(content);
    if (!words.length) return;
    // a list of names: "the singles “Chaque fois” and “Rien”"
    if (this.lastTerm >= 0 && q.open - this.lastTerm < 12 && /^\s*(?:,|and|or|&|,\s*and|,\s*or)\s*$/.test(text.slice(this.lastTerm, q.open))) return this.term(q);
    if (isNickname(text, q.open, q.openLength, q.close, q.closeLength, words)) return this.term(q);
    const lo = this.leadStart(q);
    const sIndex = scene.sentenceAt(q.open);
    const sentence = scene.sentences[sIndex];
    const sStart = sentence && sentence.start <= q.open ? sentence.start : lo;
    const after = this.after(q);
    const lead = this.leadIn(q);
    const alone = attr.standsAlone(q.open, lo);
    const titleLike = isTitleCase(words) && words.length <= 10 && !endsLikeSpeech(content);

    if (q.close < 0) {
      // an opening mark nothing closes: a quote only when it opens its paragraph or follows a cue
      const opensParagraph = q.open === scene.paragraphs[q.paragraph].start;
      if (!lead && (!opensParagraph || q.family === 'single')) return;
    }
    // a name in capitals straight after a verb ("officials said “Operation Sindoor” hit nine sites") is no statement
    const nameAfterVerb = titleLike && !after && (!lead || /\p{L}\s*$/u.test(text.slice(Math.max(0, q.open - 3), q.open)));
    if ((alone || lead) && !nameAfterVerb) {
      // a short label in marks, with no cue and no sentence punctuation: a name or term
      if (!lead && !after && words.length <= 3 && !endsLikeSpeech(content)) return this.term(q);
      const attribution = lead ?? after ?? this.floating(q);
      // "The ministry said “no decision” had been taken": a fragment the sentence runs on from
      const runsOn = !after && !endsLikeSpeech(content) && q.close >= 0 &&
        /\p{L}\s*$/u.test(text.slice(Math.max(0, q.open - 3), q.open)) &&
        /^\s*\p{Ll}/u.test(text.slice(q.close + q.closeLength, q.close + q.closeLength + 12));
      this.emit(q, runsOn ? 'partial' : 'direct', attribution, q.paragraph, closeEnd(q));
      return;
    }
    // a fragment inside a sentence: a quoted fragment of someone's words, or a name or term
    const marker = nameMarkerBefore(text, q.open);
    let cue = after ? null : attr.inSentence(q.open, sStart);
    if (cue?.naming) return this.term(q);
    if (marker && !(cue && cue.how === 'sentence' && cue.cue && cue.cue.end >= q.open - marker.length - 2 && cue.speaker)) {
      if (!after || isStrongNameMarker(marker)) return this.term(q);
    }
    if (titleLike && !after) return this.term(q);
    const sentenceEnd = sentence && sentence.end >= q.end ? sentence.end : scene.paragraphs[q.paragraph].end;
    const trailing = after || (cue?.speaker && cue.strength >= 2) ? null : attr.trailing(closeEnd(q), sentenceEnd);
    // a short fragment must sit in the cue's own clause: "told the panel that she was “blameless”"
    if (cue && !after && words.length <= 3 && cue.cue && !sameClause(text, cue.cue.end, q.open)) cue = null;
    // a belief verb with nobody before it is no cue ("the plan, thought to be …")
    if (cue && cue.strength === 1 && !cue.speaker && !trailing) cue = null;
    if (!after && !cue && !trailing && words.length <= 3) return this.term(q); // scare quotes
    const attribution = after ?? (cue?.speaker ? cue : null) ?? trailing ?? cue;
    this.emit(q, 'partial', attribution, q.paragraph, closeEnd(q));
  }

  /** A name or term in quotation marks: no quote; remembered so a list of them stays terms. */
  private term(q: MarkedQuote) {
    this.lastTerm = closeEnd(q);
  }

  /**
   * A quoted statement with no cue of its own right after an attributed one, in the same
   * paragraph or opening the next, with nobody else named in between: the same speaker.
   */
  private floating(q: MarkedQuote): Attribution | null {
    const last = this.last;
    if (!last) return null;
    const p = this.scene.paragraphs[q.paragraph];
    const sameParagraph = last.paragraph === q.paragraph;
    const nextParagraph = last.paragraph === q.paragraph - 1 && q.open === p.start;
    if (!sameParagraph && !nextParagraph) return null;
    for (const m of this.scene.mentionsIn(last.end, q.open)) {
      if (m.form === 'pronoun' || this.scene.isQuoted(m.start)) continue;
      if (this.scene.entity(m)?.type === 'person' && m.entity !== last.speaker.entity) return null;
    }
    return { speaker: last.speaker, cue: last.cue, how: 'after' };
  }

  /** Adds a quote; `closeEnd` is where its closing mark ends (the span's end when it has none). */
  /** The speaker of a reported clause (found before) that holds both a fragment and its cue. */
  private enclosingReport(start: number, end: number, cueAt: number): SpeakerRef | null {
    for (let k = this.out.length - 1; k >= 0 && k >= this.out.length - 4; k--) {
      const q = this.out[k];
      if (q.kind !== 'indirect' || q.start > cueAt || q.end < end || q.start > start || !q.speakerSpan || !q.speakerText) continue;
      return { entity: q.speaker, text: q.speakerText, span: q.speakerSpan };
    }
    return null;
  }

  private emit(span: Span, kind: QuoteKind, attribution: Attribution | null, paragraph: number, closeEnd = span.end) {
    const { text } = this;
    const start = Math.max(0, Math.min(span.start, text.length));
    const end = Math.max(start, Math.min(span.end, text.length));
    let speaker = attribution?.speaker ?? null;
    const cue = attribution?.cue ?? null;
    // "Peskov told reporters that the Kremlin regarded them as “terrorist acts”": a fragment whose
    // cue lies inside someone's reported clause is in that person's words
    if (kind === 'partial' && cue) {
      const outer = this.enclosingReport(start, end, cue.start);
      if (outer) speaker = outer;
    }
    this.out.push({
      start, end, text: text.slice(start, end), kind,
      speaker: speaker?.entity ?? null,
      speakerText: speaker?.text ?? null,
      speakerSpan: speaker ? { start: speaker.span.start, end: speaker.span.end } : null,
      cue: cue ? { text: cue.text, start: cue.start, end: cue.end } : null,
      paragraph,
    });
    if (speaker) {
      this.resolver.noteSpeech(cue?.start ?? start, speaker.entity);
      this.last = { speaker, cue, paragraph, end: Math.max(closeEnd, speaker.span.end, cue?.end ?? 0) };
    }
  }
}

/** Whether a short fragment at `to` lies in the clause of a cue ending at `from`: near, with no clause break between. */
function sameClause(text: string, from: number, to: number): boolean {
  if (to - from > 200) return false;
  const between = text.slice(from, to);
  if (/[;()\u2014\u2013]|\s-\s/.test(between) || contentWords(between).length > 30) return false;
  // a reported clause opened by "that": "told the court that …", "said: “…” and that, so far, “cautious optimism”"
  if (/^\s*(?:[\p{L}’'-]+\s+){0,4}that\b/u.test(between) || /\b(?:and|but|or)\s+that\b/.test(between)) return true;
  // commas in pairs enclose asides ("said James Murdoch, the chief, had made it “quite clear”")
  return !between.includes(':') && (between.match(/,/g)?.length ?? 0) % 2 === 0;
}

/** The order of the quotes of a text: by start, then end. */
export function quoteOrder(a: Quote, b: Quote): number {
  return a.start - b.start || a.end - b.end;
}

function closeEnd(q: MarkedQuote): number {
  return q.close >= 0 ? q.close + q.closeLength : q.end;
}
