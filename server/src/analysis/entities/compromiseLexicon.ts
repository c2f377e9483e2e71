// compromise's lexicon: lower-case word or phrase → its tags. compromise builds it when its
// model loads (about 200 ms); the bundles replace this module with the same table computed
// at build time (scripts/build/precomputedLexicon.js), so the server and each CLI worker
// start without building compromise's model.

export type CompromiseLexicon = Record<string, string | string[]>;

let lexicon: CompromiseLexicon | undefined;

export function compromiseLexicon(): CompromiseLexicon {
  lexicon ??= (require('compromise') as { model(): { one: { lexicon: CompromiseLexicon } } }).model().one.lexicon;
  return lexicon;
}
