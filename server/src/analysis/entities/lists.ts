// Names written as a list ("Ostrava, Brno and Plzeň", "Kate Orr, Dan Lee, and Moss")
// are mostly of one kind. A member the rules could only guess at takes the type its
// listed neighbours were given with good evidence.

import type { TypeEvidence } from './classify';

interface Listed {
  start: number;
  end: number;
  possessive: boolean;
  evidence: TypeEvidence;
}

/** What may stand between two members of a list: a comma, "and", "or", "&", a slash, with an optional comma. */
const LIST_GAP = /^\s*(?:,|;|\/|,?\s+(?:and|or|&|as well as)|,\s*(?:and|or))\s*$/;

const TYPED = new Set(['person', 'organization', 'place']);

/**
 * Gives list members whose type is a guess (strength below 2) the type every well-typed
 * member of their list shares. `names` are one sentence's names in text order.
 */
export function spreadListTypes(text: string, names: readonly Listed[]): void {
  let from = 0;
  let conjunction = false;
  for (let k = 1; k <= names.length; k++) {
    const gap = k < names.length && !names[k - 1].possessive ? text.slice(names[k - 1].end, names[k].start) : undefined;
    if (gap !== undefined && LIST_GAP.test(gap)) { conjunction ||= !/^\s*,\s*$/.test(gap); continue; }
    // two names with only a comma between are as often a name and its apposition ("Lena Marsh, 4th Unit commander")
    if (k - from >= 3 || (k - from === 2 && conjunction)) spreadOver(names.slice(from, k));
    from = k;
    conjunction = false;
  }
}

function spreadOver(list: readonly Listed[]): void {
  let type: string | undefined;
  for (const n of list) {
    if (n.evidence.strength < 2 || !TYPED.has(n.evidence.type)) continue;
    if (type && type !== n.evidence.type) return;
    type = n.evidence.type;
  }
  if (!type) return;
  for (const n of list) {
    if (n.evidence.strength < 2 && n.evidence.type !== type && (n.evidence.type === 'other' || TYPED.has(n.evidence.type))) {
      n.evidence = { type: type as TypeEvidence['type'], strength: 1 };
    }
  }
}
