#!/usr/bin/env node
// Runs the in-editor tests (test/editor) in a real VS Code workbench: code-server
// serves VS Code, Debian's Chromium (driven by playwright-core) opens it with a test
// payload, and the extension host loads this repository as the extension under
// development and out/test/editor/index.js as the test module.
//
// Usage: node scripts/e2e/run.mjs [options]        (npm run test:e2e -- [options])
//   --grep PATTERN      only run tests whose title matches PATTERN
//   --screenshots DIR   instead of the tests, take README screenshots into DIR
//   --timeout SECONDS   watchdog for the whole run in the editor (default 180)
//   --keep              keep .cache/e2e/run-*/ (kept anyway when the run fails)
//   --verbose           also print code-server's and the browser's output
//   --no-build          do not run `node esbuild.js` first
//
// Exit status: 0 when all tests passed, 1 when a test failed, 2 for a usage or
// setup error, 3 when the extension host crashed, 4 when the watchdog fired,
// 130 when interrupted.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import util from 'node:util';
import { e2ePaths, ensureSetup, node24Env } from './setup.mjs';
import { takeScreenshots } from './screenshots.mjs';

const { repoRoot, cacheDir } = e2ePaths;
const WORKSPACE = path.join(repoRoot, 'test', 'fixtures', 'workspace');
const TEST_ENTRY = path.join(repoRoot, 'test', 'editor', 'index.ts');
const TEST_BUNDLE = path.join(repoRoot, 'out', 'test', 'editor', 'index.js');
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const KEEP_RUN_DIRS = 5;
export { WORKSPACE as e2eFixtureWorkspace, TEST_BUNDLE as testBundlePath };
// test/editor/index.ts prefixes mocha's lines with this (env DOSSIER_E2E_LOG_TAG), so
// that they can be told from the workbench's own log lines, which go to workbench.log.
const LOG_TAG = '[dossier-e2e] ';

export const EXIT = { pass: 0, fail: 1, usage: 2, crash: 3, timeout: 4, interrupted: 130 };

function say(msg) {
  process.stdout.write(`[e2e] ${msg}\n`);
}

function parseArgs(argv) {
  const opts = { grep: undefined, screenshots: undefined, timeout: 180, keep: false, verbose: false, build: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (v === undefined || v === '') throw new Error(`${arg.split('=')[0]} needs a value`);
      return v;
    };
    if (arg === '--grep' || arg.startsWith('--grep=')) opts.grep = value();
    else if (arg === '--screenshots' || arg.startsWith('--screenshots=')) opts.screenshots = path.resolve(value());
    else if (arg === '--timeout' || arg.startsWith('--timeout=')) opts.timeout = Number(value());
    else if (arg === '--keep') opts.keep = true;
    else if (arg === '--verbose') opts.verbose = true;
    else if (arg === '--no-build') opts.build = false;
    else if (arg === '--help' || arg === '-h') opts.help = true;
    else throw new Error(`unknown option ${arg}`);
  }
  if (!(opts.timeout > 0)) throw new Error('--timeout needs a positive number of seconds');
  return opts;
}

/** `node esbuild.js`: the extension and its server into dist/. */
export function buildExtension() {
  const started = Date.now();
  const res = spawnSync(process.execPath, ['esbuild.js'], { cwd: repoRoot, stdio: 'inherit' });
  if (res.status !== 0) throw new Error(`node esbuild.js failed (exit ${res.status ?? res.signal})`);
  for (const f of ['dist/extension.js', 'dist/server.js']) {
    if (!fs.existsSync(path.join(repoRoot, f))) throw new Error(`node esbuild.js did not produce ${f}`);
  }
  say(`built the extension in ${Date.now() - started} ms`);
}

