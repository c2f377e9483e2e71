// A TextDocument with the same behaviour as vscode-languageserver-textdocument's, whose line
// index is found with the engine's native string search instead of a character loop: on a
// 5 MB document that is a few milliseconds instead of tens, which is what kept the
// server's thread busy past its budget when a long document was first opened.
// test/unit/documents/lineIndexedDocument.test.ts checks it against the library on random edits.

import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { TextDocumentsConfiguration } from 'vscode-languageserver';

const CR = 13;
const LF = 10;

/** Offsets where lines start after the first (`base` added), for \n, \r\n and \r line ends. */
export function lineStarts(text: string, base = 0): number[] {
  const starts: number[] = [];
  if (text.indexOf('\r') < 0) {
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(base + at + 1);
    return starts;
  }
  const lineEnd = /\r\n?|\n/g;
  for (let m = lineEnd.exec(text); m; m = lineEnd.exec(text)) starts.push(base + m.index + m[0].length);
  return starts;
}

export class LineIndexedDocument implements TextDocument {
  private lineOffsets: number[] | undefined;

  constructor(readonly uri: string, readonly languageId: string, private currentVersion: number, private content: string) {}

  get version(): number {
    return this.currentVersion;
  }

  get lineCount(): number {
    return this.offsets().length;
  }

  getText(range?: Range): string {
    return range ? this.content.substring(this.offsetAt(range.start), this.offsetAt(range.end)) : this.content;
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.content.length), 0);
    const offsets = this.offsets();
    const line = this.lineAt(offset);
    return { line, character: this.beforeLineEnd(offset, offsets[line]) - offsets[line] };
  }

  offsetAt(position: Position): number {
    const offsets = this.offsets();
    if (position.line >= offsets.length) return this.content.length;
    if (position.line < 0) return 0;
    const lineOffset = offsets[position.line];
    if (position.character <= 0) return lineOffset;
    return this.beforeLineEnd(Math.min(lineOffset + position.character, this.nextLineOffset(position.line)), lineOffset);
  }

  getLineRange(line: number): Range {
    const offsets = this.offsets();
    if (line >= offsets.length) {
      const last = offsets.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.content.length - offsets[last] } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const end = this.beforeLineEnd(this.nextLineOffset(line), offsets[line]);
    return { start: { line, character: 0 }, end: { line, character: end - offsets[line] } };
  }

  getEOLCharacters(line: number): string {
    const offsets = this.offsets();
    if (line < 0 || line >= offsets.length) return '';
    const next = this.nextLineOffset(line);
    return this.content.substring(this.beforeLineEnd(next, offsets[line]), next);
  }

  update(changes: TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if ('range' in change) this.applyEdit(orderedRange(change.range), change.text);
      else {
        this.content = change.text;
        this.lineOffsets = undefined;
      }
    }
    this.currentVersion = version;
  }

  private applyEdit(range: Range, text: string): void {
    const start = this.offsetAt(range.start);
    const end = this.offsetAt(range.end);
    this.content = this.content.substring(0, start) + text + this.content.substring(end);
    const insertedEnd = start + text.length;
    // a \r\n pair formed across the edit's edges changes lines outside it: index again
    if (this.isCrLfAt(start) || this.isCrLfAt(insertedEnd)) {
      this.lineOffsets = undefined;
      return;
    }
    const offsets = this.lineOffsets;
    if (!offsets) return;
    const startLine = lineOf(offsets, start);
    const endLine = lineOf(offsets, end);
    const added = lineStarts(text, start);
    const shifted = offsets.slice(endLine + 1);
    offsets.length = startLine + 1;
    for (const o of added) offsets.push(o);
    const diff = text.length - (end - start);
    for (const o of shifted) offsets.push(o + diff);
  }

  private isCrLfAt(offset: number): boolean {
    return this.content.charCodeAt(offset - 1) === CR && this.content.charCodeAt(offset) === LF;
  }

  private offsets(): number[] {
    this.lineOffsets ??= [0, ...lineStarts(this.content)];
    return this.lineOffsets;
  }

  /** Where the line after `line` starts, or the end of the text after the last line. */
  private nextLineOffset(line: number): number {
    const offsets = this.offsets();
    return line + 1 < offsets.length ? offsets[line + 1] : this.content.length;
  }

  private lineAt(offset: number): number {
    return lineOf(this.offsets(), offset);
  }

  private beforeLineEnd(offset: number, lineOffset: number): number {
    while (offset > lineOffset && (this.content.charCodeAt(offset - 1) === CR || this.content.charCodeAt(offset - 1) === LF)) offset--;
    return offset;
  }
}

/** The index of the line that contains `offset`: the last line start at or before it. */
function lineOf(offsets: number[], offset: number): number {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (offsets[mid] > offset) high = mid;
    else low = mid + 1;
  }
  return low - 1;
}

function orderedRange(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}

/** What `new TextDocuments(...)` needs to keep the server's documents as LineIndexedDocuments. */
export const lineIndexedDocuments: TextDocumentsConfiguration<LineIndexedDocument> = {
  create: (uri, languageId, version, content) => new LineIndexedDocument(uri, languageId, version, content),
  update: (document, changes, version) => {
    document.update(changes, version);
    return document;
  },
};
