/**
 * Whether an opened "text" is really a binary file (an image, an archive, a PDF opened by
 * mistake): a NUL character, or many replacement and control characters, in its first 8 KB.
 */
export function looksBinaryText(text: string): boolean {
  const n = Math.min(text.length, 8192);
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) odd++;
  }
  return n > 0 && odd / n > 0.1;
}
