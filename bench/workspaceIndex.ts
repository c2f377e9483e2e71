// `npx tsx bench/workspaceIndex.ts [FILES]` (after `node esbuild.js`): the workspace index
// on a generated workspace of FILES typical articles (default 1000): how long the server's
// thread is blocked while it indexes (the worst wait of a hover sent every few ms), how long
// indexing takes, workspace/symbol and dossier/workspacePeople latency on the full index,
// and the server's memory. Then the same indexing without the worker thread (the fallback).
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, DidOpenTextDocumentNotification, HoverRequest, InitializedNotification, InitializeRequest,
  StreamMessageReader, StreamMessageWriter, WorkspaceSymbolRequest, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { typicalArticle } from './corpus';
import { median, percentile, printTable, type Row } from './stats';
import type { WorkspacePeople } from '../server/src/protocol';

const DIST = resolve(__dirname, '../dist');
const FILES = Number(process.argv[2] ?? 1000);

function makeWorkspace(files: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-ws-'));
  const base = typicalArticle().text;
  for (let i = 0; i < files; i++) {
    const folder = join(dir, `desk${i % 20}`);
    mkdirSync(folder, { recursive: true });
    // a few names differ per article, so that the index has many entries
    writeFileSync(join(folder, `article-${i}.news`), `Envoy Karin Holm${i} said: “Talks ${i} go on.”\n${base}`);
  }
  return dir;
}

const PROBE = resolve(__dirname, 'eventLoopProbe.cjs');
/** The Node.js that runs the server: SERVER_NODE=/path/to/node (23.9 or later also measures the thread's CPU time). */
const SERVER_NODE = process.env.SERVER_NODE ?? process.execPath;

async function start(serverFile: string, folder: string, probeFile: string): Promise<{ connection: ProtocolConnection; pid: number; kill(): void }> {
  const child = spawn(SERVER_NODE, ['--require', PROBE, serverFile, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, DOSSIER_PROBE_FILE: probeFile } });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: {},
    workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'bench' }],
  });
  await connection.sendNotification(InitializedNotification.type, {});
  return { connection, pid: child.pid!, kill: () => child.kill() };
}

const people = (c: ProtocolConnection, limit?: number) => c.sendRequest(WORKSPACE_PEOPLE, limit ? { limit } : {}) as Promise<WorkspacePeople>;
const WORKSPACE_PEOPLE = 'dossier/workspacePeople';

