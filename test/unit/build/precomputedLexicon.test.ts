import { strict as assert } from 'node:assert';
import { resolve } from 'node:path';
import * as esbuild from 'esbuild';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { precomputedLexicon, precomputedLexiconSource } = require('../../../scripts/build/precomputedLexicon') as {
  precomputedLexicon(): esbuild.Plugin; precomputedLexiconSource(): string;
};

const MODULE = resolve(__dirname, '../../../server/src/analysis/entities/compromiseLexicon.ts');

describe('the lexicon computed at build time', function () {
  this.timeout(30_000);

  it('is the table compromise builds at run time', () => {
    const module = { exports: {} as { compromiseLexicon?: () => unknown } };
    const js = esbuild.transformSync(precomputedLexiconSource(), { format: 'cjs', loader: 'js' }).code;
    new Function('module', 'exports', js)(module, module.exports);
    const compromise = require('compromise') as { model(): { one: { lexicon: unknown } } };
    assert.deepEqual(module.exports.compromiseLexicon!(), compromise.model().one.lexicon);
  });

  it('replaces the module that loads compromise in a bundle, and compromise is not bundled', async () => {
    const result = await esbuild.build({
      stdin: { contents: `export { compromiseLexicon } from ${JSON.stringify(MODULE)};`, resolveDir: __dirname, loader: 'ts' },
      bundle: true, platform: 'node', format: 'cjs', write: false, metafile: true, logLevel: 'silent', plugins: [precomputedLexicon()],
    });
    const inputs = Object.keys(result.metafile!.inputs);
    assert.ok(!inputs.some(i => i.includes('node_modules/compromise')), `compromise was bundled: ${inputs.join(', ')}`);
    assert.match(result.outputFiles![0].text, /JSON\.parse\(TABLE\)/, "the bundle holds the precomputed table");
  });
});
