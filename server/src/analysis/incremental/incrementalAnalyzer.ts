import type { Analysis, AnalysisOptions, Claim, Entity, EntityType, Mention, Paragraph, Quote, QuoteKind, Role, Sentence, Span, TermMention } from '../types';
import { alignSpeakerMentions } from '../speakerMentions';
import { DEFAULT_MAX_FULL_ANALYSIS_LENGTH } from '../analyze';
import { scanParagraphs } from '../text/paragraphs';
import { builtinGazetteer, type Gazetteer } from '../entities/gazetteer';
import { glossaryGazetteer } from '../entities/glossaryGazetteer';
import { assembleEntities, type BlockMentions, type EntityBlock } from '../entities';
import { QuoteFinder, Scene, quoteOrder, type FinderState, type SceneReads, type Spoken } from '../quotes';
import { ParagraphLinker, repairMissingClose, type MarkedQuote } from '../quotes/marks';
import { personGender, titleGenderBefore } from '../entities/gender';
import { paragraphClaims, reliesOnUnnamed, type TypedSpan } from '../sourcing';
import { SpanSet, termIndexFor, type TermIndex } from '../terms';
import { maskMarkdown, withFrontMatter } from '../text/markdownProse';
import { EntityVersion, Piece, detached } from './piece';

// Incremental analysis of one document as it is edited. The result is always the same as
// `analyze(text, options)` from scratch; only the work differs. Everything a paragraph
// says on its own is computed once per paragraph text (see Piece); the document-level
// passes are redone over those pieces on every call, except the two costly ones, which keep
// per-paragraph results and redo a paragraph only when something it read has changed:
//
// - quotes: each paragraph's quote finding notes which offsets (text and mentions) and
//   which entities it read, and the state it hands to the next paragraph (the speech
//   attributed so far, the last speaker, the last name in quotation marks). A paragraph is
//   found again when the edit falls in what it read, when a mention it could read or an
//   entity it looked up has changed, or when the state it starts from has; the state it
//   then hands on is compared with the old one to know whether the next paragraph must be
//   found again too.
// - sourcing findings: each paragraph's findings are kept with what they were computed
//   from (its mentions' types, its quotes, whether a statement runs on into it) and found
//   again when one of those, or its text or the end of the paragraph before it, changes.

const VALUE_TYPES = new Set<EntityType>(['date', 'money', 'percent', 'quantity']);
/** How far around a paragraph the quote rules may read text without noting it. */
const QUOTE_MARGIN = 64;
/** Pieces no paragraph uses any more, kept in case the text comes back (undo, retyping). */
const RECENT_PIECES = 256;

interface Settings {
  options: AnalysisOptions;
  maxFull: number;
  gazetteer: Gazetteer;
  termIndex: TermIndex;
  glossaryJson: string;
}

/** What the quote finder found while reading one paragraph, with what it read. Offsets relative to the paragraph. */
interface QuoteRecord {
  /** The range of text it read or refers to, and the range of mentions it read (either may be infinite). */
  textLo: number;
  textHi: number;
  mentionLo: number;
  mentionHi: number;
  /** Keys of the entities it looked up. */
  entities: string[];
  quotes: StoredQuote[];
  /** How many paragraphs after this one its quotes reach (a quotation over several paragraphs). */
  reach: number;
  state: StoredState;
}

interface StoredQuote {
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
  speaker: string | null;
  speakerText: string | null;
  speakerSpan: Span | null;
  cue: { text: string; start: number; end: number } | null;
  paragraph: number;
}

/** The finder's state after a paragraph, reduced to what later paragraphs can read; relative offsets, entity keys. */
interface StoredState {
  /** The last events (at most 40), back to the first one before the floor of the next paragraphs (its offset then null). */
  events: Array<{ pos: number | null; key: string }>;
  last: { key: string | null; text: string; span: Span; cue: { text: string; start: number; end: number } | null; paragraph: number; end: number } | null;
  lastTerm: number | null;
  ahead: number[];
}

interface SourceRecord {
  claims: Claim[];
  statistic: Claim | null;
  /** What they were computed from (besides the mentions' types, kept with the instance). */
  blockOpen: boolean;
  unnamedBefore: boolean;
  quotes: string;
}

/**
 * One paragraph of the document: its piece, where it is, and what was found in it last
 * time (kept to be reused, or compared with what is found now). It is also the paragraph's
 * block for the entity pass.
 */
class Instance implements EntityBlock {
  start = 0;
  index = 0;
  sentenceBase = 0;
  ents!: EntityVersion;
  /** The mentions made last time, the version they were made from, and where the paragraph was then. */
  made: BlockMentions | null = null;
  madeFrom: EntityVersion | null = null;
  lastStart = 0;
  /** Its mentions last time, in text order: all (sourcing, terms) and those the quote rules read. */
  all: Mention[] | null = null;
  scene: Mention[] | null = null;
  paragraph: Paragraph | null = null;
  sentences: Sentence[] | null = null;
  terms: TermMention[] | null = null;
  termsOut: TermMention[] | null = null;
  q: QuoteRecord | null = null;
  quotesOut: { record: QuoteRecord; start: number; index: number; quotes: Quote[] } | null = null;
  src: SourceRecord | null = null;
  /** The quotes the paragraph's sourcing record was last checked against. */
  srcQuotes: Quote[] | null = null;
  claimsOut: { record: SourceRecord; start: number; claims: Claim[] } | null = null;
  private placedRoles: Array<readonly Role[] | undefined> = [];
  private rolesFor: EntityVersion | null = null;
  private rolesAt = -1;