/** The in-editor tests into one CommonJS file (mocha inlined, `vscode` left to the host). */
export async function bundleTests() {
  const started = Date.now();
  const esbuild = await import('esbuild');
  await esbuild.build({
    absWorkingDir: repoRoot,
    entryPoints: [TEST_ENTRY],
    outfile: TEST_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'error',
  });
  say(`bundled ${path.relative(repoRoot, TEST_BUNDLE)} in ${Date.now() - started} ms`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function pruneRunDirs() {
  let dirs;
  try {
    dirs = fs.readdirSync(cacheDir).filter((d) => d.startsWith('run-')).sort();
  } catch {
    return;
  }
  for (const d of dirs.slice(0, Math.max(0, dirs.length - KEEP_RUN_DIRS))) {
    fs.rmSync(path.join(cacheDir, d), { recursive: true, force: true });
  }
}

function makeRunDir({ screenshots }) {
  pruneRunDirs();
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const dir = path.join(cacheDir, `run-${stamp}-${process.pid}`);
  const userDataDir = path.join(dir, 'user-data');
  const extensionsDir = path.join(dir, 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify(
      {
        'security.workspace.trust.enabled': false,
        'workbench.startupEditor': 'none',
        'chat.disableAIFeatures': true,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoUpdate': false,
        'extensions.autoCheckUpdates': false,
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'window.restoreWindows': 'none',
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        // screenshots: the whole article in view, nothing but the editor's own text
        ...(screenshots ? { 'editor.wordWrap': 'on', 'editor.minimap.enabled': false } : {}),
      },
      null,
      2,
    ) + '\n',
  );
  // code-server would otherwise write ~/.config/code-server/config.yaml
  fs.writeFileSync(path.join(dir, 'code-server.yaml'), '');
  return { dir, userDataDir, extensionsDir };
}

/**
 * Starts code-server in its own process group. Resolves once it answers /healthz.
 * `onLine` sees every line it prints.
 */
async function startCodeServer({ port, runDir, grep, onLine, verbose }) {
  const env = node24Env(process.env);
  delete env.VSCODE_IPC_HOOK_CLI;
  delete env.ELECTRON_RUN_AS_NODE;
  env.EXTENSIONS_GALLERY = '{}';
  // code-server's own logs and heartbeat file: into the run folder, not ~/.local/share
  env.XDG_DATA_HOME = path.join(runDir.dir, 'xdg-data');
  env.DOSSIER_E2E_LOG_TAG = LOG_TAG;
  if (grep) env.DOSSIER_E2E_GREP = grep;
  else delete env.DOSSIER_E2E_GREP;
  const args = [
    e2ePaths.codeServerEntry,
    '--config', path.join(runDir.dir, 'code-server.yaml'),
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', runDir.userDataDir,
    '--extensions-dir', runDir.extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--vscode-option', 'enable-smoke-test-driver',
    '--vscode-option', 'skip-welcome',
    '--vscode-option', 'skip-release-notes',
  ];
  const logFile = fs.createWriteStream(path.join(runDir.dir, 'code-server.log'));
  const child = spawn(e2ePaths.node24, args, {
    cwd: runDir.dir,
    env,
    detached: true, // its own process group: killed as a whole at the end
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    let buf = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      logFile.write(chunk);
      buf += chunk;
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        if (verbose) process.stdout.write(`[code-server] ${line}\n`);
        onLine(line);
      }
    });
  }
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const deadline = Date.now() + 30_000;
  for (;;) {
    const state = await Promise.race([exited.then((r) => ({ exited: r })), healthz(port)]);
    if (state.exited) {
      throw new Error(
        `code-server exited before it was ready (code ${state.exited.code}, signal ${state.exited.signal}); see ${path.join(runDir.dir, 'code-server.log')}`,
      );
    }
    if (state === true) break;
    if (Date.now() > deadline) throw new Error('code-server did not answer /healthz within 30 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, exited, logFile };
}

async function healthz(port) {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2000) });
    return res.ok;
  } catch {
    return false;
  }
}

function killGroup(child, signal) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

async function stopCodeServer(server) {
  if (!server) return;
  const { child, exited, logFile } = server;
  killGroup(child, 'SIGTERM');
  const done = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 3000))]);
  if (!done) killGroup(child, 'SIGKILL');
  // the group may hold children (extension host, language server) after its leader exited
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // none left
  }
  logFile.end();
}

