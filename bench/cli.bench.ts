// Throughput of `dossier analyze` on a folder of many small articles, in one process and
// in worker threads. Needs the bundle: `node esbuild.js` first (npm run bench does it).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { median, type Row } from './stats';

const CLI = resolve(__dirname, '../dist/cli.js');
const ARTICLES = 2_000;
const STORIES_PER_ARTICLE = 10;
const RUNS = 3;

// Invented people, places and bodies; the templates are our own.
const PEOPLE = ['Ada Lind', 'Tor Varga', 'Mira Castell', 'Pella Okafor', 'Jonas Ferreby', 'Rhea Falk', 'Ilse Marten', 'Omar Sadek', 'Lena Drost', 'Pavel Kesic'];
const ROLES = ['Foreign Minister', 'Defence Minister', 'Finance Minister', 'Prime Minister', 'opposition leader', 'central bank governor'];
const PLACES = ['Oslo', 'Tromso', 'Bergen', 'Gdansk', 'Tallinn', 'Riga', 'Valletta', 'Porto', 'Lyon', 'Graz'];
const BODIES = ['Nordic Fisheries Council', 'Baltic Shipping Authority', 'Harbour Workers Union', 'Coastal Safety Agency', 'European Commission', 'United Nations'];

type Slots = { person: string; other: string; role: string; place: string; body: string; n: number; day: string };

const TEMPLATES: Array<(s: Slots) => string> = [
  s => `${s.place} talks stall over quotas

${s.role} ${s.person} said on ${s.day} that ${s.place} would not sign the agreement before the winter.

"We will not be rushed into a bad deal," ${s.person} told reporters outside the ministry. "Our boats have waited ${s.n} weeks already."

${s.other}, a spokesman for the ${s.body}, said the talks would resume next month.

Sources close to the negotiations said ${s.n * 3} vessels were affected.
`,
  s => `By ${s.other}

${s.place} — The ${s.body} announced on ${s.day} that it would cut its budget by ${s.n} percent.

${s.person}, the ${s.role.toLowerCase()}, called the decision "short-sighted and unfair to the regions". Critics say the cuts will cost ${s.n * 100} jobs.

It is believed that the plan was drafted in secret.
`,
  s => `Ferry strike ends in ${s.place}

The strike that stopped ferries in ${s.place} for ${s.n} days ended on ${s.day}, the ${s.body} said.

"Everyone wants the boats back," said ${s.person}, who chairs the local council. According to ${s.other}, ${s.n * 40} passengers were stranded at the peak.

Experts warn that the dispute could flare up again in the spring.
`,
];

/**
 * Writes the articles into a fresh temporary folder (in a few subfolders) and returns it.
 * Each article is `stories` short stories about different people and places, one after
 * the other: about 4.5 KB with the default, the size of a typical news article.
 */
export function writeNewsroom(count = ARTICLES, stories = STORIES_PER_ARTICLE): string {
  const root = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
  const story = (n: number) => {
    const pick = <T>(xs: T[], k: number) => xs[(n * k + Math.floor(n / xs.length)) % xs.length];
    const slots: Slots = { person: pick(PEOPLE, 1), other: pick(PEOPLE, 3 + 1), role: pick(ROLES, 5), place: pick(PLACES, 7), body: pick(BODIES, 11), n: 2 + (n % 17), day: pick(days, 13) };
    return TEMPLATES[n % TEMPLATES.length](slots);
  };
  for (let i = 0; i < count; i++) {
    const desk = join(root, `desk-${i % 8}`);
    mkdirSync(desk, { recursive: true });
    const text = Array.from({ length: stories }, (_, k) => story(i * stories + k)).join('\n');
    writeFileSync(join(desk, `story-${String(i).padStart(4, '0')}.news`), text);
  }
  return root;
}

interface RunTime {
  /** Wall time, process start included, in ms. */
  wall: number;
  /** CPU time of all the process' threads (V8's compiler and collector included), in ms; 0 where /proc is missing. */
  cpu: number;
}

/** One `dossier analyze --format json --jobs N PATH...` run. */
function timeRun(paths: string | string[], jobs: number): Promise<RunTime> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CLI, 'analyze', '--format', 'json', '--jobs', String(jobs), ...[paths].flat()], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let cpu = 0;
    // the last reading of the process' CPU time before it ends (/proc/PID/stat, in 1/100 s)
    const poll = setInterval(() => { cpu = processCpuMs(child.pid) ?? cpu; }, 20);
    child.stderr.on('data', d => { stderr += d; });
    child.on('error', reject);
    child.on('close', code => {
      clearInterval(poll);
      if (code === 0) resolvePromise({ wall: performance.now() - started, cpu });
      else reject(new Error(`dossier analyze --jobs ${jobs} exited with ${code}: ${stderr}`));
    });
  });
}

