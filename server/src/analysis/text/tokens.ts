import type { Span } from '../types';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token extends Span {
  text: string;
  kind: TokenKind;
}

// A word: letters (any script), with inner apostrophes, hyphens, dots of abbreviations
// ("U.S.", "al-Abadi", "O'Brien", "Caliber.Az"), or digits leading capitals ("6PR", "3M"). A number: digits with , . separators.
const TOKEN = /(\p{N}+\p{Lu}[\p{L}\p{N}]*|\p{L}[\p{L}\p{M}\p{N}]*(?:['’.\-‐][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\.?)|(\p{N}+(?:[.,:]\p{N}+)*(?:st|nd|rd|th|s)?)|([^\s\p{L}\p{N}])/gu;

/** Splits text into word, number and punctuation tokens with UTF-16 offsets. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    let s = start + m.index;
    let word = m[0];
    const kind: TokenKind = m[1] ? 'word' : m[2] ? 'number' : 'punct';
    if (kind === 'word' && word.endsWith('.') && !isAbbreviation(word)) {
      word = word.slice(0, -1);
      TOKEN.lastIndex--; // the dot becomes its own punctuation token
    }
    tokens.push({ start: s, end: s + word.length, text: word, kind });
  }
  return tokens;
}

const ABBREVIATIONS = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'gen.', 'lt.', 'col.', 'maj.', 'capt.', 'cpt.', 'sgt.', 'adm.', 'cmdr.',
  'gov.', 'sen.', 'rep.', 'rev.', 'st.', 'sr.', 'jr.', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.',
  'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'no.', 'vs.', 'etc.', 'inc.', 'corp.', 'ltd.', 'co.', 'mt.', 'ft.',
  'pres.', 'amb.', 'brig.', 'gens.', 'pvt.', 'spc.', 'cpl.', 'msgt.', 'sgm.', 'ssgt.', 'vol.', 'e.g.', 'i.e.',
]);

/** "U.S.", "Dr.", "a.m." keep their final dot; a plain word's final dot ends a sentence. */
export function isAbbreviation(word: string): boolean {
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // dotted initialisms: U.S., U.N., a.m.
  return /^(?:\p{L}\.){2,}$/u.test(word) || /^\p{Lu}\.$/u.test(word);
}
