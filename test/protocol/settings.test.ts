import { strict as assert } from 'node:assert';
import { ConfigurationRequest, PublishDiagnosticsNotification, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { startServer, type TestServer } from './client';

// "reportedly" is an agentless attribution (a hint by default); "experts warn" is vague (information).
const ARTICLE = 'The harbour reportedly closed on Monday.\n\nExperts warn that the ferries will stop.\n';
const URI = 'file:///tmp/settings.news';

/** The codes of the first diagnostics published for URI. */
async function publishedCodes(server: TestServer, diagnostics: PublishDiagnosticsParams[]): Promise<string[]> {
  await server.open(URI, ARTICLE);
  const deadline = Date.now() + 10_000;
  while (!diagnostics.some(d => d.uri === URI) && Date.now() < deadline) await new Promise(r => setTimeout(r, 25));
  // settings pulled after `initialized` re-validate the document: wait for that to settle
  await new Promise(r => setTimeout(r, 400));
  const last = diagnostics.filter(d => d.uri === URI).pop();
  assert.ok(last, 'no diagnostics published');
  return last.diagnostics.map(d => String(d.code)).sort();
}

/** Starts a server with initializationOptions, as a client that can answer workspace/configuration with `answer`. */
async function serverAnswering(answer: unknown) {
  const diagnostics: PublishDiagnosticsParams[] = [];
  const server = await startServer(undefined, undefined, {
    initializationOptions: { sourcing: { minimumSeverity: 'information' } },
    capabilities: { workspace: { configuration: true } },
    onConnection: c => {
      c.onRequest(ConfigurationRequest.type, p => p.items.map(item => (item.section === 'dossier' ? answer : null)));
      c.onNotification(PublishDiagnosticsNotification.type, p => { diagnostics.push(p); });
    },
  });
  return { server, diagnostics };
}

describe('settings from initializationOptions and from workspace/configuration', function () {
  this.timeout(30_000);

  it('keeps the initializationOptions when the client answers null for the dossier section', async () => {
    const { server, diagnostics } = await serverAnswering(null);
    try {
      assert.deepEqual(await publishedCodes(server, diagnostics), ['vague-attribution']);
    } finally {
      await server.close();
    }
  });

  it('uses the pulled settings when the client has a dossier section', async () => {
    const { server, diagnostics } = await serverAnswering({ sourcing: { minimumSeverity: 'hint' } });
    try {
      assert.deepEqual(await publishedCodes(server, diagnostics), ['agentless-attribution', 'vague-attribution']);
    } finally {
      await server.close();
    }
  });
});
