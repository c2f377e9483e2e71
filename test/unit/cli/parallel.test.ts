import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BYTES_PER_WORKER, defaultJobs } from '../../../server/src/cli/io';
import { terminalProgress } from '../../../server/src/cli/progress';
import { ALLIANCE_FOLLOW_UP, ALLIANCE_NOTE, AWKWARD_QUOTE, DAM_REPAIRS, HARBOUR_TALKS, QUOTA_DEAL, RESERVOIR_LEVELS, WATER_BOARD_GLOSSARY, folder, run } from './helpers';

const repo = resolve(__dirname, '../../..');
const cli = join(repo, 'dist/cli.js');
const bundledWorker = join(repo, 'dist/cliWorker.js');

/** True when dist/ lacks the CLI bundle or is older than a source it is built from. */
function bundleIsStale(): boolean {
  const built = [cli, bundledWorker].map(f => (existsSync(f) ? statSync(f).mtimeMs : 0));
  const sources = [join(repo, 'esbuild.js'), ...readdirSync(join(repo, 'server/src'), { recursive: true, encoding: 'utf8' }).map(f => join(repo, 'server/src', f))];
  const newest = Math.max(...sources.map(f => statSync(f).mtimeMs));
  return Math.min(...built) < newest;
}

/** Thirty articles from the helpers' templates, with a few bad files among them. */
function newsroom(): string {
  const templates = [HARBOUR_TALKS, QUOTA_DEAL, AWKWARD_QUOTE, ALLIANCE_NOTE, ALLIANCE_FOLLOW_UP];
  const files: Record<string, string | Buffer> = {};
  for (let i = 0; i < 30; i++) files[`desk-${i % 3}/story-${String(i).padStart(2, '0')}.news`] = templates[i % templates.length].replace(/Monday|Friday/g, `day ${i}`);
  files['desk-1/broken.news'] = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]);
  files['desk-2/latin1.txt'] = Buffer.from('Caf\xe9 talks\n', 'latin1');
  return folder(files);
}

/** A stand-in worker speaking the worker protocol: each file takes a random few milliseconds, crash.news kills the thread. */
const FAKE_WORKER = `
const { parentPort, threadId } = require('node:worker_threads');
const { basename } = require('node:path');
const sleep = ms => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
parentPort.on('message', ({ index, file }) => {
  if (basename(file) === 'crash.news') process.exit(3);
  sleep(Math.random() * 15);
  parentPort.postMessage({ type: 'done', index, outcome: { ok: true, file, output: basename(file) + ' thread ' + threadId + '\\n' } });
});
parentPort.postMessage({ type: 'ready' });
`;

