import { strict as assert } from 'node:assert';
import {
  CancellationTokenSource, DidChangeTextDocumentNotification, HoverRequest, type Hover, type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { startServer, type TestServer } from './client';

const ARTICLE = 'Kremlin spokesman Yuri Belov said talks would go on.\nBelov spoke in Vienna on Monday.\n';
const URI = 'file:///tmp/article.news';
const hoverText = (h: Hover | null) => (h ? (h.contents as MarkupContent).value : '');

describe('language server over stdio', () => {
  let server: TestServer;
  before(async () => { server = await startServer(); });
  after(async () => { await server.close(); });

  it('announces its capabilities and name', () => {
    assert.equal(server.initialize.capabilities.hoverProvider, true);
    assert.equal(server.initialize.serverInfo?.name, 'dossier-ls');
  });

  it('answers a hover on an entity mention of an opened document', async () => {
    await server.open(URI, ARTICLE);
    const h = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: 1, character: 2 } });
    assert.match(hoverText(h), /\*\*Yuri Belov\*\* · Person/);
    assert.deepEqual(h?.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } });
  });

  it('analyses the new version after didChange', async () => {
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } }, text: 'Foreign Minister Ines Duarte' }],
    });
    const h = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: 1, character: 20 } });
    assert.match(hoverText(h), /Ines Duarte/);
  });

  it('answers a cancelled request with a cancellation error or nothing, and keeps serving', async () => {
    const source = new CancellationTokenSource();
    const pending = server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: 0, character: 20 } }, source.token);
    source.cancel();
    // the server may have answered before the cancellation arrived: a hover is also fine
    const outcome = await pending.then(r => (r === null ? 'empty' : hoverText(r) ? 'hover' : 'other'), (e: { code?: number }) => e.code);
    assert.ok(outcome === 'empty' || outcome === 'hover' || outcome === -32800, `unexpected ${JSON.stringify(outcome)}`);
    const h = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: 0, character: 20 } });
    assert.match(hoverText(h), /Yuri Belov/);
  });

  it('answers null for a document that was never opened', async () => {
    const h = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///never.news' }, position: { line: 0, character: 0 } });
    assert.equal(h, null);
  });

  it('survives malformed params with an error or an empty answer', async () => {
    const outcome = await server.connection.sendRequest('textDocument/hover', { textDocument: null, position: 'x' })
      .then(r => r, (e: { code?: number }) => ({ code: e.code }));
    assert.ok(outcome === null || typeof (outcome as { code?: number }).code === 'number', `unexpected ${JSON.stringify(outcome)}`);
    const h = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: 0, character: 20 } });
    assert.match(hoverText(h), /Yuri Belov/);
  });

  it('analyses a 2 MB document in the background and keeps answering on other documents meanwhile', async () => {
    const big = 'Chancellor Rita Vos met President Ivo Dant in Vienna. '.repeat(38_000);
    assert.ok(big.length > 2_000_000);
    await server.open('file:///tmp/big.news', big);
    const position = { line: 0, character: 13 };
    const first = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///tmp/big.news' }, position });
    assert.equal(first, null, 'nothing yet: the analysis runs in the background');
    const t = Date.now();
    const other = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: 0, character: 20 } });
    assert.match(hoverText(other), /Yuri Belov/);
    assert.ok(Date.now() - t < 1000, 'another document is served while the big one is analysed');
    let h: Hover | null = null;
    for (const deadline = Date.now() + 20_000; !h && Date.now() < deadline;) {
      h = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///tmp/big.news' }, position });
      if (!h) await new Promise(r => setTimeout(r, 100));
    }
    assert.match(hoverText(h), /Rita Vos/);
  });

  it('shuts down and exits cleanly', async () => {
    const exited = new Promise<number | null>(r => server.process.once('exit', code => r(code)));
    await server.connection.sendRequest('shutdown');
    await server.connection.sendNotification('exit');
    assert.equal(await exited, 0);
    assert.doesNotMatch(server.stderr(), /Error/);
  });
});
