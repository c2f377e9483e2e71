import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ConfigurationRequest, DidChangeWatchedFilesNotification, DidCloseTextDocumentNotification, FileChangeType, HoverRequest,
  RegistrationRequest, SymbolKind, WorkspaceSymbolRequest,
  type Registration, type SymbolInformation,
} from 'vscode-languageserver-protocol/node';
import { startServer, type TestServer } from './client';
import {
  WORKSPACE_INDEX_CHANGED_NOTIFICATION, WORKSPACE_PEOPLE_REQUEST, type WorkspaceIndexStatus, type WorkspacePeople,
} from '../../server/src/protocol';

// Fictional articles, written for this test.
const HARBOUR = 'Velmora harbour to reopen after storm\nHarbour commissioner Tomas Aldern said on Monday that the port would reopen within a week. “We will not wait for the winter,” Aldern told reporters.\n';
const QUOTA = 'Fishing quota talks stall\nTor Varga, a spokesman for the Nordic Fisheries Council, said the talks had stalled. “Nobody gains from empty nets,” Varga said.\n';
const ALLIANCE = 'Alliance ministers meet in Brussels\nForeign minister Ana Lind met NATO officials on Tuesday. “The door remains open,” Lind said.\n';
const GRAIN = 'Grain deal extended\nTrade envoy Mirela Dunca said the deal would hold. “Ships will keep sailing,” Dunca said.\n';
const NOTE = 'Minister Ilse Brand said: “Notes are not articles.”\n';

function workspace(files: Record<string, string>): { dir: string; uri: (path: string) => string; folderUri: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-workspace-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { dir, uri: path => pathToFileURL(join(dir, path)).href, folderUri: pathToFileURL(dir).href };
}

