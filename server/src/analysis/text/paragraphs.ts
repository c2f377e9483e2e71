import type { Paragraph } from '../types';

/**
 * Splits text into paragraphs: runs of non-blank lines. News copy puts each paragraph on
 * its own line, so a single line break also ends a paragraph; a line that only continues
 * the previous one (wrapped prose, starting lower-case) stays in it.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = 0;
  let open: { start: number; end: number } | null = null;
  const close = () => {
    if (open) paragraphs.push({ start: open.start, end: open.end, index: paragraphs.length });
    open = null;
  };
  const takeLine = (start: number, end: number) => {
    const trimmed = trimSpan(text, start, end);
    if (trimmed.start >= trimmed.end) return close();
    if (open && continuesParagraph(text, open.end, trimmed.start)) open.end = trimmed.end;
    else {
      close();
      open = trimmed;
    }
  };
  for (let m = lineBreak.exec(text); m; m = lineBreak.exec(text)) {
    takeLine(lineStart, m.index);
    lineStart = m.index + m[0].length;
  }
  takeLine(lineStart, text.length);
  close();
  return paragraphs;
}

/** A wrapped line continues a paragraph when the previous line ends mid-sentence. */
function continuesParagraph(text: string, prevEnd: number, nextStart: number): boolean {
  const last = text[prevEnd - 1];
  const first = text[nextStart];
  return /[a-z,;(\-–]/.test(last) && /[a-z(]/.test(first);
}

export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200b) || code === 0x3000;
}
