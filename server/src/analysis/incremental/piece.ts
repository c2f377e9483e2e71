import type { Paragraph, Role, Sentence, TermMention } from '../types';
import { splitSentences } from '../text/sentences';
import { tokenize, type Token } from '../text/tokens';
import type { Gazetteer } from '../entities/gazetteer';
import { capitalisedWords, localEntities, type LocalEntities } from '../entities';
import { rolesOfName } from '../entities/roles';
import { pairParagraph, usesDoubledMarks, type LeftOpen, type MarkedQuote } from '../quotes/marks';
import { blockStatementStep } from '../sourcing/quoted';
import { sentenceTerms, type TermIndex } from '../terms';

/**
 * What one paragraph's text says on its own, computed once per distinct paragraph text and
 * shared by every place the paragraph occurs. Offsets are relative to the paragraph's start,
 * sentence indices to its first sentence. What depends on the rest of the article is not
 * here, except through the inputs each part is computed for (the words capitalised
 * elsewhere, the way the article writes quotation marks, the term index), which are kept
 * with the part and checked before it is used again.
 */
export class Piece {
  readonly sentences: Sentence[];
  /** The words its sentences capitalise after their first word (each once). */
  readonly capitalised: string[];
  /** Whether it writes doubled "" marks as CSV does (any paragraph doing so changes how all are paired). */
  readonly doubledMarks: boolean;
  /** How many places in the article hold this paragraph (0: kept only as recently seen). */
  uses = 0;
  private tokenCache: Token[][] | undefined;
  private entityVersion: EntityVersion | undefined;
  private readonly marksByCsv: Array<PieceMarks | undefined> = [undefined, undefined];
  private readonly blockSteps: Array<boolean | undefined> = [undefined, undefined];
  private terms: { index: TermIndex; terms: TermMention[] } | undefined;

  constructor(readonly text: string) {
    const whole: Paragraph = { start: 0, end: text.length, index: 0 };
    this.sentences = splitSentences(text, [whole]);
    const words = new Set<string>();
    for (const t of this.tokens()) for (const w of capitalisedWords(t)) words.add(w);
    this.capitalised = [...words];
    this.doubledMarks = usesDoubledMarks(text);
  }

  /** The tokens of each sentence; kept until `release`. */
  tokens(): Token[][] {
    return (this.tokenCache ??= this.sentences.map(s => tokenize(this.text, s.start, s.end)));
  }

  /** Drops what is cheap to compute again. */
  release(): void {
    this.tokenCache = undefined;
  }

  /**
   * The names, pronouns and nominal phrases, and values, given which words the article
   * capitalises elsewhere: the last version computed, if the words it asked about still
   * give the same answers, else a new one.
   */
  entities(gazetteer: Gazetteer, capitalisedElsewhere: (lower: string) => boolean): EntityVersion {
    const v = this.entityVersion;
    if (v && v.gazetteer === gazetteer && v.stillHolds(capitalisedElsewhere)) return v;
    return (this.entityVersion = new EntityVersion(this, gazetteer, capitalisedElsewhere));
  }

  /** The paragraph's quotation marks paired on their own (as paragraph 0), and the quote it leaves open. */
  marks(csv: boolean): PieceMarks {
    const k = csv ? 1 : 0;
    let m = this.marksByCsv[k];
    if (!m) {
      const quotes: MarkedQuote[] = [];
      const left = pairParagraph(this.text, { start: 0, end: this.text.length, index: 0 }, csv, quotes);
      this.marksByCsv[k] = m = { quotes, left };
    }
    return m;
  }

  /** Whether a statement introduced by "X said:" is open after the paragraph, given whether one was open before it. */
  blockOpenAfter(open: boolean): boolean {
    const k = open ? 1 : 0;
    return (this.blockSteps[k] ??= blockStatementStep(this.text, open).open);
  }

  /** The terms of the trade its sentences use (before names are left out). */
  termsFor(index: TermIndex): TermMention[] {
    if (this.terms?.index !== index) {
      const terms: TermMention[] = [];
      for (const s of this.sentences) terms.push(...sentenceTerms(this.text, s, index));
      this.terms = { index, terms };
    }
    return this.terms.terms;
  }
}

export interface PieceMarks {
  quotes: MarkedQuote[];
  left: LeftOpen | null;
}

/** The entity findings of a piece for one set of answers about capitalised words. */
export class EntityVersion {
  readonly local: LocalEntities;
  /** The words asked about, and the answers, in order. */
  private readonly asked: string[] = [];
  private readonly answers: boolean[] = [];
  private readonly roleCache: Array<readonly Role[] | undefined> = [];
  private orderCache: Int32Array | undefined;

  constructor(private readonly piece: Piece, readonly gazetteer: Gazetteer, capitalisedElsewhere: (lower: string) => boolean) {
    const whole = { start: 0, end: piece.text.length };
    const noted = (lower: string) => {
      const answer = capitalisedElsewhere(lower);
      this.asked.push(lower);
      this.answers.push(answer);
      return answer;
    };
    this.local = localEntities(piece.text, piece.sentences, piece.tokens(), gazetteer, noted, () => whole);
  }

  /** Whether every word asked about still gets the same answer. */
  stillHolds(capitalisedElsewhere: (lower: string) => boolean): boolean {
    for (let k = 0; k < this.asked.length; k++) if (capitalisedElsewhere(this.asked[k]) !== this.answers[k]) return false;
    return true;
  }

  /** Whether the answer about one of these words was part of the findings. */
  asks(words: ReadonlySet<string>): boolean {
    for (const w of this.asked) if (words.has(w)) return true;
    return false;
  }

  /**
   * Its records in text order, as pairs (kind, index): kind 0 a name, 1 a referring
   * candidate, 2 a value; at the same offset a name comes before a value (as its entity
   * comes first in the article's list).
   */
  get order(): Int32Array {
    if (!this.orderCache) {
      const { names, referring, values } = this.local;
      const items: Array<[number, number, number]> = [];
      names.forEach((c, k) => items.push([c.start, 0, k]));
      referring.forEach((c, k) => items.push([c.start, 1, k]));
      values.forEach((c, k) => items.push([c.start, 2, k]));
      items.sort((a, b) => a[0] - b[0] || (a[1] === 1 ? 0 : a[1]) - (b[1] === 1 ? 0 : b[1]));
      this.orderCache = new Int32Array(items.length * 2);
      items.forEach(([, kind, k], j) => { this.orderCache![2 * j] = kind; this.orderCache![2 * j + 1] = k; });
    }
    return this.orderCache;
  }

  /** The roles name `i` gives its entity if a person (relative offsets). */
  roles(i: number): readonly Role[] {
    let r = this.roleCache[i];
    if (!r) {
      const c = this.local.names[i];
      this.roleCache[i] = r = rolesOfName(this.piece.text, this.piece.sentences[c.sentence], this.piece.tokens()[c.sentence], c);
    }
    return r;
  }
}

/** A copy of a paragraph's text that does not keep the whole article's string alive. */
export function detached(s: string): string {
  return (' ' + s).slice(1);
}
