import { strict as assert } from 'node:assert';
import { DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, HoverRequest, type Hover, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { startServer, type TestServer } from './client';

const hoverText = (h: Hover | null) => (h ? (h.contents as MarkupContent).value : '');
const PARAGRAPH = 'Chancellor Rita Vos met President Ivo Dant in Vienna on Monday, officials said.\n';
const URI = 'file:///tmp/long-edited.news';

// A document over the inline limit is analysed in the worker thread, which keeps an
// incremental analyzer per document: each edit is analysed again from what it left valid.
describe('editing a long document analysed in the background', function () {
  this.timeout(60_000);
  let server: TestServer;
  before(async () => { server = await startServer(); });
  after(async () => { await server.close(); });

  /** The hover at a position once the analysis of the current version is there (null until then). */
  async function hoverWhenReady(line: number, character: number, test: (text: string) => boolean): Promise<string> {
    let text = '';
    for (const deadline = Date.now() + 30_000; Date.now() < deadline;) {
      text = hoverText(await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line, character } }));
      if (test(text)) return text;
      await new Promise(r => setTimeout(r, 50));
    }
    return text;
  }

  it('shows the analysis of each new version, edit after edit, and forgets the document when it closes', async () => {
    const lines = 4000; // about 320 KB
    await server.open(URI, PARAGRAPH.repeat(lines));
    assert.match(await hoverWhenReady(2000, 16, t => /Rita Vos/.test(t)), /Rita Vos/);
    // rename the chancellor in one paragraph in the middle, version after version
    for (const [version, name] of [[2, 'Rita Vok'], [3, 'Rita Vol'], [4, 'Rita Vos']] as const) {
      await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri: URI, version },
        contentChanges: [{ range: { start: { line: 2000, character: 11 }, end: { line: 2000, character: 19 } }, text: name }],
      });
      assert.match(await hoverWhenReady(2000, 16, t => t.includes(name)), new RegExp(name));
    }
    assert.match(await hoverWhenReady(1999, 16, t => /Rita Vos/.test(t)), /Rita Vos/);
    await server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: URI } });
    // the server goes on serving other documents
    await server.open('file:///tmp/short.news', PARAGRAPH);
    const h = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///tmp/short.news' }, position: { line: 0, character: 16 } });
    assert.match(hoverText(h), /Rita Vos/);
    assert.doesNotMatch(server.stderr(), /Error/);
  });
});
