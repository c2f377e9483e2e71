// Bundles the extension client, the language server and the command line into dist/.
//   node esbuild.js               development build (source maps, not minified)
//   node esbuild.js --production  minified build with source maps, as packaged
//   node esbuild.js --watch       rebuild on change
//   node esbuild.js --bench       also bundles the benchmark (out/bench.js), so that it measures
//                                 the analysis as it ships: bundled, not run from sources by tsx
const esbuild = require('esbuild');
const { version } = require('./package.json');
const { precomputedLexicon } = require('./scripts/build/precomputedLexicon');
const { precomputedGazetteer } = require('./scripts/build/precomputedGazetteer');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: production,
  legalComments: 'linked',
  logLevel: 'warning',
  define: { DOSSIER_VERSION: JSON.stringify(version) },
};

const builds = [
  { ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  { ...common, entryPoints: { server: 'server/src/server.ts', cli: 'server/src/cli.ts', analysisWorker: 'server/src/documents/analysisWorker.ts', cliWorker: 'server/src/cli/worker.ts', indexWorker: 'server/src/workspace/indexWorker.ts' }, outdir: 'dist',
    banner: { js: '#!/usr/bin/env node' }, plugins: [precomputedLexicon(), precomputedGazetteer()] },
];

if (process.argv.includes('--bench')) {
  builds.push({ ...common, entryPoints: { bench: 'bench/run.ts' }, outdir: 'out', plugins: [precomputedLexicon(), precomputedGazetteer()] });
}

async function main() {
  if (watch) {
    for (const options of builds) await (await esbuild.context(options)).watch();
    console.log('[watch] watching client/ and server/ for changes');
    return;
  }
  const started = Date.now();
  await Promise.all(builds.map(options => esbuild.build(options)));
  if (!process.argv.includes('--quiet')) console.log(`built dist/ (${production ? 'production' : 'development'}) in ${Date.now() - started} ms`);
}

main().catch(error => {
  console.error(error.message ?? error);
  process.exit(1);
});
