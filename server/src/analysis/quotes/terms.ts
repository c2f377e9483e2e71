// Quotation marks that quote nobody: names, titles, nicknames and scare quotes ("the
// so-called “caliphate”", "operation “Spring Storm”", John “J.D.” Smith, an airfield called
// “Q-West”, Assad’s “war”). These rules look only at the words inside the marks and the
// few words before them; the speech rules decide the rest.

const CONNECTOR = /^(?:of|the|and|for|in|on|at|to|a|an|with|from|by|into|over|as|or|nor|but|up|off|via|vs|versus|per|upon|onto|out|de|du|da|di|do|dos|das|del|della|des|la|le|les|al|el|y|e|et|und|von|van|der|den|&|-|–|:)$/i;

// words that introduce a name or a term rather than someone's words
const NAME_MARKER = new RegExp(
  '(?:\\bso[- ]called|\\bdubbed|\\bnamed|\\bnicknamed|\\bcode-?named|\\bcode name|\\bcodename|\\bknown\\s+as|\\btitled|\\bentitled|' +
  '\\blabell?ed(?:\\s+as)?|\\btermed|\\bbranded(?:\\s+as)?|\\bmarked\\s+as|\\bthe\\s+(?:term|terms|phrase|word|words|slogan|slogans|hashtag|motto|name|label|headline|banner|title|brand|nickname)|' +
  '\\b[Oo]peration|\\b[Ee]xercise|\\b(?:book|film|movie|song|album|novel|poem|documentary|series|programme|program|column|essay|newspaper|magazine|opera|painting)|' +
  '\\bcalled|\\bcalls?|\\bmeaning|\\bmeans|\\bliterally|\\bword\\s+for|\\bstands\\s+for|\\balso\\s+called|\\bas\\s+in)\\s*[:,]?\\s*(?:the\\s+|a\\s+|an\\s+)?$', 'i');

/** Words inside the marks, without punctuation. */
export function contentWords(content: string): string[] {
  return content.split(/[\s\u00a0]+/).map(w => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
}

/** Every word capitalised but for connectors: "Spring Storm", "Front of the Northern Hills", "Q-West". */
export function isTitleCase(words: string[]): boolean {
  let capitalised = 0;
  for (const w of words) {
    if (CONNECTOR.test(w)) continue;
    if (!/^[\p{Lu}\p{N}]/u.test(w)) return false;
    capitalised++;
  }
  return capitalised > 0;
}

// markers that make the quoted words a name whatever follows them
const STRONG_NAME_MARKER = /(?:\bso[- ]called|\bdubbed|\bnicknamed|\bcode-?named|\bknown\s+as|\btitled|\bentitled|\b[Oo]peration)\s*[:,]?\s*(?:the\s+|a\s+|an\s+)?$/;

/** Whether the marker before a quotation makes it a name even when an attribution follows. */
export function isStrongNameMarker(marker: string): boolean {
  return STRONG_NAME_MARKER.test(marker);
}

/** A word or phrase before the opening mark that announces a name or term. */
export function nameMarkerBefore(text: string, open: number): string | null {
  const before = text.slice(Math.max(0, open - 48), open);
  const m = NAME_MARKER.exec(before);
  return m ? m[0].trim() : null;
}

/** A nickname inside a person's name: John “J.D.” Smith, Richard "Tex" Coe. */
export function isNickname(text: string, open: number, openLength: number, close: number, closeLength: number, words: string[]): boolean {
  if (words.length > 3 || close < 0 || !isTitleCase(words)) return false;
  const before = text.slice(Math.max(0, open - 30), open);
  const after = text.slice(close + closeLength, close + closeLength + 30);
  return /\p{Lu}[\p{L}.’'-]*\s$/u.test(before) && /^\s\p{Lu}\p{L}/u.test(after) && openLength > 0;
}

/** Whether the quoted words end like a statement (with sentence or clause punctuation). */
export function endsLikeSpeech(content: string): boolean {
  return /[.!?…,;:—–-]\s*$/.test(content);
}
