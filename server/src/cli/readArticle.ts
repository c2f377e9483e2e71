import { readFileSync, statSync } from 'node:fs';

export type ReadResult = { ok: true; text: string } | { ok: false; error: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads an article as UTF-8 text, refusing directories, binary files and other encodings. */
export function readArticle(path: string): ReadResult {
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory()) return { ok: false, error: `${path}: is a directory` };
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, error: `${path}: no such file` };
    if (code === 'EACCES') return { ok: false, error: `${path}: permission denied` };
    return { ok: false, error: `${path}: cannot read (${(e as Error).message})` };
  }
  return decodeArticle(path, bytes);
}

export function decodeArticle(path: string, bytes: Uint8Array): ReadResult {
  if (looksBinary(bytes)) return { ok: false, error: `${path}: looks like a binary file, not an article` };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, error: `${path}: is not valid UTF-8 text (convert it to UTF-8 first)` };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}

/** A NUL byte in the first 8 KB is the usual sign of a binary file. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}
