import type { Paragraph } from '../types';

/**
 * Splits text into paragraphs: runs of non-blank lines. News copy puts each paragraph on
 * its own line, so a single line break also ends a paragraph; a line that only continues
 * the previous one (wrapped prose, starting lower-case) stays in it.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  scanParagraphs(text, 0, (start, end) => { paragraphs.push({ start, end, index: paragraphs.length }); });
  return paragraphs;
}

/**
 * The paragraphs of `text` from `from` on, where `from` is the start of the text or of a
 * line that begins a paragraph afresh. `close` receives each paragraph as it ends; `open`
 * hears where each new paragraph after the first begins and may stop the scan there
 * (returning true), before that paragraph is closed. The same rules as splitParagraphs,
 * so a scan from a paragraph's start finds what splitParagraphs finds from there.
 */
export function scanParagraphs(text: string, from: number, close: (start: number, end: number) => void,
  open?: (start: number) => boolean): void {
  const lineBreak = /\r\n|\r|\n/g;
  lineBreak.lastIndex = from;
  let lineStart = from;
  let current: { start: number; end: number } | null = null;
  let opened = 0;
  let stopped = false;
  const takeLine = (start: number, end: number) => {
    const trimmed = trimSpan(text, start, end);
    if (trimmed.start >= trimmed.end) {
      if (current) close(current.start, current.end);
      current = null;
      return;
    }
    if (current && continuesParagraph(text, current.end, trimmed.start)) current.end = trimmed.end;
    else {
      if (current) close(current.start, current.end);
      current = null;
      if (opened++ > 0 && open?.(trimmed.start)) { stopped = true; return; }
      current = trimmed;
    }
  };
  for (let m = lineBreak.exec(text); m && !stopped; m = lineBreak.exec(text)) {
    takeLine(lineStart, m.index);
    lineStart = m.index + m[0].length;
  }
  if (stopped) return;
  takeLine(lineStart, text.length);
  const last = current as { start: number; end: number } | null;
  if (!stopped && last) close(last.start, last.end);
}

/** A wrapped line continues a paragraph when the previous line ends mid-sentence. */
export function continuesParagraph(text: string, prevEnd: number, nextStart: number): boolean {
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
