#!/usr/bin/env node
// Runs the in-editor tests (test/editor) in VS Code desktop through
// @vscode/test-electron: the same bundled out/test/editor/index.js that
// `npm run test:e2e` runs in code-server.
//
// Usage: node scripts/test-vscode.mjs [--grep PATTERN] [--no-build]   (npm run test:vscode)
// Environment:
//   DOSSIER_VSCODE_EXECUTABLE  use this VS Code executable instead of downloading one
//   DOSSIER_VSCODE_VERSION     VS Code version to download (default: stable)
//
// VS Code is downloaded into .vscode-test/ on first use: this needs access to
// Microsoft's VS Code update service. On Linux without a display, run it under
// xvfb-run -a.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleTests, buildExtension, e2eFixtureWorkspace, testBundlePath } from './e2e/run.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function fail(message) {
  process.stderr.write(`[test:vscode] ${message}\n`);
  process.exit(2);
}

const argv = process.argv.slice(2);
let grep;
let build = true;
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--grep') grep = argv[++i];
  else if (argv[i].startsWith('--grep=')) grep = argv[i].slice('--grep='.length);
  else if (argv[i] === '--no-build') build = false;
  else fail(`unknown option ${argv[i]}`);
}
if (argv.includes('--grep') && !grep) fail('--grep needs a value');

let testElectron;
try {
  testElectron = await import('@vscode/test-electron');
} catch (error) {
  fail(`@vscode/test-electron is not installed (${error.message}); run npm install`);
}
const { downloadAndUnzipVSCode, runTests } = testElectron;

try {
  if (build) buildExtension();
  await bundleTests();
} catch (error) {
  fail(error.message);
}

let vscodeExecutablePath = process.env.DOSSIER_VSCODE_EXECUTABLE;
if (vscodeExecutablePath) {
  if (!fs.existsSync(vscodeExecutablePath)) fail(`DOSSIER_VSCODE_EXECUTABLE=${vscodeExecutablePath} does not exist`);
} else {
  const version = process.env.DOSSIER_VSCODE_VERSION || 'stable';
  try {
    vscodeExecutablePath = await downloadAndUnzipVSCode({
      version,
      cachePath: path.join(repoRoot, '.vscode-test'),
      timeout: 30_000,
    });
  } catch (error) {
    fail(
      `could not download VS Code ${version} for ${process.platform}-${process.arch}: ${error?.message ?? error}\n` +
        '[test:vscode] @vscode/test-electron downloads VS Code desktop from Microsoft\'s update service, and that failed here\n' +
        '[test:vscode] (no network access to it?).\n' +
        '[test:vscode] Either point DOSSIER_VSCODE_EXECUTABLE at an installed VS Code (e.g. /usr/share/code/code),\n' +
        '[test:vscode] or run the same tests in code-server with: npm run test:e2e',
    );
  }
}

try {
  const code = await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: testBundlePath,
    extensionTestsEnv: grep ? { DOSSIER_E2E_GREP: grep } : {},
    launchArgs: [e2eFixtureWorkspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
  process.stdout.write(`[test:vscode] in-editor tests ${code === 0 ? 'passed' : `FAILED (exit ${code})`}\n`);
  process.exit(code === 0 ? 0 : 1);
} catch (error) {
  // runTests rejects with TestRunFailedError when a test failed or VS Code exited badly
  process.stderr.write(`[test:vscode] in-editor tests FAILED: ${error?.message ?? error}\n`);
  process.exit(1);
}