  constructor(readonly piece: Piece) {}

  /** Takes over what was found in the paragraph this one replaces in place, to be checked before it is used. */
  inherit(was: Instance): void {
    this.lastStart = was.lastStart;
    this.all = was.all;
    this.scene = was.scene;
    this.q = was.q;
    this.src = was.src;
  }

  get end(): number {
    return this.start + this.piece.text.length;
  }

  // as an entity block
  get base(): number {
    return this.start;
  }

  get local(): EntityVersion['local'] {
    return this.ents.local;
  }

  forgetRoles(): void {
    this.placedRoles = [];
    this.rolesFor = null;
  }

  /** Name `i`'s roles where the paragraph is now (made once per place and version). */
  roles(i: number): readonly Role[] {
    if (this.rolesFor !== this.ents || this.rolesAt !== this.start) {
      this.rolesFor = this.ents;
      this.rolesAt = this.start;
      this.placedRoles = [];
    }
    let roles = this.placedRoles[i];
    if (!roles) {
      const base = this.start;
      this.placedRoles[i] = roles = this.ents.roles(i).map(r => ({ start: r.start + base, end: r.end + base, text: r.text, source: r.source }));
    }
    return roles;
  }

  /** The mentions made last time from the same records, unless the paragraph has moved since (then none is the same). */
  get previous(): BlockMentions | undefined {
    return this.madeFrom === this.ents && this.lastStart === this.start ? this.made ?? undefined : undefined;
  }
}

/**
 * The analysis of one document, kept up to date as its text changes: `analyze` gives what
 * the plain `analyze` gives for the same text and options, reusing what is still valid
 * from the previous call. Holds per-paragraph results for the paragraphs of the current
 * text (and a few recently removed ones); drop the analyzer to free them.
 */
export class IncrementalAnalyzer {
  /**
   * `lean`: keep less between calls (not the objects of the last result, which are made
   * again instead of reused): less memory, a little more work per call. For a worker
   * thread that sends each result away.
   */
  constructor(private readonly config: { lean?: boolean } = {}) {}

  private settings: Settings | undefined;
  private text: string | undefined;
  private instances: Instance[] = [];
  private readonly pieces = new Map<string, Piece>();
  private retired: Piece[] = [];
  private readonly capitalised = new Map<string, number>();
  private csv = false;
  /** Whether the quote and sourcing records of the instances may be used (false after a reset, a short run or a failure). */
  private recordsValid = false;
  /** Whether the last edit changed how paragraphs are numbered (one split, joined, added or removed). */
  private structural = true;
  private entitySigs = new Map<string, string>();
  /** The entities of the last call, by id: their keys, and themselves. */
  private lookup: { keyOf: Map<string, string>; typeOf: Map<string, EntityType> } | undefined;
  /** Pieces whose tokens were computed during the current call. */
  private touched: Piece[] = [];

  analyze(text: string, options: AnalysisOptions = {}): Analysis {
    this.configure(options);
    if (options.format === 'markdown') {
      const masked = maskMarkdown(text);
      return withFrontMatter(this.analyzePlain(masked.text), text, masked);
    }
    return this.analyzePlain(text);
  }

  /** Forgets everything (the next call analyses from scratch). */
  reset(): void {
    this.settings = undefined;
    this.text = undefined;
    this.instances = [];
    this.pieces.clear();
    this.retired = [];
    this.capitalised.clear();
    this.csv = false;
    this.recordsValid = false;
    this.entitySigs = new Map();
    this.lookup = undefined;
  }

  /** How many paragraphs and distinct paragraph texts are held (for tests and memory checks). */
  get size(): { paragraphs: number; pieces: number } {
    return { paragraphs: this.instances.length, pieces: this.pieces.size };
  }

  private configure(options: AnalysisOptions): void {
    const s = this.settings;
    const glossary = options.glossary;
    if (s && s.options.format === options.format && s.maxFull === (options.maxFullAnalysisLength ?? DEFAULT_MAX_FULL_ANALYSIS_LENGTH) &&
      s.options.gazetteer === options.gazetteer && (s.options.glossary === glossary || s.glossaryJson === JSON.stringify(glossary ?? null))) {
      s.options = options;
      return;
    }
    this.reset();
    this.settings = {
      options,
      maxFull: options.maxFullAnalysisLength ?? DEFAULT_MAX_FULL_ANALYSIS_LENGTH,
      gazetteer: options.gazetteer ?? (glossary?.length ? glossaryGazetteer(glossary) : undefined) ?? builtinGazetteer(),
      termIndex: termIndexFor(glossary),
      glossaryJson: JSON.stringify(glossary ?? null),
    };
  }

