import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HoverRequest, type Hover, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { SERVER, startServer, type TestServer } from './client';
import { WORKSPACE_TRUSTED_NOTIFICATION } from '../../server/src/actionsProtocol';
import { startWikipediaFixture, type WikipediaFixture } from '../fixtures/wikipedia/fixtureServer';

const URI = 'file:///tmp/enrichment.news';
const ARTICLE = 'Foreign Minister Halvard Brennick said the harbour talks would resume on Monday.\nVladimir Putin did not comment.\n';
const AT_BRENNICK = { line: 0, character: ARTICLE.indexOf('Brennick') + 2 };
const hoverText = (h: Hover | null) => (h ? (h.contents as MarkupContent).value : '');
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

async function hoverOnBrennick(server: TestServer): Promise<string> {
  return hoverText(await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: AT_BRENNICK }));
}

async function until<T>(probe: () => Promise<T>, ok: (v: T) => boolean, what: string, ms = 8000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

describe('online enrichment over stdio', function () {
  this.timeout(30_000);
  let wiki: WikipediaFixture;
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-enrichment-ls-'));
    dirs.push(dir);
    return dir;
  };
  const servers: TestServer[] = [];
  const start = async (initializationOptions: unknown, nodeArgs: string[] = []) => {
    const server = await startServer(SERVER, ['--stdio'], { initializationOptions, nodeArgs });
    servers.push(server);
    await server.open(URI, ARTICLE);
    return server;
  };

  before(async () => { wiki = await startWikipediaFixture(); });
  after(async () => {
    await wiki.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    wiki.requests.length = 0;
    wiki.answered.length = 0;
  });
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close();
  });

  it('shows nothing from Wikipedia on the first hover, and the summary on a later one', async () => {
    const cacheDir = tempDir();
    const server = await start({ enrichment: { enabled: true, endpoint: wiki.endpoint, timeoutMs: 2000 }, cacheDir });
    const first = await hoverOnBrennick(server);
    assert.match(first, /\*\*Halvard Brennick\*\* · Person/);
    assert.doesNotMatch(first, /Wikipedia/);
    const later = await until(() => hoverOnBrennick(server), v => /From Wikipedia/.test(v), 'the Wikipedia section');
    assert.match(later, /Velmoran diplomat who has served as foreign minister/);
    assert.match(later, /\[Open in Wikipedia\]\(https:\/\/en\.wikipedia\.org\/wiki\/Halvard_Brennick\)/);
    assert.deepEqual(wiki.requests, ['Halvard_Brennick'], 'one request however many hovers');
    // written to disk just after it is shown
    await until(async () => (existsSync(join(cacheDir, 'wikipedia')) ? readdirSync(join(cacheDir, 'wikipedia')).filter(f => f.endsWith('.json')).length : 0), n => n === 1, 'the cache file');

    // the knowledge base's own entry wins: Putin is never looked up
    const putin = hoverText(await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: 1, character: 12 } }));
    assert.match(putin, /\*\*Background\*\*/);
    await sleep(200);
    assert.deepEqual(wiki.requests, ['Halvard_Brennick']);

    // a restarted server answers from the disk cache at once, asking nothing
    await server.close();
    const again = await start({ enrichment: { enabled: true, endpoint: wiki.endpoint, timeoutMs: 2000 }, cacheDir });
    assert.match(await hoverOnBrennick(again), /From Wikipedia/);
    assert.equal(wiki.requests.length, 1);
  });

  it('sends nothing with the default settings', async () => {
    const cacheDir = tempDir();
    // defaults everywhere (the network itself made to fail), and defaults but for the endpoint
    const defaults = await start({ cacheDir }, ['--require', resolve(__dirname, 'no-network.cjs')]);
    const pointed = await start({ enrichment: { endpoint: wiki.endpoint }, cacheDir });
    for (let i = 0; i < 3; i++) {
      assert.doesNotMatch(await hoverOnBrennick(defaults), /Wikipedia/);
      assert.doesNotMatch(await hoverOnBrennick(pointed), /Wikipedia/);
      await sleep(150);
    }
    assert.equal(wiki.requests.length, 0);
    assert.doesNotMatch(defaults.stderr(), /NETWORK-ATTEMPT/);
    assert.equal(existsSync(join(cacheDir, 'wikipedia')), false, 'no cache written');
  });

  it('sends nothing in an untrusted workspace until the user trusts it', async () => {
    const server = await start({ workspaceTrusted: false, enrichment: { enabled: true, endpoint: wiki.endpoint }, cacheDir: tempDir() });
    for (let i = 0; i < 3; i++) {
      assert.doesNotMatch(await hoverOnBrennick(server), /Wikipedia/);
      await sleep(150);
    }
    assert.equal(wiki.requests.length, 0);
    await server.connection.sendNotification(WORKSPACE_TRUSTED_NOTIFICATION, {});
    await until(() => hoverOnBrennick(server), v => /From Wikipedia/.test(v), 'the Wikipedia section once trusted');
    assert.deepEqual(wiki.requests, ['Halvard_Brennick']);
  });

  it('keeps answering hovers while a lookup is slow', async () => {
    const server = await start({ enrichment: { enabled: true, endpoint: wiki.endpoint, timeoutMs: 5000 }, cacheDir: tempDir() });
    const text = 'Tarn Wexley, the envoy, arrived.\n';
    await server.open('file:///tmp/slow.news', text);
    const at = { textDocument: { uri: 'file:///tmp/slow.news' }, position: { line: 0, character: 2 } };
    for (let i = 0; i < 5; i++) assert.doesNotMatch(hoverText(await server.connection.sendRequest(HoverRequest.type, at)), /Wikipedia/);
    await until(async () => wiki.requests.length, n => n > 0, 'the lookup to start');
    // every hover was answered while the (3-second) lookup was still waiting for its answer
    assert.deepEqual(wiki.answered, []);
    assert.deepEqual(wiki.requests, ['Tarn_Wexley']);
  });
});