describe('parallel analysis in worker threads', function () {
  this.timeout(60_000);
  let root: string;

  before(() => {
    // The parallel path runs the bundled worker: (re)build dist/ unless npm test just did.
    if (bundleIsStale()) execFileSync(process.execPath, ['esbuild.js', '--quiet'], { cwd: repo, stdio: 'inherit' });
    assert.ok(existsSync(bundledWorker), 'esbuild.js builds dist/cliWorker.js');
    root = newsroom();
  });

  it('prints the same bytes, errors and exit code with worker threads as in one process', async () => {
    // Every format renders each document with the same code in a worker as in process
    // (see "document formats printed piece by piece"); these cover the ways results come back.
    const variants = [['--format', 'json'], ['--format', 'markdown'], ['--index', '--format', 'json']];
    for (const options of variants) {
      const sequential = await run(['analyze', ...options, '--jobs', '1', root]);
      assert.equal(sequential.code, 1, 'two bad files');
      assert.equal(sequential.err.split('\n').filter(Boolean).length, 2, sequential.err);
      const jobs = options[1] === 'json' ? '3' : '2';
      const parallel = await run(['analyze', ...options, '--jobs', jobs, root], { workerScript: bundledWorker });
      assert.deepEqual(parallel, sequential, `${options.join(' ')} --jobs ${jobs}`);
    }
  });

  it('runs the built dist/cli.js with worker threads and gives the bytes of --jobs 1', () => {
    const node = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
    const sequential = node('analyze', '--format', 'json', '--jobs', '1', root);
    const parallel = node('analyze', '--format', 'json', '--jobs', '2', root);
    assert.equal(sequential.status, 1);
    assert.equal(JSON.parse(sequential.stdout).documents.length, 30);
    assert.equal(parallel.status, 1);
    assert.equal(parallel.stdout, sequential.stdout);
    assert.equal(parallel.stderr, sequential.stderr);
    const people = node('people', '--jobs', '2', root);
    assert.equal(people.stdout, node('people', '--jobs', '1', root).stdout);
    assert.doesNotMatch(parallel.stderr, /\x1b|█/, 'no progress bar when stderr is not a terminal');
  });

  it('uses a --glossary in worker threads and gives the bytes of --jobs 1', async () => {
    const dir = folder({ 'water.json': WATER_BOARD_GLOSSARY, 'news/a.news': RESERVOIR_LEVELS, 'news/b.news': DAM_REPAIRS, 'news/c.news': HARBOUR_TALKS, 'news/d.news': RESERVOIR_LEVELS.replace('Tuesday', 'Friday') });
    const glossary = join(dir, 'water.json');
    const news = join(dir, 'news');
    const variants = [['--format', 'json'], ['--format', 'markdown'], ['--index', '--format', 'json']];
    for (const options of variants) {
      const sequential = await run(['analyze', ...options, '--glossary', glossary, '--jobs', '1', news]);
      assert.equal(sequential.code, 0, sequential.err);
      assert.match(sequential.out, options[0] === '--index' ? /"knowledgeId": "harrow-valley-water-board"/ : /Regional utility that runs the reservoirs/);
      const parallel = await run(['analyze', ...options, '--glossary', glossary, '--jobs', '2', news], { workerScript: bundledWorker });
      assert.deepEqual(parallel, sequential, `${options.join(' ')} --jobs 2`);
    }
    const node = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
    const sequential = node('analyze', '--format', 'markdown', '--glossary', glossary, '--jobs', '1', news);
    assert.equal(sequential.status, 0, sequential.stderr);
    assert.match(sequential.stdout, /Chair of the water board since 2022\./);
    assert.equal(node('analyze', '--format', 'markdown', '--glossary', glossary, '--jobs', '2', news).stdout, sequential.stdout);
  });

  it('hands results over in input order although workers finish them out of order', async () => {
    const names = Array.from({ length: 40 }, (_, i) => `f${String(i).padStart(2, '0')}.news`);
    const dir = folder(Object.fromEntries(names.map(n => [n, 'x'])));
    const worker = join(dir, 'fake-worker.js');
    writeFileSync(worker, FAKE_WORKER);
    const r = await run(['analyze', '--format', 'text', '--jobs', '3', dir], { workerScript: worker });
    assert.equal(r.code, 0, r.err);
    const lines = r.out.split('\n').filter(line => line.includes('thread'));
    assert.deepEqual(lines.map(line => line.split(' ')[0]), names);
    assert.ok(new Set(lines.map(line => line.split(' ').pop())).size > 1, 'more than one thread did the work');
  });

  it('fails only the file a worker died on, and carries on with a new worker', async () => {
    const dir = folder({ 'a.news': 'x', 'b.news': 'x', 'crash.news': 'x', 'd.news': 'x', 'e.news': 'x', 'f.news': 'x' });
    const worker = join(dir, 'fake-worker.js');
    writeFileSync(worker, FAKE_WORKER);
    const r = await run(['analyze', '--format', 'text', '--jobs', '2', dir], { workerScript: worker });
    assert.equal(r.code, 1);
    assert.equal(r.err, `dossier: ${join(dir, 'crash.news')}: analysis failed: worker thread exited with code 3\n`);
    assert.deepEqual(r.out.split('\n').filter(Boolean).map(line => line.split(' ')[0]), ['a.news', 'b.news', 'd.news', 'e.news', 'f.news']);
  });

  it('analyses in this process, with a warning, when workers cannot start', async () => {
    const dir = folder({ 'a.news': HARBOUR_TALKS, 'b.news': QUOTA_DEAL, 'broken-worker.js': 'throw new Error("cannot load the analysis");' });
    const sequential = await run(['analyze', '--format', 'json', '--jobs', '1', dir]);
    const r = await run(['analyze', '--format', 'json', '--jobs', '2', dir], { workerScript: join(dir, 'broken-worker.js') });
    assert.equal(r.code, 0);
    assert.equal(r.out, sequential.out);
    assert.equal(r.err, 'dossier: worker threads could not start (cannot load the analysis); analysing in this process\n');
  });

  it('analyses in this process, silently, when there is no worker script (running from sources)', async () => {
    const dir = folder({ 'a.news': HARBOUR_TALKS, 'b.news': QUOTA_DEAL });
    const r = await run(['analyze', '--jobs', '2', dir], { workerScript: join(dir, 'no-such-worker.js') });
    assert.deepEqual([r.code, r.err], [0, '']);
  });
});

describe('the number of workers without --jobs', () => {
  it('is one per core, but no more than one per 256 KB of text, so a few articles stay in process', () => {
    const dir = folder({ 'big.news': 'x'.repeat(2.5 * BYTES_PER_WORKER), 'small.news': 'x'.repeat(1000) });
    const big = { file: join(dir, 'big.news') };
    const small = { file: join(dir, 'small.news') };
    assert.equal(defaultJobs([big, small], 8), 2);
    assert.equal(defaultJobs([big, big], 8), 5);
    assert.equal(defaultJobs([big, big], 4), 4);
    assert.equal(defaultJobs([small, small, small], 8), 1);
    assert.equal(defaultJobs([{ file: join(dir, 'missing.news') }, { problem: 'x' }], 8), 1);
  });
});

describe('the progress bar', () => {
  it('appears on a terminal only after a moment, redraws at most ten times a second, and clears itself', () => {
    let clock = 0;
    let screen = '';
    const bar = terminalProgress(s => { screen += s; }, () => clock);
    bar.update(1, 100);
    assert.equal(screen, '', 'nothing in the first 300 ms');
    clock = 400;
    bar.update(50, 100);
    assert.equal(screen, `\r${'█'.repeat(15)}${'░'.repeat(15)} 50/100 files\x1b[K`);
    screen = '';
    clock = 450;
    bar.update(60, 100);
    assert.equal(screen, '', 'not redrawn within 100 ms');
    bar.clear();
    assert.equal(screen, '\r\x1b[K');
    screen = '';
    clock = 460;
    bar.update(61, 100);
    assert.match(screen, /61\/100 files/, 'redrawn at once after being cleared for a message');
    screen = '';
    bar.update(100, 100);
    assert.equal(screen, '\r\x1b[K', 'wiped when done');
  });

  it('is drawn on stderr only when stderr is a terminal, never on stdout', async () => {
    const dir = folder({ 'a.news': HARBOUR_TALKS, 'b.news': QUOTA_DEAL });
    const plain = await run(['analyze', '--format', 'json', dir]);
    const onTerminal = await run(['analyze', '--format', 'json', dir], { errIsTTY: true });
    assert.equal(onTerminal.out, plain.out);
    assert.doesNotMatch(onTerminal.err, /files/, 'a quick run shows no bar');
  });
});