  private analyzePlain(text: string): Analysis {
    const settings = this.settings!;
    const change = this.locateChange(text);
    const { removed, added } = this.resplit(text, change);
    const flipped = this.updateCapitalised(removed, added);
    const has = (lower: string) => this.capitalised.has(lower);
    const instances = this.instances;
    const fresh = new Set(added);
    for (const inst of instances) {
      if (fresh.has(inst) || !inst.ents || inst.ents.gazetteer !== settings.gazetteer || (flipped.size && inst.ents.asks(flipped))) {
        inst.ents = inst.piece.entities(settings.gazetteer, has);
        this.touch(inst.piece);
      }
    }

    // paragraphs and sentences
    const paragraphs: Paragraph[] = new Array(instances.length);
    const sentences: Sentence[] = [];
    instances.forEach((inst, i) => {
      inst.index = i;
      inst.sentenceBase = sentences.length;
      let p = inst.paragraph;
      if (!p || p.start !== inst.start || p.index !== i) inst.paragraph = p = { start: inst.start, end: inst.end, index: i };
      paragraphs[i] = p;
      let own = inst.sentences;
      const first = inst.piece.sentences[0];
      if (!own || (first && (own[0].start !== inst.start + first.start || own[0].paragraph !== i))) {
        own = inst.piece.sentences.map(s => ({ start: inst.start + s.start, end: inst.start + s.end, paragraph: i }));
        inst.sentences = own;
      }
      for (const s of own) sentences.push(s);
    });

    // entities
    const { entities, keys, mentions } = assembleEntities(sentences, instances);
    const keyOf = new Map<string, string>();
    const idOf = new Map<string, string>();
    const byId = new Map<string, Entity>();
    entities.forEach((e, k) => { keyOf.set(e.id, keys[k]); idOf.set(keys[k], e.id); byId.set(e.id, e); });
    const before = this.lookup;
    // ids that now name another entity, or one of another type: a mention made before with such an id may differ
    const unstable = new Set<string>();
    const typeById = new Map<string, EntityType>();
    entities.forEach((e, k) => {
      typeById.set(e.id, e.type);
      if (before?.keyOf.get(e.id) !== keys[k] || before.typeOf.get(e.id) !== e.type) unstable.add(e.id);
    });
    this.lookup = { keyOf, typeOf: typeById };

    // each paragraph's mentions in text order: all of them (sourcing, terms) and those the quote rules read
    const all: Mention[][] = new Array(instances.length);
    const sceneLists: Mention[][] = new Array(instances.length);
    const sceneChanged: boolean[] = new Array(instances.length);
    const typesChanged: boolean[] = new Array(instances.length);
    const sameMention = (a: Mention, base: number, b: Mention, beforeBase: number, scene: boolean) =>
      (a === b && !unstable.has(a.entity)) || (!!before && a.start - base === b.start - beforeBase && a.end - base === b.end - beforeBase && a.form === b.form &&
        (scene ? keyOf.get(a.entity) === before.keyOf.get(b.entity) : typeById.get(a.entity) === before.typeOf.get(b.entity)));
    instances.forEach((inst, i) => {
      const made = mentions[i];
      const order = inst.ents.order;
      // the lists are updated in place, each item compared with the one it replaces
      const own = inst.all ?? [], scene = inst.scene ?? [];
      let sameAll = !!inst.all, sameScene = !!inst.scene;
      let nAll = 0, nScene = 0;
      for (let j = 0; j < order.length; j += 2) {
        const kind = order[j], k = order[j + 1];
        const m = kind === 0 ? made.names[k] : kind === 1 ? made.referring[k] : made.values[k];
        if (!m) continue;
        if (sameAll) sameAll = nAll < own.length && sameMention(m, inst.start, own[nAll], inst.lastStart, false);
        own[nAll++] = m;
        // values are the only mentions of value types (names and pronouns never have one)
        if (kind === 2) continue;
        if (sameScene) sameScene = nScene < scene.length && sameMention(m, inst.start, scene[nScene], inst.lastStart, true);
        scene[nScene++] = m;
      }
      sceneChanged[i] = !(sameScene && scene.length === nScene);
      typesChanged[i] = !(sameAll && own.length === nAll);
      own.length = nAll;
      scene.length = nScene;
      all[i] = own;
      sceneLists[i] = scene;
      inst.all = own;
      inst.scene = scene;
      inst.made = made;
      inst.madeFrom = inst.ents;
      inst.lastStart = inst.start;
    });
    const typeOf = (id: string) => byId.get(id)!.type;
    for (const p of this.touched) p.release();
    this.touched = [];
    const changedEntities = this.changedEntities(text, entities, keys, paragraphs);

    // terms
    const terms: TermMention[] = [];
    instances.forEach((inst, i) => {
      if (!inst.terms || typesChanged[i] || fresh.has(inst)) {
        const blocked = new SpanSet(all[i]);
        inst.terms = inst.piece.termsFor(settings.termIndex).filter(t => !blocked.overlaps(t.start + inst.start, t.end + inst.start));
        inst.termsOut = null;
      }
      let out = inst.termsOut;
      if (!out || (out.length && out[0].start !== inst.terms[0].start + inst.start)) {
        inst.termsOut = out = inst.terms.map(t => ({ start: t.start + inst.start, end: t.end + inst.start, text: t.text, knowledgeId: t.knowledgeId }));
      }
      for (const t of out) terms.push(t);
    });

    let quotes: Quote[] = [];
    let claims: Claim[] = [];
    if (text.length <= settings.maxFull) {
      const valid = this.recordsValid;
      this.recordsValid = true;
      try {
        quotes = this.findQuotes(text, change, valid, paragraphs, sentences, entities, sceneLists, sceneChanged, changedEntities, keyOf, idOf);
      } catch {
        quotes = [];
        for (const inst of instances) inst.q = null;
        this.recordsValid = false;
      }
      claims = this.findClaims(text, change, valid, paragraphs, sentences, all, typeOf, quotes, typesChanged);
    } else {
      this.recordsValid = false;
      for (const inst of instances) { inst.q = null; inst.src = null; inst.srcQuotes = null; inst.quotesOut = null; inst.claimsOut = null; }
    }

    if (this.config.lean) {
      for (const inst of instances) { inst.quotesOut = null; inst.claimsOut = null; inst.termsOut = null; inst.sentences = null; inst.paragraph = null; inst.forgetRoles(); }
    }
    this.text = text;
    for (const p of this.touched) p.release();
    this.touched = [];
    return { length: text.length, paragraphs, sentences, entities: alignSpeakerMentions(entities, quotes, sentences), quotes, claims, terms };
  }