function processCpuMs(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, clock ticks of 10 ms
  } catch {
    return undefined;
  }
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter(e => e.isFile()).reduce((sum, e) => sum + statSync(join(e.parentPath ?? e.path, e.name)).size, 0);
}

/**
 * The machine's ceiling for this very job: `n` separate `--jobs 1` processes, each on its
 * share of the folders, at once (no thread pool, no shared process). Wall time until the last ends.
 */
async function separateProcesses(root: string, n: number): Promise<number> {
  const desks = readdirSync(root).sort().map(d => join(root, d));
  const shares = Array.from({ length: n }, (_, k) => desks.filter((_, i) => i % n === k));
  const started = performance.now();
  await Promise.all(shares.map(share => timeRun(share, 1)));
  return performance.now() - started;
}

/**
 * How much parallel CPU this machine has free right now: `threads` threads of plain
 * arithmetic against one, as a speed-up (ideal: `threads`). On a shared or busy machine
 * it is lower, and so is any parallel figure measured beside it.
 */
async function cpuHeadroom(threads: number): Promise<number> {
  const code = `let x = 0; for (let i = 0; i < 2e8; i++) x = (x + i * 7) % 1000003; require('node:worker_threads').parentPort.postMessage(x);`;
  const spin = async (n: number) => {
    const started = performance.now();
    await Promise.all(Array.from({ length: n }, () => new Promise(done => new Worker(code, { eval: true }).once('message', done))));
    return performance.now() - started;
  };
  const one = await spin(1);
  const many = await spin(threads);
  return (threads * one) / many;
}

/** Files per second analysed by the CLI over 2,000 small articles, with --jobs 1, 2 and one per core. */
export async function cliThroughput(): Promise<Row[]> {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `node esbuild.js` first');
  const cores = availableParallelism();
  const dir = writeNewsroom();
  const kb = (folderBytes(dir) / ARTICLES / 1024).toFixed(1);
  try {
    const settings = [...new Set([1, 2, cores])];
    const medians = new Map<number, number>();
    let coresBusy = 0;
    for (const jobs of settings) {
      const runs: RunTime[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await timeRun(dir, jobs));
      medians.set(jobs, median(runs.map(r => r.wall)));
      if (jobs === 1) coresBusy = median(runs.map(r => r.cpu / r.wall));
    }
    const rate = (ms: number) => ARTICLES / (ms / 1000);
    const sequential = medians.get(1)!;
    const ceiling: number[] = [];
    if (cores > 1) for (let i = 0; i < RUNS; i++) ceiling.push(await separateProcesses(dir, cores));
    const headroom: Row[] = cores > 1 ? [
      { figure: `context: ${cores} threads of plain arithmetic against one on this machine now (ideal ${cores}×)`, value: `${(await cpuHeadroom(cores)).toFixed(2)}× speed-up` },
      ...(coresBusy ? [{ figure: 'context: cores kept busy by --jobs 1 (CPU time over wall time: V8 compiles and collects garbage on threads of its own)', value: `${coresBusy.toFixed(2)}, so ${cores} cores allow at most ${(cores / coresBusy).toFixed(2)}×` }] : []),
      { figure: `context: the same articles split between ${cores} separate --jobs 1 processes run at once (this machine's ceiling for the job), median of ${RUNS}`, value: `${Math.round(rate(median(ceiling))).toLocaleString('en')} files/s (${(sequential / median(ceiling)).toFixed(2)}× --jobs 1)` },
    ] : [];
    return [...headroom, ...settings.map((jobs): Row => {
      const ms = medians.get(jobs)!;
      const label = jobs === 1 ? '--jobs 1 (in process)' : `--jobs ${jobs}${jobs === cores ? ` (one per core, ${cores} cores)` : ''}`;
      const speedup = sequential / ms;
      return {
        figure: `dossier analyze, ${ARTICLES.toLocaleString('en')} articles of about ${kb} KB, ${label}, median of ${RUNS} runs`,
        value: `${Math.round(rate(ms)).toLocaleString('en')} files/s${jobs === 1 ? '' : ` (${speedup.toFixed(2)}× --jobs 1)`}`,
        ...(jobs === cores && cores > 1 ? { target: 'faster than --jobs 1', ok: speedup > 1 } : {}),
      };
    })];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
