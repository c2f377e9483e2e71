import { strict as assert } from 'node:assert';
import {
  DefinitionRequest, DocumentSymbolRequest, PublishDiagnosticsNotification, ReferencesRequest, SemanticTokensRequest,
  type Location, type PublishDiagnosticsParams, type DocumentSymbol,
} from 'vscode-languageserver-protocol/node';
import { startServer, type TestServer } from './client';
import { OVERVIEW_REQUEST, BRIEF_REQUEST, type Overview, type BriefResult } from '../../server/src/protocol';

const ARTICLE = [
  'Ports stay shut as talks stall',
  'Harbour minister Lea Brandt said on Monday that the ports would stay shut. “We cannot open them yet,” Brandt told reporters.',
  'Experts warn that shipping costs will rise.',
].join('\n');
const URI = 'file:///tmp/ports.news';

describe('language features over stdio', () => {
  let server: TestServer;
  const diagnostics: PublishDiagnosticsParams[] = [];
  before(async () => {
    server = await startServer();
    server.connection.onNotification(PublishDiagnosticsNotification.type, p => { diagnostics.push(p); });
    await server.open(URI, ARTICLE);
  });
  after(async () => { await server.close(); });

  it('publishes sourcing diagnostics for the opened version', async () => {
    const deadline = Date.now() + 5000;
    while (!diagnostics.some(d => d.uri === URI) && Date.now() < deadline) await new Promise(r => setTimeout(r, 50));
    const published = diagnostics.filter(d => d.uri === URI).pop();
    assert.ok(published, 'no diagnostics published');
    assert.equal(published.version, 1);
    for (const d of published.diagnostics) {
      assert.equal(d.source, 'Dossier');
      assert.equal(typeof d.code, 'string');
      assert.ok(String(d.message).length > 10);
    }
  });

  it('answers document symbols, definition and references', async () => {
    const symbols = (await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } })) as DocumentSymbol[];
    assert.ok(Array.isArray(symbols));
    const def = (await server.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: URI }, position: { line: 1, character: 104 } })) as Location;
    assert.deepEqual(def?.range, { start: { line: 1, character: 17 }, end: { line: 1, character: 27 } });
    const refs = await server.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: URI }, position: { line: 1, character: 20 }, context: { includeDeclaration: true } });
    assert.ok((refs?.length ?? 0) >= 2);
  });

  it('answers semantic tokens in whole groups of five', async () => {
    const tokens = await server.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: URI } });
    assert.ok(tokens && tokens.data.length > 0 && tokens.data.length % 5 === 0);
  });

  it('answers the overview and the reading brief, and null for unknown documents', async () => {
    const overview = await server.connection.sendRequest<Overview>(OVERVIEW_REQUEST, { textDocument: { uri: URI } });
    assert.ok(overview.entities.some(e => e.name === 'Lea Brandt' && e.role === 'Harbour minister'));
    const brief = await server.connection.sendRequest<BriefResult>(BRIEF_REQUEST, { textDocument: { uri: URI } });
    assert.match(brief.markdown, /^# Reading brief: Ports stay shut as talks stall/);
    assert.equal(await server.connection.sendRequest(OVERVIEW_REQUEST, { textDocument: { uri: 'file:///nope.news' } }), null);
  });
});
