import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DidChangeWatchedFilesNotification, FileChangeType, HoverRequest, PublishDiagnosticsNotification, RegistrationRequest,
  type Hover, type MarkupContent, type PublishDiagnosticsParams, type Registration,
} from 'vscode-languageserver-protocol/node';
import { startServer, type TestServer } from './client';
import { WORKSPACE_TRUSTED_NOTIFICATION } from '../../server/src/actionsProtocol';

const ARTICLE = 'Harbour commissioner Tomas Aldern said the port would reopen.\nVladimir Putin did not comment.\n';
const hoverText = (h: Hover | null) => (h ? (h.contents as MarkupContent).value : '');
const GOOD = JSON.stringify({
  entries: [
    { id: 'tomas-aldern', name: 'Tomas Aldern', type: 'person', aliases: ['Aldern'], summary: 'Fictional harbour commissioner of Velmora, in charge of the port since 2021.', roles: [{ title: 'Harbour commissioner of Velmora', asOf: '2025-05' }] },
    { id: 'vladimir-putin', name: 'Vladimir Putin', type: 'person', aliases: ['Putin'], summary: 'Replaced by the workspace glossary for this test.' },
  ],
}, null, 2);

/** A temporary workspace folder with a `.dossier/glossary.json`. */
function workspace(glossary: string): { dir: string; file: string; uri: string; folderUri: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-glossary-'));
  mkdirSync(join(dir, '.dossier'));
  const file = join(dir, '.dossier', 'glossary.json');
  writeFileSync(file, glossary);
  return { dir, file, uri: pathToFileURL(file).href, folderUri: pathToFileURL(dir).href };
}

async function until<T>(probe: () => Promise<T> | T, ok: (v: T) => boolean, what: string, ms = 8000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 50));
  }
}