  // ── the edit ───────────────────────────────────────────────────────────────────────

  /** The changed stretch: [start, start + removed) of the old text became [start, start + inserted) of the new. */
  private locateChange(text: string): Change {
    const old = this.text;
    if (old === undefined) return { start: 0, removed: 0, inserted: text.length, first: true };
    const max = Math.min(old.length, text.length);
    // whole blocks first (a comparison of slices is a memory comparison), then characters
    const block = 4096;
    let a = 0;
    while (a + block <= max && old.slice(a, a + block) === text.slice(a, a + block)) a += block;
    while (a < max && old.charCodeAt(a) === text.charCodeAt(a)) a++;
    let b = 0;
    while (b + block <= max - a && old.slice(old.length - b - block, old.length - b) === text.slice(text.length - b - block, text.length - b)) b += block;
    while (b < max - a && old.charCodeAt(old.length - 1 - b) === text.charCodeAt(text.length - 1 - b)) b++;
    return { start: a, removed: old.length - a - b, inserted: text.length - a - b, first: false };
  }

  /**
   * The paragraphs of the new text: those before the change and after it are the old ones
   * (the latter moved); those around it are found again, from the paragraph before the
   * first one the change touches up to where the new paragraphs meet the old ones again.
   */
  private resplit(text: string, change: Change): { removed: Instance[]; added: Instance[] } {
    const old = this.instances;
    const n = old.length;
    const delta = change.inserted - change.removed;
    const changeEnd = change.start + change.inserted;
    // the first paragraph whose end reaches the change, and the one before it
    let k = 0, hi = n;
    while (k < hi) {
      const mid = (k + hi) >> 1;
      if (old[mid].end < change.start) k = mid + 1; else hi = mid;
    }
    const from = change.first ? 0 : Math.max(0, k - 1);
    const scanFrom = from < n ? old[from].start : 0;
    const found: Span[] = [];
    let sync = n;
    scanParagraphs(text, scanFrom, (start, end) => { found.push({ start, end }); }, start => {
      if (change.first || start < changeEnd) return false;
      const j = findStart(old, start - delta, from);
      if (j < 0) return false;
      sync = j;
      return true;
    });
    const replaced = old.slice(from, sync);
    // an old paragraph found again unchanged, before or after the change, is the same instance
    const oldSpans = new Map<string, Instance>();
    for (const inst of replaced) {
      const after = inst.start >= change.start + change.removed;
      oldSpans.set(`${inst.start + (after ? delta : 0)},${inst.end + (after ? delta : 0)}`, inst);
    }
    const reused = new Set<Instance>();
    const middle: Instance[] = [];
    const added: Instance[] = [];
    for (const f of found) {
      const same = change.first || (f.end > change.start && f.start < changeEnd) ? undefined : oldSpans.get(`${f.start},${f.end}`);
      if (same && !reused.has(same)) {
        same.start = f.start;
        reused.add(same);
        middle.push(same);
      } else {
        const inst = new Instance(this.piece(text.slice(f.start, f.end)));
        inst.start = f.start;
        middle.push(inst);
        added.push(inst);
      }
    }
    // the same number of paragraphs, starting where they did: a paragraph changed in place keeps
    // what was found in it, to be checked like the rest (the numbering of paragraphs is unchanged)
    this.structural = change.first || found.length !== replaced.length;
    if (!this.structural) {
      middle.forEach((inst, k) => {
        const was = replaced[k];
        if (inst === was) return;
        // (an instance not found again still has its old offset)
        const shift = was.start >= change.start + change.removed ? delta : 0;
        if (was.start + shift !== inst.start) this.structural = true;
        else inst.inherit(was);
      });
    }
    const after = old.slice(sync);
    for (const inst of after) inst.start += delta;
    this.instances = [...old.slice(0, from), ...middle, ...after];
    const removed = replaced.filter(inst => !reused.has(inst));
    for (const inst of removed) this.release(inst.piece);
    return { removed, added };
  }