/** `vscode-remote://127.0.0.1:PORT/abs/path`: resolved by the server's extension host. */
function remoteUri(port, absPath) {
  return `vscode-remote://127.0.0.1:${port}${absPath.split(path.sep).map(encodeURIComponent).join('/')}`;
}

export function workbenchUrl(port, { tests }) {
  const payload = [['extensionDevelopmentPath', remoteUri(port, repoRoot)]];
  if (tests) payload.push(['extensionTestsPath', remoteUri(port, TEST_BUNDLE)]);
  const query = new URLSearchParams({ folder: WORKSPACE, payload: JSON.stringify(payload) });
  return `http://127.0.0.1:${port}/?${query}`;
}

export async function main(argv = process.argv.slice(2)) {
  const started = Date.now();
  let opts;
  try {
    opts = parseArgs(argv);
  } catch (err) {
    process.stderr.write(`[e2e] ${err.message}\n`);
    return EXIT.usage;
  }
  if (opts.help) {
    const src = fs.readFileSync(new URL(import.meta.url), 'utf8').split('\n');
    process.stdout.write(src.slice(1, src.findIndex((l) => l.startsWith('import'))).map((l) => l.replace(/^\/\/ ?/, '')).join('\n') + '\n');
    return EXIT.pass;
  }

  try {
    if (opts.build) buildExtension();
    if (!opts.screenshots) await bundleTests();
    ensureSetup();
  } catch (err) {
    process.stderr.write(`[e2e] ${err.message}\n`);
    return EXIT.usage;
  }

  const runDir = makeRunDir({ screenshots: !!opts.screenshots });
  const port = await freePort();
  let server;
  let browser;
  let result;
  let settle;
  const settled = new Promise((resolve) => (settle = resolve));
  const finish = (r) => {
    if (!result) {
      result = r;
      settle(r);
    }
  };
  const mochaLines = [];
  const workbenchErrors = [];

  const onSignal = (sig) => finish({ code: EXIT.interrupted, reason: `interrupted by ${sig}` });
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('SIGHUP', onSignal);
  // last resort if this process ends some other way: never leave code-server behind
  const onExit = () => server && killGroup(server.child, 'SIGKILL');
  process.on('exit', onExit);
  const watchdog = setTimeout(
    () => finish({ code: EXIT.timeout, reason: `watchdog: no result after ${opts.timeout} s` }),
    opts.timeout * 1000,
  );

  // The run itself; raced against `settled` so that the watchdog, a signal or a crash
  // ends the run even while a step (a page load, say) is still pending.
  const work = (async () => {
    server = await startCodeServer({
      port,
      runDir,
      grep: opts.grep,
      verbose: opts.verbose,
      onLine: (line) => {
        // e.g. "Extension Host Process exited with code: 1, signal: null."
        const m = /Extension Host Process exited with code: (\S+?), signal: (\S+?)\./.exec(line);
        if (m && ((m[1] !== '0' && m[1] !== 'null') || m[2] !== 'null')) {
          finish({ code: EXIT.crash, reason: `the extension host crashed: ${line.trim()}` });
        }
      },
    });
    server.exited.then(({ code, signal }) =>
      finish({ code: EXIT.crash, reason: `code-server exited during the run (code ${code}, signal ${signal})` }),
    );
    say(`code-server ready on 127.0.0.1:${port} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: e2ePaths.chromium,
      args: CHROMIUM_ARGS,
      headless: true,
      // our own handlers end the run and stop code-server too
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const browserLog = fs.createWriteStream(path.join(runDir.dir, 'browser.log'));
    page.on('console', (msg) => {
      browserLog.write(`[${msg.type()}] ${msg.text()}\n`);
      if (opts.verbose) process.stdout.write(`[browser:${msg.type()}] ${msg.text()}\n`);
    });
    page.on('pageerror', (err) => browserLog.write(`[pageerror] ${err.stack ?? err}\n`));
    const workbenchLog = fs.createWriteStream(path.join(runDir.dir, 'workbench.log'));
    browser.on('disconnected', () => finish({ code: EXIT.crash, reason: 'the browser disconnected' }));

    if (opts.screenshots) {
      await page.goto(workbenchUrl(port, { tests: false }));
      const shots = takeScreenshots({ page, outDir: opts.screenshots, log: say }).then(
        () => ({ code: EXIT.pass }),
        (err) => ({ code: EXIT.fail, reason: `screenshots: ${err.stack ?? err.message}` }),
      );
      shots.then(finish);
      await settled;
    } else {
      await page.exposeFunction('codeAutomationLog', (level, args) => {
        const text = util.format(...(Array.isArray(args) ? args : [args]));
        if (text.startsWith(LOG_TAG)) {
          const line = text.slice(LOG_TAG.length);
          mochaLines.push(line);
          process.stdout.write(`${line}\n`);
        } else {
          workbenchLog.write(`[${level}] ${text}\n`);
          // (errors while the page is torn down after the result, and cancellations, are noise)
          if (level === 'error' && !result && !/^(Error: )?Canceled\b/.test(text)) workbenchErrors.push(text);
          if (opts.verbose) process.stdout.write(`[workbench:${level}] ${text}\n`);
        }
      });
      await page.exposeFunction('codeAutomationExit', async (code, logs) => {
        if (Array.isArray(logs)) {
          for (const { relativePath, contents } of logs) {
            if (typeof relativePath !== 'string') continue;
            const target = path.join(runDir.dir, 'vscode-logs', path.normalize(relativePath).replace(/^(\.\.[/\\])+/, ''));
            fs.mkdirSync(path.dirname(target), { recursive: true });
            fs.writeFileSync(target, String(contents ?? ''));
          }
        }
        finish(code === 0 ? { code: EXIT.pass } : { code: EXIT.fail, reason: `the tests reported exit code ${code}` });
      });
      say('running the in-editor tests' + (opts.grep ? ` (grep: ${opts.grep})` : ''));
      await page.goto(workbenchUrl(port, { tests: true }));
      await settled;
    }
  })().catch((err) => finish({ code: EXIT.usage, reason: err.stack ?? err.message }));

  try {
    await Promise.race([work, settled]);
  } finally {
    clearTimeout(watchdog);
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    process.removeListener('SIGHUP', onSignal);
    await browser?.close().catch(() => undefined);
    await stopCodeServer(server);
  }

  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (result.code !== EXIT.pass && workbenchErrors.length) {
    process.stdout.write(`[e2e] errors the workbench logged (all in workbench.log):\n`);
    for (const e of workbenchErrors.slice(-20)) process.stdout.write(`  ${e.split('\n').slice(0, 6).join('\n  ')}\n`);
  }
  if (result.reason) process.stdout.write(`[e2e] ${result.reason}\n`);
  if (result.code === EXIT.pass && !opts.keep) {
    fs.rmSync(runDir.dir, { recursive: true, force: true });
  } else {
    say(`logs kept in ${path.relative(process.cwd(), runDir.dir)}`);
  }
  say(`${opts.screenshots ? 'screenshots' : 'in-editor tests'} ${result.code === EXIT.pass ? 'passed' : 'FAILED'} in ${secs} s`);
  if (!opts.screenshots) {
    const passed = lastCount(mochaLines, /^\s*(\d+) passing\b/);
    const failed = lastCount(mochaLines, /^\s*(\d+) failing\b/);
    // The one closing line CI reads: a run that died before mocha's summary counts as a failure.
    const failures = result.code === EXIT.pass ? failed : Math.max(failed, 1);
    process.stdout.write(`e2e: ${passed} passed, ${failures} failed\n`);
  }
  return result.code;
}

function lastCount(lines, re) {
  for (let i = lines.length - 1; i >= 0; i--) {
    for (const l of lines[i].split('\n').reverse()) {
      const m = re.exec(l);
      if (m) return Number(m[1]);
    }
  }
  return 0;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  main().then(
    (code) => process.exit(code),
    (err) => {
      process.stderr.write(`[e2e] ${err.stack ?? err}\n`);
      process.exit(EXIT.usage);
    },
  );
}
