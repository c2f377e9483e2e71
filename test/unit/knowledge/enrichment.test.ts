import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { MarkupContent } from 'vscode-languageserver';
import type { Entity, EntityType } from '../../../server/src/analysis/types';
import { analyze } from '../../../server/src/analysis/analyze';
import { hover } from '../../../server/src/features/hover';
import { builtinKnowledge } from '../../../server/src/knowledge/knowledgeBase';
import { WikipediaEnrichment, fetchSummary, parseSummary, summaryUrl, titleFor, type EnrichmentOptions } from '../../../server/src/knowledge/enrichment';
import { EnrichmentDiskCache, enrichmentCacheDir } from '../../../server/src/knowledge/enrichmentCache';
import { DEFAULT_ENRICHMENT_ENDPOINT, normalizeEnrichmentSettings } from '../../../server/src/knowledge/enrichmentSettings';
import { EnrichmentService } from '../../../server/src/enrichmentService';
import { normalizeSettings } from '../../../server/src/settings';
import { startWikipediaFixture, type WikipediaFixture } from '../../fixtures/wikipedia/fixtureServer';

const entity = (name: string, type: EntityType = 'person', knowledgeId?: string): Entity => ({ id: 'e1', name, type, mentions: [], roles: [], ...(knowledgeId ? { knowledgeId } : {}) });