  private piece(text: string): Piece {
    let p = this.pieces.get(text);
    if (!p) {
      const own = detached(text);
      p = new Piece(own);
      this.pieces.set(own, p);
      this.touch(p);
    }
    p.uses++;
    return p;
  }

  private release(p: Piece): void {
    if (--p.uses > 0) return;
    this.retired.push(p);
    if (this.retired.length > RECENT_PIECES * 2) {
      const keep: Piece[] = [];
      for (const q of this.retired) {
        if (q.uses > 0) continue;
        keep.push(q);
      }
      // the most recently retired stay
      const drop = keep.length - RECENT_PIECES;
      keep.slice(0, Math.max(0, drop)).forEach(q => { if (this.pieces.get(q.text) === q) this.pieces.delete(q.text); });
      this.retired = keep.slice(Math.max(0, drop));
    }
  }

  private touch(p: Piece): void {
    this.touched.push(p);
  }

  /** Counts the words paragraphs capitalise mid-sentence; returns those whose presence in the article changed. */
  private updateCapitalised(removed: Instance[], added: Instance[]): Set<string> {
    const before = new Map<string, boolean>();
    const count = this.capitalised;
    const note = (w: string) => { if (!before.has(w)) before.set(w, count.has(w)); };
    for (const inst of removed) {
      for (const w of inst.piece.capitalised) {
        note(w);
        const c = count.get(w)! - 1;
        if (c > 0) count.set(w, c); else count.delete(w);
      }
    }
    for (const inst of added) {
      for (const w of inst.piece.capitalised) {
        note(w);
        count.set(w, (count.get(w) ?? 0) + 1);
      }
    }
    const flipped = new Set<string>();
    for (const [w, was] of before) if (count.has(w) !== was) flipped.add(w);
    return flipped;
  }

