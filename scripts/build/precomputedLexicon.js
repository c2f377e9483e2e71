// esbuild plugin: bundles compromise's lexicon as data computed now, in place of the module
// that builds it from compromise at run time (server/src/analysis/entities/compromiseLexicon.ts).
// The table is the same; only who computes it changes. It stays a string until first use,
// since JSON.parse is the fastest way for V8 to build a large object.

const MODULE = /[\\/]analysis[\\/]entities[\\/]compromiseLexicon\.ts$/;

function precomputedLexiconSource() {
  const lexicon = require('compromise').model().one.lexicon;
  return [
    '// Generated at build time from compromise\'s lexicon (MIT licence).',
    `const TABLE = ${JSON.stringify(JSON.stringify(lexicon))};`,
    'let lexicon;',
    'export function compromiseLexicon() { return (lexicon ??= JSON.parse(TABLE)); }',
  ].join('\n');
}

/** @type {() => import('esbuild').Plugin} */
function precomputedLexicon() {
  let source;
  return {
    name: 'precomputed-lexicon',
    setup(build) {
      build.onLoad({ filter: MODULE }, () => ({ contents: (source ??= precomputedLexiconSource()), loader: 'js' }));
    },
  };
}

module.exports = { precomputedLexicon, precomputedLexiconSource };