describe('online enrichment (Wikipedia summaries)', function () {
  this.timeout(10_000);
  let wiki: WikipediaFixture;
  let dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-enrichment-'));
    dirs.push(dir);
    return dir;
  };
  const logs: string[] = [];
  const engine = (options: Partial<EnrichmentOptions> = {}) =>
    new WikipediaEnrichment({ endpoint: wiki.endpoint, timeoutMs: 2000, cacheDir: tempDir(), log: m => logs.push(m), ...options });

  before(async () => { wiki = await startWikipediaFixture(); });
  after(async () => { await wiki.close(); });
  beforeEach(() => { wiki.requests.length = 0; logs.length = 0; });
  afterEach(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    dirs = [];
  });

  it('misses and schedules on the first lookup, and answers from the cache on the next', async () => {
    const e = engine();
    const started = Date.now();
    assert.equal(e.lookup(entity('Halvard Brennick')), undefined);
    assert.ok(Date.now() - started < 50, 'the first lookup does not wait for the network');
    await e.idle();
    const summary = e.lookup(entity('Halvard Brennick'));
    assert.ok(summary);
    assert.equal(summary.title, 'Halvard Brennick');
    assert.match(summary.extract, /^Halvard Brennick \(born 1968\) is a Velmoran diplomat/);
    assert.equal(summary.description, "Velmoran diplomat (invented for Dossier's tests)");
    assert.equal(summary.url, 'https://en.wikipedia.org/wiki/Halvard_Brennick');
    assert.deepEqual(wiki.requests, ['Halvard_Brennick']);
  });

  it('sends one request for two lookups of the same title', async () => {
    const e = engine();
    e.lookup(entity('Halvard Brennick'));
    e.lookup(entity('Halvard Brennick'));
    await e.idle();
    e.lookup(entity('Halvard Brennick'));
    assert.equal(wiki.requests.length, 1);
    assert.equal(e.requests, 1);
  });

  it('keeps summaries and "not found" on disk for a new instance', async () => {
    const cacheDir = tempDir();
    const first = engine({ cacheDir });
    first.lookup(entity('Halvard Brennick'));
    first.lookup(entity('Osric Pellham'));
    await first.idle();
    assert.equal(first.lookup(entity('Osric Pellham')), undefined);
    assert.equal(readdirSync(cacheDir).filter(f => f.endsWith('.json')).length, 2);
    assert.equal(wiki.requests.length, 2);

    const second = engine({ cacheDir });
    assert.equal(second.lookup(entity('Halvard Brennick'))?.title, 'Halvard Brennick');
    assert.equal(second.lookup(entity('Osric Pellham')), undefined);
    await second.idle();
    assert.equal(wiki.requests.length, 2, 'nothing asked again');
    assert.equal(second.requests, 0);
  });

  it('looks a summary up again after 30 days, showing the old one meanwhile', async () => {
    let now = Date.parse('2025-01-01T00:00:00Z');
    const cacheDir = tempDir();
    const first = engine({ cacheDir, now: () => now });
    first.lookup(entity('Halvard Brennick'));
    await first.idle();
    now += 31 * 24 * 60 * 60 * 1000;
    const second = engine({ cacheDir, now: () => now });
    assert.equal(second.lookup(entity('Halvard Brennick'))?.title, 'Halvard Brennick');
    await second.idle();
    assert.equal(wiki.requests.length, 2);
  });

  it('gives no summary and does not crash on a timeout, an oversized answer, non-JSON or a server error', async () => {
    const cacheDir = tempDir();
    const e = engine({ cacheDir, timeoutMs: 200 });
    const names = ['Tarn Wexley', 'Oskar Hale', 'Ida Krumm', 'Ruth Ambley', 'Greta Moll'];
    const started = Date.now();
    for (const name of names) assert.equal(e.lookup(entity(name)), undefined);
    await e.idle();
    assert.ok(Date.now() - started < 1500, 'the slow answer was not waited for');
    for (const name of names) assert.equal(e.lookup(entity(name)), undefined, name);
    await e.idle();
    assert.equal(wiki.requests.length, names.length, 'failures are not retried at once');
    assert.equal(existsSync(cacheDir) ? readdirSync(cacheDir).length : 0, 0, 'failures are not written to disk');
    assert.equal(logs.length, names.length, logs.join('\n'));
    assert.match(logs.join('\n'), /Tarn Wexley.*no answer within 200 ms/);
    assert.match(logs.join('\n'), /Oskar Hale.*larger than 102400 bytes/);
    assert.match(logs.join('\n'), /Ida Krumm.*larger than 102400 bytes/);
    assert.match(logs.join('\n'), /Ruth Ambley.*not JSON \(text\/html\)/);
    assert.match(logs.join('\n'), /Greta Moll.*HTTP 503/);
  });

  it('tries a failed title again after a pause, and logs it only once', async () => {
    let now = 0;
    const e = engine({ timeoutMs: 200, now: () => now });
    e.lookup(entity('Tarn Wexley'));
    await e.idle();
    now += 11 * 60 * 1000;
    e.lookup(entity('Tarn Wexley'));
    await e.idle();
    assert.equal(wiki.requests.length, 2);
    assert.equal(logs.length, 1);
  });

  it('treats a disambiguation page as no summary, and follows a redirect', async () => {
    const e = engine();
    e.lookup(entity('Anna Smith'));
    e.lookup(entity('Hal Brennick'));
    await e.idle();
    assert.equal(e.lookup(entity('Anna Smith')), undefined);
    assert.equal(e.lookup(entity('Hal Brennick'))?.title, 'Halvard Brennick');
  });

  it('runs at most two lookups at once and keeps at most 50 waiting', async () => {
    let running = 0;
    let most = 0;
    const release: Array<() => void> = [];
    const slowFetch = (async () => {
      running++;
      most = Math.max(most, running);
      await new Promise<void>(r => release.push(r));
      running--;
      return new Response('{}', { status: 404 });
    }) as unknown as typeof fetch;
    const e = engine({ fetch: slowFetch });
    for (let i = 0; i < 60; i++) e.lookup(entity(`Person Number${i}`));
    assert.equal(running, 0, 'nothing starts before the hover is answered');
    await new Promise(r => setImmediate(r));
    assert.equal(running, 2);
    assert.equal(e.queued, 48, '50 kept, 2 of them started');
    while (release.length || e.queued) {
      release.splice(0).forEach(r => r());
      await new Promise(r => setTimeout(r, 5));
    }
    await e.idle();
    assert.equal(most, 2);
    assert.equal(e.requests, 50, 'the 10 oldest waiting lookups were dropped');
  });

  it('reads a damaged cache file as a miss', async () => {
    const cacheDir = tempDir();
    const disk = new EnrichmentDiskCache(cacheDir);
    disk.ensureDir();
    writeFileSync(disk.fileFor(wiki.endpoint, 'Halvard Brennick'), '{"version":1,"endp');
    const e = engine({ cacheDir });
    assert.equal(e.lookup(entity('Halvard Brennick')), undefined);
    await e.idle();
    assert.equal(e.lookup(entity('Halvard Brennick'))?.title, 'Halvard Brennick');
  });

  it('fetches only http and https', async () => {
    let called = false;
    const outcome = await fetchSummary('file:///etc/passwd', { timeoutMs: 100, fetch: (async () => { called = true; }) as unknown as typeof fetch });
    assert.equal(outcome.kind, 'error');
    assert.equal(called, false);
  });

  it('keeps plain text only, without bidirectional overrides', () => {
    const result = parseSummary({ type: 'standard', title: 'X Y', extract: 'A\u202Eb\n\nc', extract_html: '<b>A</b>', content_urls: { desktop: { page: 'javascript:alert(1)' } } });
    assert.deepEqual(result, { kind: 'found', summary: { title: 'X Y', extract: 'Ab c' } });
    const long = parseSummary({ title: 'X', extract: `${'word '.repeat(400)}` });
    assert.ok(long?.kind === 'found' && long.summary.extract.length <= 801 && long.summary.extract.endsWith('…'));
  });
});

