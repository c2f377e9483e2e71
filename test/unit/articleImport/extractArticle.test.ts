import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { articleText, extractArticle, formatDate } from '../../../client/src/articleImport/extractArticle';
import { fetchPage } from '../../../client/src/articleImport/fetchPage';
import { analyze } from '../../../server/src/analysis/analyze';
import { page, startPageServer, type PageServer } from './pageServer';

const SOURCE = 'https://news.example.org/world/2024/05/03/delta-gauges';

describe('article import: extractArticle', () => {
  const article = extractArticle(page('article.html').toString('utf8'), SOURCE);

  it('finds the article and its metadata on a page full of navigation, ads and scripts', () => {
    assert.ok(article);
    assert.equal(article.title, 'Delta states agree to share river gauges after all-night talks');
    assert.equal(article.outlet, 'The Marsh Ledger');
    assert.equal(article.author, 'Corinna Vell');
    assert.equal(article.date, '2024-05-03T09:30:00Z');
    assert.equal(article.url, SOURCE);
  });

  it('opens with the header block: title, outlet, byline, date and source, then a blank line', () => {
    assert.ok(article);
    assert.ok(article.text.startsWith([
      'Delta states agree to share river gauges after all-night talks',
      'The Marsh Ledger',
      'By Corinna Vell',
      'Published 3 May 2024',
      `Source: ${SOURCE}`,
      '',
      'Officials from Veldoria and Ostmark agreed on Friday',
    ].join('\n')), article.text.slice(0, 400));
  });

  it('keeps the article’s paragraphs and subheadings as plain text, with entities decoded', () => {
    assert.ok(article);
    assert.deepEqual(article.paragraphs.map(p => p.slice(0, 40)), [
      'Officials from Veldoria and Ostmark agre',
      'Foreign Minister Ana Kovač said the agre',
      'Her Ostmark counterpart, Tomas Halden, s',
      'A commission with a budget',
      'According to a person familiar with the ',
      '“Every hour matters when the water rises',
      'The two governments expect to sign the t',
    ]);
    assert.ok(article.text.includes('“Floods do not stop at the border,” Kovač told reporters'));
    assert.ok(article.text.includes('cover dam releases, which farmers'), 'inline markup is joined into its sentence');
  });

  it('leaves out navigation, ads, scripts, styles, captions, comments and footers, and never HTML', () => {
    assert.ok(article);
    for (const noise of ['Subscribe', 'Advertisement', 'Cheap flights', 'Glimmer', 'dataLayer', 'Trackington', 'font-family', 'cookies', 'Related',
      'Saren floods: a timeline', 'Photo: Lasse Orn', 'riverfan88', 'All rights reserved', 'Share on social', 'Water diplomacy']) {
      assert.ok(!article.text.includes(noise), `"${noise}" is in the article text`);
    }
    assert.doesNotMatch(article.text, /<\/?[a-z][^>]*>|&[a-z]+;|&#\d+;/i);
    assert.doesNotMatch(article.text, /\n{3,}/);
  });

  it('gives the analysis an article it can read: byline, people with roles, quotes with speakers', () => {
    assert.ok(article);
    const analysis = analyze(article.text);
    const byName = (name: string) => analysis.entities.find(e => e.name === name);
    assert.ok(byName('Corinna Vell')?.roles.some(r => r.source === 'byline'), 'the byline line gives the author');
    assert.ok(byName('Ana Kovač')?.roles.some(r => r.text === 'Foreign Minister'));
    const floods = analysis.quotes.find(q => q.text.startsWith('Floods do not stop'));
    assert.equal(floods?.speaker, byName('Ana Kovač')?.id);
    assert.ok(!analysis.entities.some(e => /example|https/i.test(e.name)), 'the source URL is not an entity');
  });

  it('finds no article on a sign-in page', () => {
    assert.equal(extractArticle(page('no-article.html').toString('utf8'), SOURCE), null);
  });

  it('finds no article in an empty page, a bare text or markup soup', () => {
    assert.equal(extractArticle('', SOURCE), null);
    assert.equal(extractArticle('just some text', SOURCE), null);
    assert.equal(extractArticle('<html><body><div><div><span></span></div></div>', SOURCE), null);
    assert.equal(extractArticle('<<<>>></p></div><p <p>', SOURCE), null);
  });

  it('writes a header without the fields a page does not give', () => {
    assert.equal(articleText({ title: 'T', url: 'https://a.example/x', paragraphs: ['One.', 'Two.'] }), 'T\nSource: https://a.example/x\n\nOne.\n\nTwo.\n');
    assert.equal(formatDate('2024-12-31'), '31 December 2024');
    assert.equal(formatDate('yesterday'), 'yesterday');
  });

  it('strips control and bidi-override characters a page hides in its text', () => {
    const words = 'The delegations met again in the old customs house by the river and agreed to meet once more before the summer floods.';
    const html = `<html><head><title>Meeting\u202e</title></head><body><article><h1>Meeting</h1><p>${words}\u202e\u0007 ${words}</p><p>${words}</p></article></body></html>`;
    const found = extractArticle(html, SOURCE);
    assert.ok(found);
    assert.doesNotMatch(found.text, /[\u202e\u0007]/);
  });
});

describe('article import: fetch and extract from a local server', function () {
  this.timeout(20_000);
  let server: PageServer;
  before(async () => { server = await startPageServer(); });
  after(async () => { await server.close(); });

  it('gets the article through a redirect chain and records the final URL as the source', async () => {
    const fetched = await fetchPage(`${server.origin}/hop/3`);
    const found = extractArticle(fetched.html, fetched.url);
    assert.ok(found);
    assert.ok(found.text.includes(`Source: ${server.origin}/hop/0\n`));
  });

  it('gets no article from the sign-in page', async () => {
    const fetched = await fetchPage(`${server.origin}/no-article`);
    assert.equal(extractArticle(fetched.html, fetched.url), null);
  });
});

describe('article import: the esbuild bundle', function () {
  this.timeout(30_000);
  it('bundles linkedom and Readability the way esbuild.js bundles the extension, and the bundle works on its own', async () => {
    // Same options as the extension's build in esbuild.js; the bundle is loaded from a
    // temporary folder, far from node_modules, so every module it needs must be inside it.
    const dir = mkdtempSync(join(tmpdir(), 'dossier-bundle-'));
    try {
      const result = await esbuild.build({
        entryPoints: [resolve(__dirname, '../../../client/src/articleImport/extractArticle.ts')],
        outfile: join(dir, 'extract.js'),
        bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true, logLevel: 'silent', external: ['vscode'],
      });
      assert.deepEqual(result.errors, []);
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const bundled = require(join(dir, 'extract.js')) as typeof import('../../../client/src/articleImport/extractArticle');
      const found = bundled.extractArticle(page('article.html').toString('utf8'), SOURCE);
      assert.equal(found?.text, extractArticle(page('article.html').toString('utf8'), SOURCE)?.text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
