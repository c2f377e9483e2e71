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
class TermIndex {
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

function indexFor(glossary: readonly KnowledgeEntry[] | undefined): TermIndex {
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
  const index = indexFor(glossary);
  const blocked = [...taken].sort((a, b) => a.start - b.start);
  const out: TermMention[] = [];
  for (const s of sentences) {
    const words = tokenize(text, s.start, s.end).filter(t => t.kind !== 'punct');
    for (let i = 0; i < words.length;) {
      const m = index.match(words, i);
      if (!m) { i++; continue; }
      const start = words[i].start;
      const end = words[i + m.length - 1].end;
      if (!overlaps(blocked, start, end)) out.push({ start, end, text: text.slice(start, end), knowledgeId: m.phrase.knowledgeId });
      i += m.length;
    }
  }
  return out;
}

function overlaps(sorted: Span[], start: number, end: number): boolean {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].end <= start) lo = mid + 1; else hi = mid;
  }
  for (let k = lo; k < sorted.length && sorted[k].start < end; k++) if (sorted[k].end > start) return true;
  return false;
}
