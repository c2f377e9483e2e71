import { lexiconTags } from '../entities/lexicon';
import { SAY_VERBS } from './cues';

const VERB_TAGS = ['PastTense', 'PresentTense', 'Infinitive', 'Verb', 'Copula', 'Modal', 'Auxiliary', 'Gerund', 'PerfectTense'];

/** Whether a lower-case word reads as a verb ("expressed", "remains", "is"), by the lexicon or its ending. */
export function isVerbLike(lower: string): boolean {
  if (SAY_VERBS.has(lower)) return true;
  const tags = lexiconTags(lower);
  if (tags.size) return VERB_TAGS.some(t => tags.has(t));
  return /(?:ed|ied)$/.test(lower);
}