  /** Keys of the entities whose facts the quote rules read (type, name, roles, gender) changed since the last call. */
  private changedEntities(text: string, entities: Entity[], keys: string[], paragraphs: Paragraph[]): Set<string> {
    const sigs = new Map<string, string>();
    const changed = new Set<string>();
    const starts = paragraphs.map(p => p.start);
    const paragraphStart = (at: number) => {
      let lo = 0, hi = starts.length - 1, found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid] <= at) { found = mid; lo = mid + 1; } else hi = mid - 1;
      }
      return found >= 0 ? starts[found] : 0;
    };
    entities.forEach((e, k) => {
      if (VALUE_TYPES.has(e.type)) return;
      let sig = `${e.type}\u0001${e.name}\u0001${e.roles.map(r => r.text).join('\u0002')}`;
      if (e.type === 'person' || e.type === 'other') sig += `\u0001${personGender(e, m => titleGenderBefore(text, paragraphStart(m.start), m.start))}`;
      sigs.set(keys[k], sig);
      if (this.entitySigs.get(keys[k]) !== sig) changed.add(keys[k]);
    });
    for (const key of this.entitySigs.keys()) if (!sigs.has(key)) changed.add(key);
    this.entitySigs = sigs;
    return changed;
  }

  // ── quotes ─────────────────────────────────────────────────────────────────────────

  private findQuotes(text: string, change: Change, valid: boolean, paragraphs: Paragraph[], sentences: Sentence[], entities: Entity[],
    sceneLists: Mention[][], sceneChanged: boolean[], changedEntities: Set<string>, keyOf: Map<string, string>, idOf: Map<string, string>): Quote[] {
    const instances = this.instances;
    const n = instances.length;
    if (!text || !n) return [];
    const csv = instances.some(inst => inst.piece.doubledMarks);
    const allDirty = !valid || change.first || csv !== this.csv;
    this.csv = csv;

    // the marks of every paragraph, paired on their own, then linked
    const marked: MarkedQuote[] = [];
    const firstMark: number[] = new Array(n + 1);
    const linker = new ParagraphLinker(text, csv, marked);
    const repair = (q: MarkedQuote) => repairMissingClose(text, q);
    instances.forEach((inst, i) => {
      const first = marked.length;
      firstMark[i] = first;
      const own = inst.piece.marks(csv);
      for (const q of own.quotes) {
        marked.push({ start: q.start + inst.start, end: q.end + inst.start, open: q.open + inst.start, openLength: q.openLength,
          close: q.close >= 0 ? q.close + inst.start : -1, closeLength: q.closeLength, paragraph: i, family: q.family, continues: -1 });
      }
      linker.next(paragraphs[i], first, own.left ? { family: own.left.family, index: first + own.left.index } : null, repair);
    });
    linker.finish(repair);
    firstMark[n] = marked.length;

    // which paragraphs must be read again
    const dirty: boolean[] = new Array(n).fill(allDirty);
    if (!allDirty) {
      const cs = change.start, ce = change.start + change.inserted;
      const touches = (lo: number, hi: number) => lo <= ce && hi >= cs;
      const changedSpans = instances.filter((_, i) => sceneChanged[i]).map(inst => ({ start: inst.start, end: inst.end }));
      const mentionsChangedIn = (lo: number, hi: number) => {
        // the first changed paragraph ending at or after lo
        let a = 0, b = changedSpans.length;
        while (a < b) {
          const mid = (a + b) >> 1;
          if (changedSpans[mid].end < lo) a = mid + 1; else b = mid;
        }
        return a < changedSpans.length && changedSpans[a].start <= hi;
      };
      instances.forEach((inst, i) => {
        const q = inst.q;
        if (!q) { dirty[i] = true; return; }
        const textLo = Math.min(paragraphs[Math.max(0, i - 2)].start - QUOTE_MARGIN, inst.start + q.textLo);
        const textHi = Math.max(inst.end + QUOTE_MARGIN, inst.start + q.textHi);
        if (touches(textLo, textHi) || sceneChanged[i]) { dirty[i] = true; return; }
        const mentionLo = inst.start + q.mentionLo, mentionHi = inst.start + q.mentionHi;
        if (changedSpans.length && mentionsChangedIn(mentionLo, mentionHi)) { dirty[i] = true; return; }
        // paragraphs numbered differently: the rules count paragraphs back from where they read
        if (this.structural && touches(mentionLo, mentionHi)) { dirty[i] = true; return; }
        if (changedEntities.size && q.entities.some(k => changedEntities.has(k))) dirty[i] = true;
      });
      // a quotation over several paragraphs is found whole: all of its paragraphs, or none
      const linked: boolean[] = new Array(n).fill(false); // paragraph i is linked to i + 1
      for (let j = 0; j < marked.length; j++) {
        const c = marked[j].continues;
        if (c >= 0) for (let p = marked[c].paragraph; p < marked[j].paragraph; p++) linked[p] = true;
      }
      instances.forEach((inst, i) => { if (inst.q) for (let p = i; p < Math.min(n - 1, i + inst.q.reach); p++) linked[p] = true; });
      for (let i = 0; i < n;) {
        let j = i;
        while (j < n - 1 && linked[j]) j++;
        if (j > i) {
          let any = false;
          for (let p = i; p <= j; p++) any ||= dirty[p];
          if (any) for (let p = i; p <= j; p++) dirty[p] = true;
        }
        i = j + 1;
      }
    }
    if (!dirty.some(Boolean)) return this.collectQuotes(idOf);

    // read the dirty paragraphs again, each from the state the one before it left
    const sceneMentions: Mention[] = [];
    for (const list of sceneLists) for (const m of list) sceneMentions.push(m);
    const scene = new Scene(text, paragraphs, sentences, [], { mentions: sceneMentions, entities });
    const finder = new QuoteFinder(text, { paragraphs, sentences, entities }, { scene, marked });
    let running = false;
    for (let i = 0; i < n; i++) {
      const inst = instances[i];
      if (!dirty[i]) { running = false; continue; }
      if (!running) finder.setState(i === 0 ? EMPTY_STATE : this.restore(instances[i - 1], i - 1, marked, idOf));
      running = true;
      const reads: SceneReads = { textLo: Infinity, textHi: -Infinity, mentionLo: Infinity, mentionHi: -Infinity, entities: new Set() };
      scene.record(reads);
      let found: Quote[];
      try {
        found = finder.paragraph([inst.sentenceBase, inst.sentenceBase + inst.piece.sentences.length], [firstMark[i], firstMark[i + 1]]);
      } finally {
        scene.record(null);
      }
      if (i % 16 === 0) scene.forgetTokensBefore(i - 4);
      const old = inst.q;
      const record = this.record(inst, i, found, reads, finder, marked, firstMark, paragraphs, keyOf);
      inst.q = record;
      // the next paragraph is read again unless it starts from the same state as before
      if (i + 1 < n && !dirty[i + 1] && !(old && sameState(old.state, record.state))) dirty[i + 1] = true;
    }
    return this.collectQuotes(idOf);
  }

  /** The finder's state after paragraph `i` (instance `inst`), from its record, in today's offsets and ids. */
  private restore(inst: Instance, i: number, marked: MarkedQuote[], idOf: Map<string, string>): FinderState {
    const s = inst.q!.state;
    const id = (key: string) => idOf.get(key) ?? '\u0000gone';
    const at = (rel: number) => inst.start + rel;
    const done: number[] = [];
    for (const open of s.ahead) {
      const j = marked.findIndex(q => q.open === at(open));
      if (j >= 0) done.push(j);
    }
    return {
      events: s.events.map(e => ({ pos: e.pos === null ? -Infinity : at(e.pos), entity: id(e.key) })),
      last: s.last && {
        speaker: { entity: s.last.key === null ? null : id(s.last.key), text: s.last.text, span: { start: at(s.last.span.start), end: at(s.last.span.end) } },
        cue: s.last.cue && { text: s.last.cue.text, start: at(s.last.cue.start), end: at(s.last.cue.end) },
        paragraph: i + s.last.paragraph,
        end: at(s.last.end),
      },
      lastTerm: s.lastTerm === null ? -1 : at(s.lastTerm),
      done,
    };
  }

  /** What reading paragraph `i` found and read, relative to it. */
  private record(inst: Instance, i: number, found: Quote[], reads: SceneReads, finder: QuoteFinder, marked: MarkedQuote[], firstMark: number[],
    paragraphs: Paragraph[], keyOf: Map<string, string>): QuoteRecord {
    const base = inst.start;
    let textLo = Math.min(reads.textLo, paragraphs[Math.max(0, i - 2)].start - QUOTE_MARGIN);
    let textHi = Math.max(reads.textHi, inst.end + QUOTE_MARGIN);
    const cover = (s: Span | null) => { if (s) { textLo = Math.min(textLo, s.start); textHi = Math.max(textHi, s.end); } };
    const key = (id: string) => keyOf.get(id) ?? id;
    let reach = 0;
    const quotes: StoredQuote[] = found.map(q => {
      cover(q); cover(q.speakerSpan); cover(q.cue);
      const p = paragraphs[q.paragraph];
      if (p) cover({ start: p.start, end: p.end + QUOTE_MARGIN });
      reach = Math.max(reach, q.paragraph - i);
      // strings kept across calls are copies: a slice would keep this call's whole text alive
      return {
        start: q.start - base, end: q.end - base, text: detached(q.text), kind: q.kind, speaker: q.speaker === null ? null : key(q.speaker),
        speakerText: q.speakerText === null ? null : detached(q.speakerText),
        speakerSpan: q.speakerSpan && { start: q.speakerSpan.start - base, end: q.speakerSpan.end - base },
        cue: q.cue && { text: detached(q.cue.text), start: q.cue.start - base, end: q.cue.end - base }, paragraph: q.paragraph - i,
      };
    });
    // the state handed on: events later paragraphs can see, the last speaker while it can float, the last term while near
    const floor = paragraphs[Math.max(0, i - 1)].start;
    const events: StoredState['events'] = [];
    const all = finder.events;
    for (let k = all.length - 1; k >= 0 && events.length < 40; k--) {
      const ev = all[k];
      const below = ev.pos < floor;
      if (!below) cover({ start: ev.pos, end: ev.pos });
      events.push({ pos: below ? null : ev.pos - base, key: key(ev.entity) });
      if (below) break;
    }
    events.reverse();
    const last: Spoken | null = finder.lastSpoken;
    let storedLast: StoredState['last'] = null;
    if (last && last.paragraph >= i) {
      cover(last.speaker.span); cover(last.cue); cover({ start: last.end, end: last.end });
      storedLast = {
        key: last.speaker.entity === null ? null : key(last.speaker.entity), text: detached(last.speaker.text),
        span: { start: last.speaker.span.start - base, end: last.speaker.span.end - base },
        cue: last.cue && { text: detached(last.cue.text), start: last.cue.start - base, end: last.cue.end - base },
        paragraph: last.paragraph - i, end: last.end - base,
      };
    }
    const term = finder.lastTermEnd;
    const lastTerm = term >= 0 && term > inst.end - 12 ? term - base : null;
    const ahead: number[] = [];
    for (let j = firstMark[i + 1]; j < marked.length && marked[j].paragraph <= i + reach; j++) {
      if (finder.isDone(j)) { ahead.push(marked[j].open - base); cover({ start: marked[j].open, end: marked[j].open }); }
    }
    const rel = (x: number) => (Number.isFinite(x) ? x - base : x);
    const ents: string[] = [];
    for (const id of reads.entities) ents.push(key(id));
    return {
      textLo: rel(textLo), textHi: rel(textHi), mentionLo: rel(reads.mentionLo), mentionHi: rel(reads.mentionHi), entities: ents, quotes, reach,
      state: { events, last: storedLast, lastTerm, ahead },
    };
  }

  /** Every paragraph's quotes, in the order the finder found them, then by offset. */
  private collectQuotes(idOf: Map<string, string>): Quote[] {
    const out: Quote[] = [];
    const speaker = (key: string | null) => (key === null ? null : idOf.get(key) ?? key);
    for (const inst of this.instances) {
      const base = inst.start;
      const record = inst.q!;
      let made = inst.quotesOut;
      if (!made || made.record !== record || made.start !== base || made.index !== inst.index ||
        made.quotes.some((q, k) => q.speaker !== speaker(record.quotes[k].speaker))) {
        made = {
          record, start: base, index: inst.index, quotes: record.quotes.map(q => ({
            start: q.start + base, end: q.end + base, text: q.text, kind: q.kind,
            speaker: speaker(q.speaker),
            speakerText: q.speakerText,
            speakerSpan: q.speakerSpan && { start: q.speakerSpan.start + base, end: q.speakerSpan.end + base },
            cue: q.cue && { text: q.cue.text, start: q.cue.start + base, end: q.cue.end + base },
            paragraph: inst.index + q.paragraph,
          })),
        };
        inst.quotesOut = made;
      }
      for (const q of made.quotes) out.push(q);
    }
    return out.sort(quoteOrder);
  }

  // ── sourcing ───────────────────────────────────────────────────────────────────────

  private findClaims(text: string, change: Change, valid: boolean, paragraphs: Paragraph[], sentences: Sentence[], all: Mention[][],
    typeOf: (id: string) => EntityType, quotes: Quote[], typesChanged: boolean[]): Claim[] {
    const instances = this.instances;
    const n = instances.length;
    if (!text.length || !n) return [];
    const byParagraph: Quote[][] = instances.map(() => []);
    for (const q of quotes) byParagraph[q.paragraph]?.push(q);
    const cs = change.start, ce = change.start + change.inserted;
    const out: Claim[] = [];
    let blockOpen = false;
    let unnamed = false;
    let statistic = false;
    instances.forEach((inst, i) => {
      const base = inst.start;
      const own = byParagraph[i];
      // what the rules read of the paragraph's quotes (the same quote objects as last time read the same)
      let quoteSig: string;
      if (inst.srcQuotes && own.length === inst.srcQuotes.length && own.every((q, k) => q === inst.srcQuotes![k])) quoteSig = inst.src!.quotes;
      else quoteSig = own.map(q => `${q.start - base},${q.end - base},${q.kind},${q.speaker === null ? 0 : 1},${q.speakerText ?? '\u0000'},${q.cue ? 1 : 0}`).join(';');
      inst.srcQuotes = own;
      const from = i > 0 ? paragraphs[i - 1].end - 1 : 0;
      let src = inst.src;
      // up to the next paragraph: an edit just past this one's last word may have shortened it ("would go on." → "would")
      const reach = i + 1 < n ? instances[i + 1].start : text.length;
      if (!src || !valid || change.first || (from <= ce && reach >= cs) || typesChanged[i] || src.blockOpen !== blockOpen || src.unnamedBefore !== unnamed || src.quotes !== quoteSig) {
        const mentions: TypedSpan[] = all[i].map(m => ({ start: m.start, end: m.end, type: typeOf(m.entity) }));
        const own_sentences = sentences.slice(inst.sentenceBase, inst.sentenceBase + inst.piece.sentences.length);
        const found = paragraphClaims(text, paragraphs[i], own_sentences, mentions, own, blockOpen, unnamed);
        src = {
          claims: found.claims.map(c => shiftClaim(c, -base, true)), statistic: found.statistic && shiftClaim(found.statistic, -base, true),
          blockOpen, unnamedBefore: unnamed, quotes: quoteSig,
        };
        inst.src = src;
      }
      blockOpen = inst.piece.blockOpenAfter(blockOpen);
      unnamed = reliesOnUnnamed(src.claims);
      let made = inst.claimsOut;
      if (!made || made.record !== src || made.start !== base) inst.claimsOut = made = { record: src, start: base, claims: src.claims.map(c => shiftClaim(c, base)) };
      let claims = made.claims;
      if (src.statistic && !statistic) {
        statistic = true;
        const s = shiftClaim(src.statistic, base);
        let k = claims.length;
        while (k > 0 && (claims[k - 1].start > s.start || (claims[k - 1].start === s.start && claims[k - 1].end > s.end))) k--;
        claims = [...claims.slice(0, k), s, ...claims.slice(k)];
      }
      for (const c of claims) out.push(c);
    });
    return out;
  }
}