describe('which names are looked up', () => {
  it('people by full name, organisations and places, never an entity the knowledge base knows', () => {
    assert.equal(titleFor(entity('Halvard Brennick')), 'Halvard Brennick');
    assert.equal(titleFor(entity('Brennick')), undefined);
    assert.equal(titleFor(entity('Velmora', 'place')), 'Velmora');
    assert.equal(titleFor(entity('Brackwater Institute', 'organization')), 'Brackwater Institute');
    assert.equal(titleFor(entity('Vladimir Putin', 'person', 'vladimir-putin')), undefined);
    assert.equal(titleFor(entity('Velmoran', 'nationality')), undefined);
    assert.equal(titleFor(entity('12 March', 'date')), undefined);
    assert.equal(titleFor(entity('A [B] C', 'organization')), undefined);
  });

  it('percent-encodes the title in the request', () => {
    assert.equal(summaryUrl(DEFAULT_ENRICHMENT_ENDPOINT, 'AC/DC Ünïon'), 'https://en.wikipedia.org/api/rest_v1/page/summary/AC%2FDC_%C3%9Cn%C3%AFon');
  });
});

describe('enrichment settings', () => {
  it('are off by default and reach Wikipedia in English', () => {
    assert.deepEqual(normalizeSettings(undefined).enrichment, { enabled: false, endpoint: DEFAULT_ENRICHMENT_ENDPOINT, timeoutMs: 3000 });
  });

  it('take only http(s) endpoints and a bounded timeout', () => {
    assert.equal(normalizeEnrichmentSettings({ endpoint: 'ftp://example.org/' }).endpoint, DEFAULT_ENRICHMENT_ENDPOINT);
    assert.equal(normalizeEnrichmentSettings({ endpoint: 'https://user:pw@example.org/' }).endpoint, DEFAULT_ENRICHMENT_ENDPOINT);
    assert.equal(normalizeEnrichmentSettings({ endpoint: 'http://127.0.0.1:8080/summary' }).endpoint, 'http://127.0.0.1:8080/summary/');
    assert.equal(normalizeEnrichmentSettings({ enabled: 'yes' }).enabled, false);
    assert.equal(normalizeEnrichmentSettings({ timeoutMs: 5 }).timeoutMs, 100);
    assert.equal(normalizeEnrichmentSettings({ timeoutMs: 1e9 }).timeoutMs, 30_000);
    assert.equal(normalizeEnrichmentSettings({ timeoutMs: 'soon' }).timeoutMs, 3000);
  });

  it('keep the cache where the client says, else in the user cache directory', () => {
    assert.equal(enrichmentCacheDir('/home/u/.config/Code/User/globalStorage/dossier.dossier'), '/home/u/.config/Code/User/globalStorage/dossier.dossier/wikipedia');
    assert.equal(enrichmentCacheDir('relative/dir', { XDG_CACHE_HOME: '/xdg' }, 'linux'), '/xdg/dossier/wikipedia');
    assert.equal(enrichmentCacheDir(undefined, {}, 'linux', () => '/home/u'), '/home/u/.cache/dossier/wikipedia');
  });
});

