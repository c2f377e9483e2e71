import type { Entity, Mention, Sentence } from '../types';
import type { Token } from '../text/tokens';
import { firstNameGender } from './lexicon';
import { ROLE_NOUNS } from './roles';

type Gender = 'male' | 'female' | 'unknown';

const PRONOUN_GENDER: Record<string, Gender> = { he: 'male', him: 'male', his: 'male', she: 'female', her: 'female' };
const NOMINAL = /\b[Tt]he\s+((?:[A-Z][a-z]+\s+|(?:former|new|top|chief|senior|deputy|special|economic|foreign|defence|defense|prime|vice)\s+){0,3})(leader|president|prime minister|premier|chancellor|minister|spokesman|spokeswoman|spokesperson|envoy|ambassador|secretary|general|commander|chief|official|diplomat|lawmaker|senator|governor|mayor|king|emir|crown prince|ministry|pope)\b/g;

/**
 * Pronoun and nominal mentions ("he", "the Russian leader") tied to the person the text
 * last named, checked for gender where a first name or a title tells it. They serve quote
 * attribution and navigation; their form keeps them apart from names.
 */
export function findReferringMentions(text: string, sentences: Sentence[], sentenceTokens: Token[][], entities: Entity[]): void {
  const people = entities.filter(e => e.type === 'person');
  if (!people.length) return;
  const genders = new Map(people.map(p => [p, genderOf(p)]));
  const named = people.flatMap(p => p.mentions.map(m => ({ m, p }))).sort((a, b) => a.m.start - b.m.start);
  const taken = new Set(entities.flatMap(e => e.mentions.map(m => m.start)));
  sentences.forEach((s, index) => {
    for (const t of sentenceTokens[index]) {
      const gender = PRONOUN_GENDER[t.text.toLowerCase()];
      if (!gender || taken.has(t.start)) continue;
      const antecedent = lastBefore(named, t.start, s, sentences, p => genders.get(p) === gender || genders.get(p) === 'unknown');
      if (antecedent) add(antecedent, { start: t.start, end: t.end, text: t.text, form: 'pronoun', entity: antecedent.id, sentence: index });
    }
    NOMINAL.lastIndex = 0;
    const body = text.slice(s.start, s.end);
    for (let m = NOMINAL.exec(body); m; m = NOMINAL.exec(body)) {
      const start = s.start + m.index;
      if (taken.has(start + m[0].length - m[2].length)) continue;
      const head = m[2].toLowerCase();
      const antecedent = lastBefore(named, start, s, sentences, p => p.roles.some(r => r.text.toLowerCase().includes(head.split(' ').pop()!)) ||
        (head === 'leader' && p.roles.some(r => /president|prime minister|leader|chancellor|premier/i.test(r.text))));
      if (antecedent && ROLE_NOUNS.has(head.split(' ').pop()!)) {
        add(antecedent, { start, end: start + m[0].length, text: m[0], form: 'nominal', entity: antecedent.id, sentence: index });
      }
    }
  });
}

function add(entity: Entity, mention: Mention) {
  entity.mentions.push(mention);
}

/** The person named last before `at`, within the last three paragraphs. */
function lastBefore(named: Array<{ m: Mention; p: Entity }>, at: number, sentence: Sentence, sentences: Sentence[],
  fits: (p: Entity) => boolean): Entity | undefined {
  // binary search for the last mention that starts before `at`, then walk back
  let lo = 0, hi = named.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (named[mid].m.start < at) lo = mid + 1; else hi = mid;
  }
  for (let k = lo - 1; k >= 0; k--) {
    const { m, p } = named[k];
    if (sentence.paragraph - sentences[m.sentence].paragraph > 2) return undefined;
    if (fits(p)) return p;
  }
  return undefined;
}

function genderOf(p: Entity): Gender {
  const first = p.name.split(/\s+/)[0].toLowerCase();
  const g = p.name.includes(' ') ? firstNameGender(first) : null;
  if (g) return g;
  if (p.roles.some(r => /\b(?:spokeswoman|chairwoman|congresswoman|queen|princess|mrs|ms|madam|lady|baroness)\b/i.test(r.text))) return 'female';
  if (p.roles.some(r => /\b(?:spokesman|chairman|congressman|king|prince|mr|sir|lord|baron)\b/i.test(r.text))) return 'male';
  return 'unknown';
}
