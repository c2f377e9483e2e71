import type { Paragraph, Sentence } from '../types';
import { isAbbreviation } from './tokens';
import { trimSpan } from './paragraphs';

// Sentence ends: . ! ? (or an ellipsis), then closing quotes or brackets, then space and
// something that can start a sentence. Titles such as "Dr." never end one.
const END = /([.!?…]+)(["”’'»)\]]*)(?=\s+["“‘'«(\[]?[\p{Lu}\p{N}])/gu;
const TITLE_ABBREVIATIONS = /^(?:mr|mrs|ms|dr|prof|gen|lt|col|maj|capt|sgt|adm|gov|sen|rep|rev|st|sr|jr|no|vs|pres|amb|brig|mt|ft|cpl|spc|pvt|e\.g|i\.e)\.$/i;
const SENTENCE_STARTERS = /^(?:The|A|An|He|She|It|They|We|I|This|That|These|Those|But|And|However|In|On|At|His|Her|Its|Their|Our|There|Meanwhile|Officials|Mr|Mrs|Ms)\b/;

/** Splits each paragraph into sentences; a sentence never crosses a paragraph. */
export function splitSentences(text: string, paragraphs: Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const p of paragraphs) {
    let start = p.start;
    const body = text.slice(p.start, p.end);
    END.lastIndex = 0;
    for (let m = END.exec(body); m; m = END.exec(body)) {
      const dotAt = p.start + m.index;
      if (m[1] === '.' && !endsSentenceAfterDot(text, start, dotAt)) continue;
      const end = dotAt + m[0].length;
      push(text, sentences, start, end, p.index);
      start = end;
    }
    push(text, sentences, start, p.end, p.index);
  }
  return sentences;
}

function push(text: string, sentences: Sentence[], start: number, end: number, paragraph: number) {
  const span = trimSpan(text, start, end);
  if (span.start < span.end) sentences.push({ ...span, paragraph });
}

/** Whether the dot at `dotAt` ends a sentence, or closes an abbreviation such as "Dr." or "U.S.". */
function endsSentenceAfterDot(text: string, sentenceStart: number, dotAt: number): boolean {
  let wordStart = dotAt;
  while (wordStart > sentenceStart && /[\p{L}\p{N}.]/u.test(text[wordStart - 1])) wordStart--;
  const word = text.slice(wordStart, dotAt + 1);
  if (!isAbbreviation(word)) return true;
  // "No. 10", but "The answer was no. Talks ended."
  if (/^no\.$/i.test(word)) return !/^\s*\d/.test(text.slice(dotAt + 1, dotAt + 4));
  if (TITLE_ABBREVIATIONS.test(word)) return false;
  // "U.S." or an initial "J." is followed by a name unless the next word clearly starts a sentence
  if (/^\p{Lu}\.$/u.test(word)) return false;
  const after = text.slice(dotAt + 1, dotAt + 40).trimStart();
  return SENTENCE_STARTERS.test(after);
}
