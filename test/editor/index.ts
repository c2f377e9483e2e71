/**
 * The in-editor test runner: VS Code's extension host loads this module (bundled to
 * out/test/editor/index.js) as `extensionTestsPath` and calls `run()`. It works the
 * same under code-server (scripts/e2e/run.mjs) and under @vscode/test-electron
 * (scripts/test-vscode.mjs).
 *
 * Environment:
 *   DOSSIER_E2E_GREP     only run tests whose full title matches this pattern
 *   DOSSIER_E2E_TIMEOUT  per-test timeout in ms (default 60000)
 *   DOSSIER_E2E_LOG_TAG  prefix for the reporter's console lines, so that the launcher
 *                        can tell them from the workbench's own log lines
 */
import Mocha from 'mocha';
import { format } from 'node:util';

export function run(): Promise<void> {
  const grep = process.env.DOSSIER_E2E_GREP;
  const mocha = new Mocha({
    ui: 'tdd',
    reporter: 'spec',
    color: false,
    timeout: Number(process.env.DOSSIER_E2E_TIMEOUT) || 60_000,
    ...(grep ? { grep } : {}),
  });
  // The suites are bundled into this file, so mocha's file loader is not used: give
  // them mocha's `suite`/`test` globals, then load them (require() with literal paths
  // so that esbuild bundles them).
  const tag = process.env.DOSSIER_E2E_LOG_TAG;
  if (tag) Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(tag + format(...args));
  mocha.suite.emit('pre-require', globalThis, 'test/editor', mocha);
  require('./activation.test');
  require('./hover.test');
  require('./openArticle.test');
  require('./sourcingActions.test');
  require('./knowledge.test');
  require('./quotes.test');
  require('./sourcing.test');
  require('./reading.test');
  require('./restart.test');
  require('./workspace.test');

  return new Promise<void>((resolve, reject) => {
    try {
      const runner = mocha.run(failures => {
        const passes = runner.stats?.passes ?? 0;
        if (failures > 0) reject(new Error(`${failures} in-editor test${failures === 1 ? '' : 's'} failed`));
        else if (passes === 0) reject(new Error(`no in-editor test ran${grep ? ` (grep: ${grep})` : ''}`));
        else resolve();
      });
    } catch (error) {
      reject(error);
    }
  });
}
