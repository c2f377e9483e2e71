import { strict as assert } from 'node:assert';
import { resolve } from 'node:path';
import {
  CancellationTokenSource, DidChangeConfigurationNotification, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification,
  DocumentSymbolRequest, HoverRequest, InlayHintRequest, ReferencesRequest, SemanticTokensRequest, DefinitionRequest,
  DocumentHighlightRequest, type MarkupContent, type Hover,
} from 'vscode-languageserver-protocol/node';
import { SERVER, startServer, type TestServer } from './client';
import { OVERVIEW_REQUEST, BRIEF_REQUEST } from '../../server/src/protocol';

const URI = 'file:///tmp/burst.news';
const BASE = 'Defence Minister Omar Saleh said the border is calm.\n';
const hoverText = (h: Hover | null) => (h ? (h.contents as MarkupContent).value : '');

async function stillServes(server: TestServer, uri = URI) {
  const h = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 20 } });
  assert.match(hoverText(h), /Omar Saleh/);
}

describe('protocol abuse: the server answers or errors cleanly and keeps serving', function () {
  this.timeout(60_000);
  let server: TestServer;
  before(async () => {
    server = await startServer(SERVER, ['--stdio'], { nodeArgs: ['--require', resolve(__dirname, 'no-network.cjs')] });
    await server.open(URI, BASE);
  });
  after(async () => { await server.close(); });

  it('takes 1,000 didChange notifications in a burst', async () => {
    for (let v = 2; v <= 1001; v++) {
      void server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri: URI, version: v },
        contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: v % 2 ? 'x' : 'Meanwhile, Rome agreed. ' }],
      });
    }
    await stillServes(server);
  });

  it('survives changes with versions out of order and ranges past the end', async () => {
    for (const version of [5, 3, 9999, -1]) {
      void server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri: URI, version }, contentChanges: [{ range: { start: { line: 900, character: 5 }, end: { line: 901, character: 0 } }, text: 'z' }],
      });
    }
    await stillServes(server);
  });

  it('answers requests for closed and unknown documents with nothing', async () => {
    await server.open('file:///tmp/closing.news', BASE);
    await server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: 'file:///tmp/closing.news' } });
    const h = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///tmp/closing.news' }, position: { line: 0, character: 20 } });
    assert.equal(h, null);
    assert.equal(await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: 'file:///tmp/closing.news' } }), null);
  });

  it('handles cancellation of every request kind', async () => {
    const td = { textDocument: { uri: URI } };
    const pos = { ...td, position: { line: 0, character: 20 } };
    const requests: Array<[string, unknown]> = [
      [HoverRequest.method, pos], [DefinitionRequest.method, pos], [DocumentHighlightRequest.method, pos],
      [ReferencesRequest.method, { ...pos, context: { includeDeclaration: true } }], [DocumentSymbolRequest.method, td],
      [SemanticTokensRequest.method, td], [InlayHintRequest.method, { ...td, range: { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } } }],
      [OVERVIEW_REQUEST, td], [BRIEF_REQUEST, td],
    ];
    for (const [method, params] of requests) {
      const source = new CancellationTokenSource();
      const pending = server.connection.sendRequest(method, params, source.token);
      source.cancel();
      await pending.then(() => undefined, (e: { code?: number }) => assert.equal(e.code, -32800, `${method}: ${JSON.stringify(e)}`));
    }
    await stillServes(server);
  });

  it('ignores invalid settings values', async () => {
    for (const settings of [null, 42, 'loud', { dossier: { sourcing: { severity: { 'vague-attribution': 'scream' } }, maxDocumentLength: 'big' } }, { dossier: [] }]) {
      await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings });
    }
    await stillServes(server);
  });

  it('made no network request with the default configuration', () => {
    assert.doesNotMatch(server.stderr(), /NETWORK-ATTEMPT/);
  });
});

describe('a binary file opened by mistake', () => {
  it('is skipped with a notice, and the server keeps serving', async () => {
    const server = await startServer();
    const messages: string[] = [];
    server.connection.onNotification('window/showMessage', (p: { message: string }) => { messages.push(p.message); });
    try {
      await server.open('file:///tmp/photo.news', 'JFIF\u0000\u0000\u0001Paris Berlin Rome\u0000');
      const h = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///tmp/photo.news' }, position: { line: 0, character: 9 } });
      assert.equal(h, null);
      for (const deadline = Date.now() + 3000; !messages.length && Date.now() < deadline;) await new Promise(r => setTimeout(r, 50));
      assert.match(messages.join('\n'), /skipped photo\.news: it looks like a binary file/);
      await server.open(URI, BASE);
      await stillServes(server);
    } finally {
      await server.close();
    }
  });
});
