import { strict as assert } from 'node:assert';
import {
  CodeActionRequest, DidChangeTextDocumentNotification, PublishDiagnosticsNotification,
  type CodeAction, type Diagnostic, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { startServer, type TestServer } from './client';
import { IGNORED_FINDINGS_NOTIFICATION, SOURCING_COMMANDS, type IgnoreFindingArgs } from '../../server/src/actionsProtocol';

const ARTICLE = 'Experts warn that shipping costs will rise.\nSources in Minsk have said the deal is off.\n';
const URI = 'file:///tmp/actions.news';

describe('sourcing quick fixes over stdio', function () {
  this.timeout(20_000);
  let server: TestServer;
  const published: PublishDiagnosticsParams[] = [];
  const latest = () => published.filter(p => p.uri === URI).pop();
  async function nextDiagnostics(after: number, ok: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
    const deadline = Date.now() + 8000;
    for (;;) {
      const p = published.filter(x => x.uri === URI).slice(after).pop();
      if (p && ok(p.diagnostics)) return p.diagnostics;
      if (Date.now() > deadline) throw new Error(`no matching diagnostics: ${JSON.stringify(latest())}`);
      await new Promise(r => setTimeout(r, 50));
    }
  }
  const count = () => published.filter(p => p.uri === URI).length;

  before(async () => {
    server = await startServer(undefined, undefined, {
      initializationOptions: { clientCommands: true },
      onConnection: c => c.onNotification(PublishDiagnosticsNotification.type, p => { published.push(p); }),
    });
    await server.open(URI, ARTICLE);
  });
  after(async () => { await server.close(); });

  it('offers ignore, disable, named-source and show-all fixes for a finding', async () => {
    const diagnostics = await nextDiagnostics(0, d => d.some(x => x.code === 'anonymous-source'));
    const anonymous = diagnostics.find(d => d.code === 'anonymous-source')!;
    const actions = (await server.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI }, range: anonymous.range, context: { diagnostics: [anonymous] },
    })) as CodeAction[];
    const commands = actions.map(a => a.command?.command);
    assert.deepEqual(commands, [SOURCING_COMMANDS.ignoreFinding, SOURCING_COMMANDS.disableRule, SOURCING_COMMANDS.addNamedSource, SOURCING_COMMANDS.showSourcingProblems]);
    assert.ok(actions.every(a => a.kind === 'quickfix'));
    assert.equal(actions[2].title, 'Treat “Sources in Minsk” as a named source');
    assert.deepEqual(actions[0].command?.arguments?.[0], { uri: URI, code: 'anonymous-source', phrase: 'Sources in Minsk have said', claimText: (anonymous.data as { claimText: string }).claimText });
  });

  it('offers nothing for diagnostics that are not Dossier findings, or when only refactorings are asked for', async () => {
    const foreign = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, message: 'x', source: 'other', data: { code: 'anonymous-source', phrase: 'x', claimText: 'y' } };
    assert.deepEqual(await server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: URI }, range: foreign.range, context: { diagnostics: [foreign] } }), []);
    const mine = latest()!.diagnostics[0];
    assert.deepEqual(await server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: URI }, range: mine.range, context: { diagnostics: [mine], only: ['refactor'] } }), []);
  });

  it('leaves out an ignored finding, also after edits elsewhere in the document', async () => {
    const before = latest()!.diagnostics;
    const vague = before.find(d => d.code === 'vague-attribution')!;
    const args: IgnoreFindingArgs = { uri: URI, ...(vague.data as { code: 'vague-attribution'; phrase: string; claimText: string }) };
    const n = count();
    await server.connection.sendNotification(IGNORED_FINDINGS_NOTIFICATION, { uri: URI, entries: [args] });
    const after = await nextDiagnostics(n, d => !d.some(x => x.code === 'vague-attribution'));
    assert.ok(after.some(d => d.code === 'anonymous-source'));
    const m = count();
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: URI, version: 2 }, contentChanges: [{ text: `Markets closed early.\n${ARTICLE}` }],
    });
    const edited = await nextDiagnostics(m, d => d.some(x => x.code === 'anonymous-source'));
    assert.ok(!edited.some(d => d.code === 'vague-attribution'), 'still ignored after the edit');
  });

  it('shows the finding again when the ignore list is cleared, and survives a malformed list', async () => {
    const n = count();
    await server.connection.sendNotification(IGNORED_FINDINGS_NOTIFICATION, { uri: URI, entries: 'nonsense' });
    const back = await nextDiagnostics(n, d => d.some(x => x.code === 'vague-attribution'));
    assert.ok(back.length >= 2);
  });
});

describe('sourcing quick fixes for a client without Dossier commands', () => {
  it('offers none (another editor could not run them)', async () => {
    const server = await startServer();
    try {
      await server.open(URI, ARTICLE);
      const d = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 12 } }, message: 'x', source: 'Dossier', code: 'vague-attribution', data: { code: 'vague-attribution', phrase: 'Experts warn', claimText: 'shipping costs will rise' } };
      const actions = await server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: URI }, range: d.range, context: { diagnostics: [d] } });
      assert.ok(actions === null || actions.length === 0);
      assert.ok(server.initialize.capabilities.codeActionProvider);
    } finally {
      await server.close();
    }
  });
});
