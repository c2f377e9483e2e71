import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import {
  createProtocolConnection, DidOpenTextDocumentNotification, DocumentSymbolRequest, HoverRequest, InitializedNotification,
  InitializeRequest, PublishDiagnosticsNotification, StreamMessageReader, StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { documentOfSize, typicalArticle } from './corpus';
import { median, percentile, type Row } from './stats';

const SERVER = resolve(__dirname, '../dist/server.js');

/** Server start, hover and symbol latency on a cached analysis, blocking on a 5 MB document, memory. */
export async function protocolFigures(): Promise<Row[]> {
  const started = performance.now();
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
  const ready = performance.now() - started;
  await connection.sendNotification(InitializedNotification.type, {});
  const { text } = typicalArticle();
  const uri = 'file:///bench/article.news';
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'news', version: 1, text } });
  const position = { line: 1, character: 5 };
  await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  const hovers: number[] = [];
  const symbols: number[] = [];
  for (let i = 0; i < 200; i++) {
    let t = performance.now();
    await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    hovers.push(performance.now() - t);
    t = performance.now();
    await connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    symbols.push(performance.now() - t);
  }
  // a 5 MB document: it is analysed in the background (its first part published first)
  // while hovers on the small article keep being answered
  const big = documentOfSize(5_000_000);
  const bigUri = 'file:///bench/big.news';
  const published: number[] = [];
  const t0 = performance.now();
  connection.onNotification(PublishDiagnosticsNotification.type, p => { if (p.uri === bigUri) published.push(performance.now() - t0); });
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: bigUri, languageId: 'news', version: 1, text: big } });
  const waits: number[] = [];
  while (published.length < 2 && performance.now() - t0 < 60_000) {
    const t = performance.now();
    await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    waits.push(performance.now() - t);
    await new Promise(r => setTimeout(r, 5));
  }
  const rss = await residentMemory(child.pid!);
  child.kill();
  const p95h = percentile(hovers, 95), p95s = percentile(symbols, 95), worstWait = Math.max(...waits);
  return [
    { figure: 'server ready (spawn to initialize result)', value: `${ready.toFixed(0)} ms`, target: '≤ 500 ms', ok: ready <= 500 },
    { figure: 'hover on a cached analysis, p95 (median)', value: `${p95h.toFixed(2)} ms (${median(hovers).toFixed(2)} ms)`, target: '≤ 5 ms', ok: p95h <= 5 },
    { figure: 'document symbols on a cached analysis, p95 (median)', value: `${p95s.toFixed(2)} ms (${median(symbols).toFixed(2)} ms)`, target: '≤ 5 ms', ok: p95s <= 5 },
    { figure: '5 MB document: first diagnostics (first part) after opening', value: published[0] === undefined ? 'none' : `${published[0].toFixed(0)} ms` },
    { figure: '5 MB document: diagnostics for all it analyses (first 1,000,000 characters) after', value: published[1] === undefined ? 'none in 60 s' : `${published[1].toFixed(0)} ms` },
    { figure: '5 MB document: hovers on another document meanwhile, longest wait (p95)', value: `${worstWait.toFixed(0)} ms (${percentile(waits, 95).toFixed(0)} ms, ${waits.length} hovers)`, target: '≤ 50 ms', ok: worstWait <= 50 },
    { figure: 'server resident memory with the 5 MB document open', value: `${rss.toFixed(0)} MB`, target: '< 250 MB', ok: rss < 250 },
  ];
}

async function residentMemory(pid: number): Promise<number> {
  const { readFileSync } = await import('node:fs');
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}