async function until<T>(probe: () => Promise<T> | T, ok: (v: T) => boolean, what: string, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(v).slice(0, 500)}`);
    await new Promise(r => setTimeout(r, 50));
  }
}

const names = (symbols: SymbolInformation[] | null | undefined) => (symbols ?? []).map(s => s.name);

describe('workspace index over stdio', function () {
  this.timeout(60_000);
  let server: TestServer;
  let ws: ReturnType<typeof workspace>;
  const registrations: Registration[] = [];
  const statuses: WorkspaceIndexStatus[] = [];

  before(async () => {
    ws = workspace({
      'harbour.news': HARBOUR, 'north/quota.news': QUOTA, 'north/alliance.news': ALLIANCE,
      'notes/todo.md': NOTE, 'node_modules/pkg/hidden.news': NOTE, '.archive/old.news': NOTE,
    });
    server = await startServer(undefined, undefined, {
      workspaceFolders: [{ uri: ws.folderUri, name: 'ws' }],
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true }, symbol: {} } },
      onConnection: c => {
        c.onRequest(RegistrationRequest.type, p => { registrations.push(...p.registrations); });
        c.onNotification(WORKSPACE_INDEX_CHANGED_NOTIFICATION, (s: WorkspaceIndexStatus) => { statuses.push(s); });
      },
    });
  });
  after(async () => {
    await server?.close();
    rmSync(ws.dir, { recursive: true, force: true });
  });

  const symbols = (query: string) => server.connection.sendRequest(WorkspaceSymbolRequest.type, { query }) as Promise<SymbolInformation[] | null>;
  const people = () => server.connection.sendRequest(WORKSPACE_PEOPLE_REQUEST, {}) as Promise<WorkspacePeople>;
  const indexed = (articles: number) => until(people, p => !p.status.indexing && p.status.articles === articles, `${articles} indexed articles`);
  const notify = (path: string, type: FileChangeType) =>
    server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: ws.uri(path), type }] });

  it('announces workspace symbols and watches the included article files', async () => {
    assert.equal(server.initialize.capabilities.workspaceSymbolProvider, true);
    await indexed(3);
    const watch = registrations.find(r => r.method === DidChangeWatchedFilesNotification.method
      && JSON.stringify(r.registerOptions).includes('**/*.news') && JSON.stringify(r.registerOptions).includes(ws.folderUri));
    assert.ok(watch, JSON.stringify(registrations));
    // the client hears when indexing is done (at most one notification a second while it runs)
    await until(() => statuses, all => all.some(s => !s.indexing && s.articles === 3), 'the notification that indexing is done', 5000);
  });

  it('finds a person in a file that was never opened', async () => {
    const found = (await symbols('varga'))!;
    const varga = found.find(s => s.name === 'Tor Varga')!;
    assert.ok(varga, JSON.stringify(found));
    assert.equal(varga.kind, SymbolKind.Class);
    assert.equal(varga.location.uri, ws.uri('north/quota.news'));
    assert.deepEqual(varga.location.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 9 } });
    const council = (await symbols('fisheries council'))!.find(s => s.name === 'Nordic Fisheries Council');
    assert.equal(council?.kind, SymbolKind.Namespace);
  });

  it('finds a quote by its words, named by its first words, its speaker as container', async () => {
    const found = (await symbols('empty nets'))!;
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].kind, SymbolKind.String);
    assert.equal(found[0].name, 'Nobody gains from empty nets,');
    assert.equal(found[0].containerName, 'Tor Varga');
    assert.equal(found[0].location.uri, ws.uri('north/quota.news'));
    assert.equal(QUOTA.split('\n')[1].slice(found[0].location.range.start.character, found[0].location.range.end.character), 'Nobody gains from empty nets,');
  });

  it('leaves out notes (not in dossier.include), node_modules and hidden folders', async () => {
    assert.deepEqual(names(await symbols('ilse brand')), []);
  });

  it('lists people across articles with their files', async () => {
    const p = await people();
    const lind = p.entries.find(e => e.name === 'Ana Lind')!;
    assert.deepEqual([lind.type, lind.articles, lind.quotes], ['person', 1, 1]);
    assert.deepEqual(lind.files.map(f => [f.uri, f.range.start.line]), [[ws.uri('north/alliance.news'), 1]]);
  });

  it('follows an edit on disk reported by didChangeWatchedFiles', async () => {
    writeFileSync(join(ws.dir, 'north/quota.news'), QUOTA.replace(/Tor Varga/g, 'Helga Varsi').replace(/Varga/g, 'Varsi'));
    await notify('north/quota.news', FileChangeType.Changed);
    await until(() => symbols('varsi'), s => names(s).includes('Helga Varsi'), 'the edited name');
    assert.deepEqual(names(await symbols('tor varga')), []);
  });

  it('adds a created file and drops a deleted one', async () => {
    writeFileSync(join(ws.dir, 'north/grain.news'), GRAIN);
    await notify('north/grain.news', FileChangeType.Created);
    await until(() => symbols('dunca'), s => names(s).includes('Mirela Dunca'), 'the new file');
    unlinkSync(join(ws.dir, 'harbour.news'));
    await notify('harbour.news', FileChangeType.Deleted);
    await until(() => symbols('aldern'), s => !names(s).length, 'the deleted file to disappear');
    await indexed(3);
  });

  it('answers for an open document from its live text, and from the file again once closed', async () => {
    const uri = ws.uri('north/alliance.news');
    await server.open(uri, ALLIANCE.replace(/Ana Lind/g, 'Oona Lindt').replace(/Lind said/, 'Lindt said'));
    await until(() => symbols('lindt'), s => names(s).includes('Oona Lindt'), 'the live text');
    assert.ok(!names(await symbols('ana lind')).includes('Ana Lind'));
    await server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    await until(() => symbols('ana lind'), s => names(s).includes('Ana Lind'), 'the file on disk again');
  });

  it('forgets the files of a deleted folder', async () => {
    rmSync(join(ws.dir, 'north'), { recursive: true, force: true });
    await notify('north', FileChangeType.Deleted);
    await until(() => symbols('dunca'), s => !names(s).length, 'the folder\'s files to disappear');
    assert.equal((await people()).status.articles, 0);
  });
});

describe('workspace index settings pulled from the client', function () {
  this.timeout(60_000);
  let server: TestServer;
  let ws: ReturnType<typeof workspace>;

  before(async () => {
    ws = workspace({ 'harbour.news': HARBOUR, 'notes/todo.md': NOTE, 'drafts/quota.news': QUOTA, 'big.news': `${ALLIANCE}${' '.repeat(1024 * 1024)}` });
    server = await startServer(undefined, undefined, {
      workspaceFolders: [{ uri: ws.folderUri, name: 'ws' }],
      capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: false } } },
      onConnection: c => c.onRequest(ConfigurationRequest.type, p => p.items.map(item => {
        if (item.section === 'dossier.include') return ['**/*.news', 'notes/*.md'];
        if (item.section === 'files.exclude') return { '**/drafts': true, '**/.git': true };
        return null;
      })),
    });
  });
  after(async () => {
    await server?.close();
    rmSync(ws.dir, { recursive: true, force: true });
  });

  it('indexes what dossier.include adds, minus files.exclude and files over 1 MB', async () => {
    const p = await until(() => server.connection.sendRequest(WORKSPACE_PEOPLE_REQUEST, {}) as Promise<WorkspacePeople>,
      r => !r.status.indexing && r.status.articles >= 2, 'the index');
    assert.deepEqual(p.entries.map(e => e.name).sort(), ['Ilse Brand', 'Tomas Aldern']);
    assert.equal(p.status.total, 2);
  });
});

describe('workspace index responsiveness', function () {
  this.timeout(120_000);
  let server: TestServer;
  let ws: ReturnType<typeof workspace>;
  const FILES = 120;

  before(async () => {
    const files: Record<string, string> = {};
    // about 5 KB each, a typical article
    for (let i = 0; i < FILES; i++) files[`batch/${String(i).padStart(3, '0')}.news`] = [HARBOUR, QUOTA, ALLIANCE, GRAIN].join('\n').repeat(6).replace(/Varga/g, `Varga${i}`);
    ws = workspace(files);
    server = await startServer(undefined, undefined, { workspaceFolders: [{ uri: ws.folderUri, name: 'ws' }] });
    await server.open('file:///open/harbour.news', HARBOUR);
  });
  after(async () => {
    await server?.close();
    rmSync(ws.dir, { recursive: true, force: true });
  });

  it('keeps answering other requests quickly while it indexes', async () => {
    const hover = () => server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///open/harbour.news' }, position: { line: 1, character: 24 } });
    await hover(); // the open document analysed
    const waits: number[] = [];
    let status: WorkspacePeople['status'] | undefined;
    const started = Date.now();
    do {
      const t = performance.now();
      await hover();
      waits.push(performance.now() - t);
      const s = performance.now();
      await symbols();
      waits.push(performance.now() - s);
      status = ((await server.connection.sendRequest(WORKSPACE_PEOPLE_REQUEST, { limit: 1 })) as WorkspacePeople).status;
      await new Promise(r => setTimeout(r, 10));
    } while ((status.indexing || status.indexed < FILES) && Date.now() - started < 100_000);
    assert.equal(status.indexed, FILES);
    const worst = Math.max(...waits);
    const sorted = [...waits].sort((a, b) => a - b);
    const p95 = sorted[Math.floor(sorted.length * 0.95)];
    console.log(`      ${FILES} files indexed in ${Date.now() - started} ms; ${waits.length} requests meanwhile, p95 ${p95.toFixed(1)} ms, worst ${worst.toFixed(1)} ms`);
    // The target is that the server's thread never works more than ~50 ms at a stretch
    // (bench/workspaceIndex.ts measures that inside the server). Seen from here the waits
    // also include a busy machine's scheduling, so the bounds leave room; indexing in the
    // server's thread instead of the worker would break them.
    assert.ok(p95 < 100, `p95 wait ${p95.toFixed(0)} ms`);
    assert.ok(worst < 1000, `a request waited ${worst.toFixed(0)} ms`);
  });

  function symbols() {
    return server.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'varga1' });
  }
});
