import { strict as assert } from 'node:assert';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { DEFAULT_MAX_BYTES, fetchPage, PageFetchError, parseHttpUrl, type FetchErrorCode } from '../../../client/src/articleImport/fetchPage';
import { page, startPageServer, type PageServer } from './pageServer';

/** Runs `fn`, expecting a PageFetchError with this code; returns it. */
async function rejectsWith(code: FetchErrorCode, fn: () => Promise<unknown>): Promise<PageFetchError> {
  try {
    await fn();
  } catch (e) {
    assert.ok(e instanceof PageFetchError, `not a PageFetchError: ${(e as Error)?.stack ?? e}`);
    assert.equal(e.code, code, `expected ${code}, got ${e.code}: ${e.message}`);
    return e;
  }
  assert.fail(`expected a ${code} error, but the fetch succeeded`);
}

describe('article import: fetchPage (against a local server)', function () {
  this.timeout(20_000);
  let server: PageServer;
  before(async () => { server = await startPageServer(); });
  after(async () => { await server.close(); });

  it('fetches an HTML page and decodes it as UTF-8', async () => {
    const result = await fetchPage(`${server.origin}/article`);
    assert.equal(result.html, page('article.html').toString('utf8'));
    assert.equal(result.url, `${server.origin}/article`);
    assert.equal(result.redirects, 0);
    assert.match(result.contentType, /^text\/html/);
    assert.ok(result.html.includes('Ana Kovač'));
  });

  it('decodes the charset a page declares in a meta tag', async () => {
    const result = await fetchPage(`${server.origin}/latin1`);
    assert.ok(result.html.includes('Kovaè and Renée met in Brël'), result.html);
  });

  it('follows a chain of five redirects (301, 302, 303, 307, 308; relative and absolute) and reports where it ended', async () => {
    const result = await fetchPage(`${server.origin}/hop/5`);
    assert.equal(result.redirects, 5);
    assert.equal(result.url, `${server.origin}/hop/0`);
    assert.equal(result.requestedUrl, `${server.origin}/hop/5`);
    assert.ok(result.html.includes('Delta states agree'));
  });

  it('stops after more than five redirects', async () => {
    const e = await rejectsWith('too-many-redirects', () => fetchPage(`${server.origin}/hop/6`));
    assert.match(e.message, /more than 5 times/);
  });

  it('refuses a redirect to a non-http address, and one with no Location', async () => {
    await rejectsWith('invalid-url', () => fetchPage(`${server.origin}/to-file`));
    await rejectsWith('http-status', () => fetchPage(`${server.origin}/redirect-without-location`));
  });

  it('refuses JSON and binary responses by their content type', async () => {
    const json = await rejectsWith('not-html', () => fetchPage(`${server.origin}/data.json`));
    assert.match(json.message, /application\/json/);
    const png = await rejectsWith('not-html', () => fetchPage(`${server.origin}/image.png`));
    assert.match(png.message, /image\/png/);
  });

  it('sniffs a response with no content type: HTML is read, binary data refused', async () => {
    await rejectsWith('not-html', () => fetchPage(`${server.origin}/untyped-binary`));
    const result = await fetchPage(`${server.origin}/untyped-html`);
    assert.ok(result.html.includes('Delta states agree'));
  });

  it('reports an HTTP error status', async () => {
    const e = await rejectsWith('http-status', () => fetchPage(`${server.origin}/missing`));
    assert.match(e.message, /404/);
  });

  it('refuses a body whose declared length is over the limit without reading it', async () => {
    const e = await rejectsWith('too-large', () => fetchPage(`${server.origin}/huge-declared`));
    assert.match(e.message, /larger than 5 MB/);
  });

  it('stops reading a streamed body as soon as it passes 5 MB', async () => {
    const started = Date.now();
    await rejectsWith('too-large', () => fetchPage(`${server.origin}/huge-streamed`));
    assert.ok(Date.now() - started < 10_000);
    // The client hung up once it had read 5 MB: the server, offering 50 MB, got to write the
    // limit plus what the socket buffers held, and no more.
    let sent = -1;
    for (let i = 0; i < 40 && sent !== server.sent.get('/huge-streamed'); i++) {
      sent = server.sent.get('/huge-streamed') ?? 0;
      await new Promise(resolve => setTimeout(resolve, 50));
    }
    assert.ok(sent > DEFAULT_MAX_BYTES, `the server sent only ${sent} bytes`);
    assert.ok(sent < 20 * 1024 * 1024, `the server sent ${sent} bytes: the client did not stop reading`);
  });

  it('enforces a smaller size limit too', async () => {
    await rejectsWith('too-large', () => fetchPage(`${server.origin}/article`, { maxBytes: 1000 }));
  });

  it('gives up on a body slower than the deadline', async () => {
    const started = Date.now();
    const e = await rejectsWith('timeout', () => fetchPage(`${server.origin}/slow-body`, { timeoutMs: 300 }));
    const took = Date.now() - started;
    assert.ok(took >= 290 && took < 3000, `took ${took} ms`);
    assert.match(e.message, /did not answer within/);
  });

  it('gives up on a server that never answers', async () => {
    const started = Date.now();
    await rejectsWith('timeout', () => fetchPage(`${server.origin}/slow-headers`, { timeoutMs: 300 }));
    assert.ok(Date.now() - started < 3000);
  });

  it('can be cancelled', async () => {
    const controller = new AbortController();
    const pending = fetchPage(`${server.origin}/slow-headers`, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await rejectsWith('cancelled', () => pending);
  });

  it('reports a refused connection as a network error', async () => {
    const port = await new Promise<number>(resolve => {
      const probe = createServer();
      probe.listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const e = await rejectsWith('network', () => fetchPage(`http://127.0.0.1:${port}/article`));
    assert.match(e.message, /refused/);
  });

  it('accepts only http and https addresses', async () => {
    for (const bad of ['file:///etc/passwd', 'ftp://127.0.0.1/x', 'javascript:alert(1)', 'not a url', 'http://user:secret@127.0.0.1/']) {
      await rejectsWith('invalid-url', () => fetchPage(bad));
    }
    assert.equal(parseHttpUrl(' https://news.example.org/a ').href, 'https://news.example.org/a');
  });
});
