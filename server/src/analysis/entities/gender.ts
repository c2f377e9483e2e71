import type { Entity, Mention } from '../types';
import { firstNameGender, lexiconTags, PERSON_TITLES } from './lexicon';

// A person's gender, as far as the article tells it: what "he" and "she" may refer to. Read by
// the entity pass (pronoun mentions) and the quote pass (speaking pronouns) alike.

export type Gender = 'male' | 'female' | 'unknown';

const FEMALE_ROLE = /\b(?:spokeswoman|chairwoman|congresswoman|businesswoman|queen|princess|mrs|ms|madam|madame|lady|baroness|dame|duchess|empress|sister|mother|daughter|wife|actress)\b/i;
const MALE_ROLE = /\b(?:spokesman|chairman|congressman|businessman|king|prince|mr|sir|lord|baron|duke|emperor|brother|father|son|husband|sheikh)\b/i;

/**
 * A person's gender: from a first name (or a name of one word that is only a given name,
 * "Eitan"), else from a role ("spokeswoman"), else from a title before one of the entity's
 * mentions ("Mrs", "Mr"), which `titleBefore` gives for a mention when the caller reads text.
 */
export function personGender(e: Entity, titleBefore?: (m: Mention) => Gender | null): Gender {
  let g: Gender = 'unknown';
  const names = e.name.split(/\s+/).filter(w => !PERSON_TITLES.has(w.toLowerCase()));
  if (names.length > 1 || (names.length === 1 && !lexiconTags(names[0].toLowerCase()).has('LastName'))) g = firstNameGender(names[0].toLowerCase()) ?? 'unknown';
  if (g === 'unknown') {
    if (e.roles.some(r => FEMALE_ROLE.test(r.text))) g = 'female';
    else if (e.roles.some(r => MALE_ROLE.test(r.text))) g = 'male';
  }
  if (g === 'unknown' && titleBefore) {
    for (const m of e.mentions) {
      const t = titleBefore(m);
      if (t) return t;
    }
  }
  return g;
}

/** "Mrs", "Ms" or "Miss" (female) or "Mr" (male) right before `at`, read no further back than `from` (its paragraph's start). */
export function titleGenderBefore(text: string, from: number, at: number): Gender | null {
  const before = text.slice(Math.max(0, from, at - 5), at);
  if (/\b(?:Mrs|Ms|Miss)\.?\s$/.test(before)) return 'female';
  if (/\bMr\.?\s$/.test(before)) return 'male';
  return null;
}
