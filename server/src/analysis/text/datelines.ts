// A wire story's dateline opens its first paragraph: "SULAIMANI (ESTA) — ", "KYIV, Ukraine - ",
// "OSLO, Nov. 4 (Reuters) - ", "LIMA, 12 March (AP) — ". It says where and when the story was
// filed; it is no part of the first sentence's statement.

const DATELINE = /^\p{Lu}[\p{Lu}\s.,'’/-]{2,40}(?:\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?,?\s*)?(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8})?(?:\s*\([^)]{1,30}\))?\s[—–-]{1,2}\s+/u;

/** The length of the dateline that opens `text` at `from` (0 when there is none), read no further than `to`. */
export function datelineLength(text: string, from: number, to: number): number {
  return DATELINE.exec(text.slice(from, Math.min(to, from + 80)))?.[0].length ?? 0;
}
