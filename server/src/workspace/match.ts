// Matching a workspace-symbol query against names and quotes: ignoring case, accents and
// typographic punctuation, a substring first (best at the start of a word), else the
// query's characters in order (a fuzzy subsequence, as editors' symbol pickers do: "vzel"
// finds "Volodymyr Zelensky"). Candidates are folded once (see `fold`), queries once per request.

const PUNCTUATION: Record<string, string> = {
  '‘': "'", '’': "'", '‛': "'", '′': "'", '“': '"', '”': '"', '„': '"', '″': '"', '«': '"', '»': '"', '–': '-', '—': '-', '…': '...', '\u00a0': ' ',
};

/** Lower case without accents and with plain punctuation ("Erdoğan’s" → "erdogan's"), for comparing. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (!/[^\u0000-\u007f]/.test(lower)) return lower;
  return lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[‘’‛′“”„″«»–—…\u00a0]/g, ch => PUNCTUATION[ch]);
}

/** A query prepared once for many candidates. */
export interface Query {
  /** The whole query, folded, spaces collapsed. */
  text: string;
  /** The query without spaces, for the subsequence match. */
  compact: string;
  /** For "container name": the words before the last one, and the last word. */
  container?: { head: Query; tail: Query };
}

export function prepareQuery(raw: string): Query {
  const text = fold(raw.replace(/\s+/g, ' ').trim());
  const at = text.lastIndexOf(' ');
  const plain = (t: string): Query => ({ text: t, compact: t.replace(/ /g, '') });
  return { ...plain(text), ...(at > 0 ? { container: { head: plain(text.slice(0, at)), tail: plain(text.slice(at + 1)) } } : {}) };
}

/** Scores of the kinds of match, so that callers can rank results; 0 is no match. */
const SUBSTRING = 1000;
const FUZZY = 100;

/**
 * How well a folded candidate matches: > SUBSTRING for a substring (more at the start of the
 * text or of a word, and for a larger share of the candidate), between 1 and FUZZY for a
 * subsequence when `fuzzy`, 0 for none. An empty query matches everything with 1.
 */
export function score(query: Query, folded: string, fuzzy = true): number {
  if (!query.text) return 1;
  const at = folded.indexOf(query.text);
  if (at >= 0) {
    const wordStart = at === 0 || !isWordChar(folded.charCodeAt(at - 1));
    const share = query.text.length / Math.max(folded.length, 1);
    return SUBSTRING + (at === 0 ? 400 : wordStart ? 200 : 0) + Math.round(share * 100);
  }
  return fuzzy ? subsequence(query.compact, folded) : 0;
}

/**
 * The query's characters in order in `candidate`: a score that rewards characters at the
 * start of words and in runs, or 0 when they are not all there.
 */
export function subsequence(query: string, candidate: string): number {
  if (!query) return 1;
  if (query.length > candidate.length) return 0;
  let points = 0;
  let run = 0;
  let from = 0;
  for (let i = 0; i < query.length; i++) {
    const found = candidate.indexOf(query[i], from);
    if (found < 0) return 0;
    run = found === from && i > 0 ? run + 1 : 0;
    points += 1 + run * 2 + (found === 0 || !isWordChar(candidate.charCodeAt(found - 1)) ? 3 : 0);
    from = found + 1;
  }
  // at most FUZZY - 1, and never 0
  return Math.max(1, Math.min(FUZZY - 1, Math.round((points / (query.length * 6)) * FUZZY)));
}

/**
 * A symbol's score, all candidates folded: its name against the whole query; or, for a
 * query of several words, its container (a quote's speaker) against the words before the
 * last and its name against the last; or, for a quote, the whole query as a substring of
 * its words (ranked below a match in the name).
 */
export function symbolScore(query: Query, name: string, container?: string, words?: string): number {
  const byName = score(query, name);
  if (byName >= SUBSTRING) return byName;
  let best = byName;
  if (query.container && container) {
    const head = score(query.container.head, container);
    const tail = head && score(query.container.tail, name);
    if (head && tail) best = Math.max(best, Math.min(head, tail));
  }
  if (words && best < SUBSTRING) {
    const inText = score(query, words, false);
    if (inText) best = Math.max(best, inText - 300);
  }
  return best;
}

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code > 127;
}