describe('user glossary over stdio', function () {
  this.timeout(30_000);
  let server: TestServer;
  let ws: ReturnType<typeof workspace>;
  const diagnostics: PublishDiagnosticsParams[] = [];
  const registrations: Registration[] = [];
  let article: string;

  before(async () => {
    ws = workspace(GOOD);
    article = pathToFileURL(join(ws.dir, 'article.news')).href;
    server = await startServer(undefined, undefined, {
      workspaceFolders: [{ uri: ws.folderUri, name: 'ws' }],
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true } } },
      onConnection: c => {
        c.onRequest(RegistrationRequest.type, p => { registrations.push(...p.registrations); });
        c.onNotification(PublishDiagnosticsNotification.type, p => { diagnostics.push(p); });
      },
    });
    await server.open(article, ARTICLE);
  });
  after(async () => {
    await server.close();
    rmSync(ws.dir, { recursive: true, force: true });
  });

  const hoverAt = (line: number, character: number) => server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: article }, position: { line, character } });
  const changed = () => server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: ws.uri, type: FileChangeType.Changed }] });
  const latestFor = (uri: string) => diagnostics.filter(d => d.uri === uri).pop();

  it('shows a glossary entry in the hover of a name it adds', async () => {
    const h = await until(() => hoverAt(0, 24), h => /Velmora/.test(hoverText(h)), 'the glossary hover');
    assert.match(hoverText(h), /Fictional harbour commissioner of Velmora/);
    assert.match(hoverText(h), /as of 2025-05/);
  });

  it('replaces a built-in entry with the same id', async () => {
    const h = await hoverAt(1, 3);
    assert.match(hoverText(h), /Replaced by the workspace glossary/);
  });

  it('applies the glossary to a long document analysed in the background too', async () => {
    const long = pathToFileURL(join(ws.dir, 'long.news')).href;
    await server.open(long, `${ARTICLE}\n${'The port stayed shut for another week while talks went on.\n'.repeat(2000)}`);
    const hover = () => server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: long }, position: { line: 0, character: 24 } });
    const h = await until(hover, h => !!h, 'the long document\'s analysis', 20_000);
    assert.match(hoverText(h), /Fictional harbour commissioner of Velmora/);
  });

  it('asks the client to watch workspace glossaries', () => {
    const watchers = registrations.filter(r => r.method === DidChangeWatchedFilesNotification.method)
      .flatMap(r => (r.registerOptions as { watchers: Array<{ globPattern: unknown }> }).watchers);
    assert.ok(watchers.some(w => w.globPattern === '**/.dossier/glossary.json'), JSON.stringify(registrations));
  });

  it('publishes no problems for a valid glossary', async () => {
    const d = (await until(() => latestFor(ws.uri), d => !!d, 'glossary diagnostics'))!;
    assert.deepEqual(d.diagnostics, []);
  });

  it('reports bad JSON as a diagnostic on the glossary file and keeps serving', async () => {
    writeFileSync(ws.file, '{\n  "entries": [\n    { "name": "X", }\n  ]\n}\n');
    await changed();
    const d = (await until(() => latestFor(ws.uri), d => !!d && d.diagnostics.length > 0, 'a JSON error'))!;
    assert.equal(d.diagnostics[0].source, 'Dossier');
    assert.equal(d.diagnostics[0].severity, 1);
    assert.match(String(d.diagnostics[0].message), /Trailing comma/);
    assert.deepEqual(d.diagnostics[0].range, { start: { line: 2, character: 17 }, end: { line: 2, character: 18 } }, "on the trailing comma");
    // the glossary no longer applies, and the server still answers
    const h = await until(() => hoverAt(1, 3), h => /President of Russia/.test(hoverText(h)), 'the built-in entry back');
    assert.doesNotMatch(hoverText(h), /Replaced by the workspace glossary/);
  });

  it('reports a bad entry where it is, and still loads the good ones', async () => {
    writeFileSync(ws.file, JSON.stringify({ entries: [JSON.parse(GOOD).entries[0], { name: 'Nobody', type: 'robot', summary: 'x' }] }, null, 2));
    await changed();
    const d = (await until(() => latestFor(ws.uri), d => !!d && d.diagnostics.some(x => /type/.test(String(x.message))), 'an entry error'))!;
    const problem = d.diagnostics.find(x => /type/.test(String(x.message)))!;
    const lines = JSON.stringify({ entries: [JSON.parse(GOOD).entries[0], { name: 'Nobody', type: 'robot', summary: 'x' }] }, null, 2).split('\n');
    assert.equal(lines[problem.range.start.line].trim(), '"type": "robot",');
    const h = await until(() => hoverAt(0, 24), h => /Velmora/.test(hoverText(h)), 'the good entry');
    assert.match(hoverText(h), /Tomas Aldern/);
  });

  it('clears the glossary problems when the file is fixed', async () => {
    writeFileSync(ws.file, GOOD);
    await changed();
    await until(() => latestFor(ws.uri), d => !!d && d.diagnostics.length === 0, 'cleared diagnostics');
  });
});

describe('user glossary in an untrusted workspace', function () {
  this.timeout(30_000);
  let server: TestServer;
  let ws: ReturnType<typeof workspace>;
  let article: string;

  before(async () => {
    ws = workspace(GOOD);
    article = pathToFileURL(join(ws.dir, 'article.news')).href;
    server = await startServer(undefined, undefined, {
      workspaceFolders: [{ uri: ws.folderUri, name: 'ws' }],
      initializationOptions: { workspaceTrusted: false },
    });
    await server.open(article, ARTICLE);
  });
  after(async () => {
    await server.close();
    rmSync(ws.dir, { recursive: true, force: true });
  });

  it('ignores the workspace glossary until the workspace is trusted', async () => {
    const hover = () => server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: article }, position: { line: 1, character: 3 } });
    await new Promise(r => setTimeout(r, 500));
    assert.match(hoverText(await hover()), /President of Russia/);
    await server.connection.sendNotification(WORKSPACE_TRUSTED_NOTIFICATION, {});
    const h = await until(hover, h => /Replaced by the workspace glossary/.test(hoverText(h)), 'the glossary after trust');
    assert.ok(h);
  });
});
