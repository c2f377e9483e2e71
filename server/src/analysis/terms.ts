import type { Sentence, Span, TermMention } from './types';
import { tokenize, type Token } from './text/tokens';
import { builtinKnowledge, type KnowledgeBase } from '../knowledge/knowledgeBase';
import { withGlossary } from '../knowledge/glossary';
import type { KnowledgeEntry } from '../knowledge/types';

interface Phrase {
  words: string[];
  /** Written in capitals ("LNG"): matches only in capitals. */
  exact: boolean;
  knowledgeId: string;
}

/** The knowledge base's terms ("price cap", "snapback") by their first word. */
export class TermIndex {
  private readonly byFirst = new Map<string, Phrase[]>();

  constructor(knowledge: KnowledgeBase) {
    for (const entry of knowledge.entries()) {
      if (entry.type !== 'term') continue;
      for (const name of [entry.name, ...(entry.aliases ?? [])]) {
        const words = tokenize(name).filter(t => t.kind !== 'punct').map(t => t.text);
        if (!words.length) continue;
        const exact = /^[\p{Lu}\p{N}\-]+$/u.test(name) && /\p{Lu}{2}/u.test(name);
        const key = exact ? words[0] : words[0].toLowerCase();
        const list = this.byFirst.get(key) ?? [];
        list.push({ words: exact ? words : words.map(w => w.toLowerCase()), exact, knowledgeId: entry.id });
        this.byFirst.set(key, list);
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The longest term starting at word `i` of `words`, and how many words it spans. */
  match(words: Token[], i: number): { phrase: Phrase; length: number } | undefined {
    const first = words[i].text;
    for (const candidates of [this.byFirst.get(first), this.byFirst.get(first.toLowerCase())]) {
      for (const phrase of candidates ?? []) {
        if (i + phrase.words.length > words.length) continue;
        const ok = phrase.words.every((w, k) => (phrase.exact ? words[i + k].text === w : words[i + k].text.toLowerCase() === w));
        if (ok) return { phrase, length: phrase.words.length };
      }
    }
    return undefined;
  }
}

const builtinIndex = new WeakMap<KnowledgeBase, TermIndex>();
let glossaryIndex: { key: string; index: TermIndex } | undefined;

/** The term index for the built-in knowledge base with a user glossary merged in (built once per glossary). */
export function termIndexFor(glossary: readonly KnowledgeEntry[] | undefined): TermIndex {
  if (!glossary?.length) {
    const kb = builtinKnowledge();
    let index = builtinIndex.get(kb);
    if (!index) builtinIndex.set(kb, (index = new TermIndex(kb)));
    return index;
  }
  const key = JSON.stringify(glossary);
  if (glossaryIndex?.key !== key) glossaryIndex = { key, index: new TermIndex(withGlossary(builtinKnowledge(), glossary)) };
  return glossaryIndex.index;
}

/**
 * Terms of the trade the knowledge base explains ("secondary sanctions", "price cap",
 * "armistice"), wherever they occur outside the names already found.
 */
export function findTerms(text: string, sentences: Sentence[], taken: Span[], glossary?: readonly KnowledgeEntry[]): TermMention[] {
  const index = termIndexFor(glossary);
  const blocked = new SpanSet(taken);
  const out: TermMention[] = [];
  for (const s of sentences) {
    for (const t of sentenceTerms(text, s, index)) if (!blocked.overlaps(t.start, t.end)) out.push(t);
  }
  return out;
}

/** The terms a sentence uses, longest first where they overlap, names not yet left out. */
export function sentenceTerms(text: string, s: Span, index: TermIndex): TermMention[] {
  const out: TermMention[] = [];
  const words = tokenize(text, s.start, s.end).filter(t => t.kind !== 'punct');
  for (let i = 0; i < words.length;) {
    const m = index.match(words, i);
    if (!m) { i++; continue; }
    const start = words[i].start;
    const end = words[i + m.length - 1].end;
    out.push({ start, end, text: text.slice(start, end), knowledgeId: m.phrase.knowledgeId });
    i += m.length;
  }
  return out;
}

/** Spans (mentions, which may nest) asked whether any overlaps a stretch of text. */
export class SpanSet {
  private readonly starts: number[];
  /** The furthest end among the spans up to each one, by start. */
  private readonly reach: number[];

  constructor(spans: readonly Span[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map(s => s.start);
    this.reach = [];
    let far = -Infinity;
    for (const s of sorted) this.reach.push((far = Math.max(far, s.end)));
  }

  /** Whether [start, end) overlaps one of the spans. */
  overlaps(start: number, end: number): boolean {
    // the spans starting before `end`; one of them overlaps if the furthest of their ends passes `start`
    let lo = 0, hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < end) lo = mid + 1; else hi = mid;
    }
    return lo > 0 && this.reach[lo - 1] > start;
  }
}