describe('enrichment and workspace trust', () => {
  const counting = () => {
    const calls: string[] = [];
    const fetchStub = (async (url: string) => { calls.push(url); return new Response('{}', { status: 404 }); }) as unknown as typeof fetch;
    return { calls, fetchStub };
  };
  const enabled = normalizeEnrichmentSettings({ enabled: true, endpoint: 'http://127.0.0.1:9/' });
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'dossier-enrichment-trust-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('looks nothing up while off, or in an untrusted workspace until it is trusted', async () => {
    const { calls, fetchStub } = counting();
    const service = new EnrichmentService(() => undefined, { fetch: fetchStub });
    service.initialize({ cacheDir: dir }, normalizeEnrichmentSettings({}));
    service.lookup(entity('Halvard Brennick'));
    service.initialize({ workspaceTrusted: false, cacheDir: dir }, enabled);
    service.lookup(entity('Halvard Brennick'));
    await service.idle();
    assert.deepEqual(calls, []);
    assert.deepEqual(readdirSync(dir), [], 'nothing written either');
    service.trust();
    service.lookup(entity('Halvard Brennick'));
    await service.idle();
    assert.deepEqual(calls, ['http://127.0.0.1:9/Halvard_Brennick']);
  });

  it('runs for an editor that says nothing about trust when the user enabled it', async () => {
    const { calls, fetchStub } = counting();
    const service = new EnrichmentService(() => undefined, { fetch: fetchStub });
    service.initialize({ cacheDir: dir }, enabled);
    service.lookup(entity('Halvard Brennick'));
    await service.idle();
    assert.equal(calls.length, 1);
  });
});

describe('hover with an enrichment lookup', () => {
  const text = 'Foreign Minister Halvard Brennick met Marta Quillfeather and Vladimir Putin.';
  const doc = TextDocument.create('file:///a.news', 'news', 1, text);
  const analysis = analyze(text);
  const hoverOn = (word: string, lookup: Parameters<typeof hover>[4]) => {
    const h = hover(analysis, doc, text.indexOf(word) + 1, builtinKnowledge(), lookup);
    return h ? (h.contents as MarkupContent).value : '';
  };

  it('shows the summary, marked as from Wikipedia, with its link', () => {
    const value = hoverOn('Brennick', () => ({ title: 'Halvard Brennick', extract: 'A Velmoran diplomat.', description: 'diplomat', url: 'https://en.wikipedia.org/wiki/Halvard_Brennick' }));
    assert.match(value, /\*\*From Wikipedia\*\* — Halvard Brennick · \*diplomat\*/);
    assert.match(value, /A Velmoran diplomat\./);
    assert.match(value, /\[Open in Wikipedia\]\(https:\/\/en\.wikipedia\.org\/wiki\/Halvard_Brennick\)/);
  });

  it('does not ask when the knowledge base knows the entity', () => {
    let asked = false;
    const value = hoverOn('Putin', () => { asked = true; return undefined; });
    assert.equal(asked, false);
    assert.match(value, /\*\*Background\*\*/);
  });

  it('escapes everything the answer says, and links only to http(s)', async () => {
    const wiki = await startWikipediaFixture();
    const dir = mkdtempSync(join(tmpdir(), 'dossier-enrichment-hover-'));
    try {
      const e = new WikipediaEnrichment({ endpoint: wiki.endpoint, timeoutMs: 2000, cacheDir: dir });
      assert.doesNotMatch(hoverOn('Quillfeather', e.lookup), /Wikipedia/);
      await e.idle();
      const value = hoverOn('Quillfeather', e.lookup);
      assert.match(value, /From Wikipedia/);
      assert.doesNotMatch(value, /\]\(command:/);
      assert.doesNotMatch(value, /<img|<b>|<script/);
      assert.doesNotMatch(value, /javascript:/);
      assert.doesNotMatch(value, /\u202E/);
      assert.match(value, /\\\*\\\*Loud\\\*\\\*/);
      assert.doesNotMatch(value, /Open in Wikipedia/);
    } finally {
      await wiki.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