/** Indexes `folder` while a hover is sent every 5 ms; the figures of one run. */
async function indexing(label: string, serverFile: string, folder: string, files: number, detail: boolean): Promise<Row[]> {
  const probeFile = join(folder, '..', `${label.replace(/\W+/g, '-')}-probe.json`);
  const server = await start(serverFile, folder, probeFile);
  const c = server.connection;
  const uri = 'file:///bench/open.news';
  await c.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'news', version: 1, text: typicalArticle().text } });
  const hover = () => c.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 5 } });
  await hover();
  const rssBefore = await rss(server.pid);
  const waits: number[] = [];
  process.kill(server.pid, 'SIGUSR2'); // the probe forgets start-up
  const t0 = performance.now();
  let status = (await people(c, 1)).status;
  let polls = 0;
  while ((status.indexing || status.indexed < files) && performance.now() - t0 < 600_000) {
    const t = performance.now();
    await hover();
    waits.push(performance.now() - t);
    if (++polls % 20 === 0) status = (await people(c, 1)).status;
    await new Promise(r => setTimeout(r, 5));
  }
  const took = performance.now() - t0;
  await new Promise(r => setTimeout(r, 300));
  const probe = JSON.parse(readFileSync(probeFile, 'utf8')) as { count: number; longest: number[]; longestCpu?: number[] };
  rmSync(probeFile, { force: true });
  const rows: Row[] = [
    { figure: `${label}: ${files} articles indexed in`, value: `${(took / 1000).toFixed(1)} s (${(took / files).toFixed(1)} ms per article)` },
    { figure: `${label}: longest callback on the server's thread, wall clock (next ones)`, value: `${probe.longest[0] ?? 0} ms (${probe.longest.slice(1, 5).join(', ')} ms)`, target: '≤ 50 ms', ok: (probe.longest[0] ?? 0) <= 50 },
    ...(probe.longestCpu ? [{ figure: `${label}: longest callback on the server's thread, its CPU time (next ones)`, value: `${probe.longestCpu[0] ?? 0} ms (${probe.longestCpu.slice(1, 5).join(', ')} ms)`, target: '≤ 50 ms', ok: (probe.longestCpu[0] ?? 0) <= 50 }] : []),
    { figure: `${label}: hover while indexing, worst wait seen by the client (p95, median)`, value: `${Math.max(...waits).toFixed(1)} ms (${percentile(waits, 95).toFixed(1)} ms, ${median(waits).toFixed(1)} ms; ${waits.length} hovers)` },
  ];
  if (detail) {
    const timed = async (what: () => Promise<unknown>, n = 20) => {
      const times: number[] = [];
      for (let i = 0; i < n; i++) {
        const t = performance.now();
        await what();
        times.push(performance.now() - t);
      }
      return times;
    };
    for (const query of ['holm12', 'peskov', 'talks go', 'e', '']) {
      let count = 0;
      const times = await timed(async () => { count = ((await c.sendRequest(WorkspaceSymbolRequest.type, { query })) ?? []).length; });
      rows.push({ figure: `workspace/symbol "${query}" (${count} results), median (p95)`, value: `${median(times).toFixed(1)} ms (${percentile(times, 95).toFixed(1)} ms)`, target: '≤ 100 ms', ok: percentile(times, 95) <= 100 });
    }
    await c.sendNotification('workspace/didChangeWatchedFiles', { changes: [] }); // nothing changes: the people index stays cached
    const first = await timed(() => people(c), 1);
    const again = await timed(() => people(c), 10);
    const p = await people(c);
    rows.push({ figure: `dossier/workspacePeople (${p.entries.length} entries${p.truncated ? `, ${p.truncated} more` : ''}), first (then cached)`, value: `${first[0].toFixed(0)} ms (${median(again).toFixed(0)} ms)` });
    const after = await rss(server.pid);
    // the index worker stops 30 s after its last file, giving its memory back
    await new Promise(r => setTimeout(r, 32_000));
    rows.push({ figure: 'server memory (RSS) before → after indexing → 30 s later (worker stopped)', value: `${rssBefore} → ${after} → ${await rss(server.pid)}` });
  }
  server.kill();
  return rows;
}

async function rss(pid: number): Promise<string> {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Number.isFinite(kb) ? `${(kb / 1024).toFixed(0)} MB` : 'n/a';
  } catch {
    return 'n/a';
  }
}

async function main() {
  console.log(`# Workspace index — server on ${SERVER_NODE === process.execPath ? `node ${process.version}` : SERVER_NODE}, ${FILES} generated articles of ${typicalArticle().text.length} characters`);
  const folder = makeWorkspace(FILES);
  // the fallback: the same server bundle with no worker scripts beside it
  const bare = mkdtempSync(join(tmpdir(), 'dossier-bench-noworker-'));
  copyFileSync(join(DIST, 'server.js'), join(bare, 'server.js'));
  try {
    const rows = await indexing('worker thread', join(DIST, 'server.js'), folder, FILES, true);
    const small = Math.min(FILES, 200);
    const fallbackFolder = makeWorkspace(small);
    rows.push(...await indexing('no worker (fallback)', join(bare, 'server.js'), fallbackFolder, small, false));
    rmSync(fallbackFolder, { recursive: true, force: true });
    printTable('Workspace index', rows);
  } finally {
    rmSync(folder, { recursive: true, force: true });
    rmSync(bare, { recursive: true, force: true });
  }
}

main().catch(e => { console.error(e); process.exit(1); });