interface Change {
  start: number;
  removed: number;
  inserted: number;
  /** No earlier text: everything is new. */
  first: boolean;
}

const EMPTY_STATE: FinderState = { events: [], last: null, lastTerm: -1, done: [] };

/** The index of the paragraph (at or after `from`) starting at `start`, or -1. */
function findStart(instances: Instance[], start: number, from: number): number {
  let lo = from, hi = instances.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = instances[mid].start;
    if (s === start) return mid;
    if (s < start) lo = mid + 1; else hi = mid - 1;
  }
  return -1;
}


function sameState(a: StoredState, b: StoredState): boolean {
  if (a.lastTerm !== b.lastTerm || a.events.length !== b.events.length || a.ahead.length !== b.ahead.length) return false;
  for (let k = 0; k < a.events.length; k++) if (a.events[k].pos !== b.events[k].pos || a.events[k].key !== b.events[k].key) return false;
  for (let k = 0; k < a.ahead.length; k++) if (a.ahead[k] !== b.ahead[k]) return false;
  const x = a.last, y = b.last;
  if (!x || !y) return x === y;
  return x.key === y.key && x.text === y.text && x.span.start === y.span.start && x.span.end === y.span.end && x.paragraph === y.paragraph &&
    x.end === y.end && (x.cue === y.cue || (!!x.cue && !!y.cue && x.cue.text === y.cue.text && x.cue.start === y.cue.start && x.cue.end === y.cue.end));
}

/** A claim moved by `by`; `copy`: with its text copied (kept across calls, it must not keep the call's text alive). */
function shiftClaim(c: Claim, by: number, copy = false): Claim {
  return { start: c.start + by, end: c.end + by, text: copy ? detached(c.text) : c.text, code: c.code, message: c.message, claim: { start: c.claim.start + by, end: c.claim.end + by } };
}
