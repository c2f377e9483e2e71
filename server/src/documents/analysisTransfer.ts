// How a long document's analysis crosses from the analysis worker to the server's thread:
// as JSON (which crosses faster than a cloned object graph), cut into pieces of about
// PIECE_CHARS (each top-level field, long lists in runs of whole items), so that the
// server can parse one piece per turn of its event loop and never spends tens of
// milliseconds in one go parsing a megabyte-sized analysis while requests wait.

import type { Analysis } from '../analysis/types';

export const PIECE_CHARS = 256 * 1024;

interface Piece {
  field: string;
  /** The field's whole value… */
  value?: unknown;
  /** …or a run of its items, appended to what earlier pieces gave. */
  items?: unknown[];
}

export function analysisPieces(analysis: Analysis, pieceChars = PIECE_CHARS): string[] {
  const pieces: string[] = [];
  for (const [field, value] of Object.entries(analysis)) {
    if (!Array.isArray(value)) {
      pieces.push(JSON.stringify({ field, value } satisfies Piece));
      continue;
    }
    let run: string[] = [];
    let chars = 0;
    const flush = () => {
      pieces.push(`{"field":${JSON.stringify(field)},"items":[${run.join(',')}]}`);
      run = [];
      chars = 0;
    };
    for (const item of value) {
      const json = JSON.stringify(item);
      if (chars + json.length > pieceChars && run.length) flush();
      run.push(json);
      chars += json.length + 1;
    }
    flush();
  }
  return pieces;
}

/** Puts an analysis back together from its pieces, in the order they were cut. */
export class AnalysisAssembly {
  private readonly fields: Record<string, unknown> = {};

  add(piece: string): void {
    const { field, value, items } = JSON.parse(piece) as Piece;
    if (items === undefined) {
      this.fields[field] = value;
      return;
    }
    const list = (this.fields[field] ??= []) as unknown[];
    for (const item of items) list.push(item);
  }

  result(): Analysis {
    return this.fields as unknown as Analysis;
  }
}
