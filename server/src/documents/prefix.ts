/**
 * The length of the longest run of whole paragraphs within the first `limit` characters
 * (at least the first line break after `limit` / 2), so a cut never splits a paragraph.
 */
export function firstParagraphsOf(text: string, limit: number): number {
  if (text.length <= limit) return text.length;
  const blank = text.lastIndexOf('\n', limit);
  return blank > limit / 2 ? blank + 1 : limit;
}
