import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HARBOUR_TALKS, QUOTA_DEAL, folder, run } from './helpers';

describe('dossier analyze', () => {
  const dir = folder();
  const article = join(dir, 'article.news');
  writeFileSync(article, '\ufeffForeign Minister Ada Lind said on Monday that Oslo would help.\n');

  it('prints the versioned JSON contract with offsets into the text without its BOM', async () => {
    const r = await run(['analyze', '--format', 'json', article]);
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out);
    assert.equal(json.version, 1);
    const doc = json.documents[0];
    assert.equal(doc.file, article);
    assert.deepEqual(Object.keys(doc), ['file', 'entities', 'quotes', 'claims', 'terms']);
    const ada = doc.entities.find((e: { name: string }) => e.name === 'Ada Lind');
    assert.equal(ada.type, 'person');
    assert.deepEqual(ada.mentions[0], { start: 17, end: 25, text: 'Ada Lind', form: 'name' });
    assert.deepEqual(ada.roles[0].text, 'Foreign Minister');
  });

  it('reports missing, binary and non-UTF-8 files and empty folders on stderr, exits 1, and still analyses the rest', async () => {
    const binary = join(dir, 'image.news');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x65, 0x77, 0x73]));
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const r = await run(['analyze', '--format', 'json', join(dir, 'missing.news'), empty, binary, latin1, article]);
    assert.equal(r.code, 1);
    assert.match(r.err, /missing\.news: no such file/);
    assert.match(r.err, /empty: no \.news, \.txt, \.md files in this directory/);
    assert.match(r.err, /image\.news: looks like a binary file/);
    assert.match(r.err, /latin1\.txt: is not valid UTF-8/);
    assert.equal(r.err.trim().split('\n').length, 4, 'one line per problem');
    assert.deepEqual(JSON.parse(r.out).documents.map((d: { file: string }) => d.file), [article]);
  });

  it('prints the empty contract and exits 1 when no file could be read', async () => {
    const r = await run(['analyze', '--format', 'json', join(dir, 'missing.news')]);
    assert.equal(r.code, 1);
    assert.deepEqual(JSON.parse(r.out), { version: 1, documents: [] });
  });

  it('prints a text report by default, without colour when stdout is not a terminal', async () => {
    const r = await run(['analyze', article]);
    assert.equal(r.code, 0);
    assert.match(r.out, /Who and what/);
    assert.match(r.out, /Ada Lind \(person, 1×\) — Foreign Minister/);
    assert.doesNotMatch(r.out, /\x1b\[/);
  });

  it('colours the text report when stdout is a terminal, and never the other formats', async () => {
    assert.match((await run(['analyze', article], { isTTY: true })).out, /\x1b\[1mWho and what\x1b\[0m/);
    for (const format of ['json', 'markdown', 'csv']) {
      assert.doesNotMatch((await run(['analyze', '--format', format, article], { isTTY: true })).out, /\x1b\[/, format);
    }
  });

  it('prints the reading brief of each article in Markdown, separated by rules', async () => {
    const news = folder({ 'a.news': HARBOUR_TALKS, 'b.news': QUOTA_DEAL });
    const r = await run(['analyze', '--format', 'markdown', news]);
    assert.equal(r.code, 0, r.err);
    const briefs = r.out.split('\n---\n\n');
    assert.equal(briefs.length, 2);
    assert.match(briefs[0], /^# Reading brief: Harbour talks stall\n/);
    assert.match(briefs[0], /- \*\*Tor Varga\*\* — a spokesman for the Nordic Fisheries Council/);
    assert.match(briefs[1], /^# Reading brief: Quota deal reached\n/);
  });

  it('exits 2 on usage errors, with the problem and where to find help on stderr', async () => {
    const cases: string[][] = [
      [],
      ['analyse', article],
      ['--format', 'json', article],
      ['analyze', '--format', 'xml', article],
      ['analyze', '--format'],
      ['analyze', '--jobs', '0', article],
      ['analyze', '--jobs', 'many', article],
      ['analyze', '--jobs', '65', article],
      ['analyze', '--colour', article],
      ['analyze'],
      ['people', '--format', 'text', article],
      ['analyze', '--index', '--format', 'text', article],
    ];
    for (const argv of cases) {
      const r = await run(argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.equal(r.out, '', argv.join(' '));
      assert.match(r.err, /^dossier: .+\nRun 'dossier( \w+)? --help' for usage\.\n$/, argv.join(' '));
    }
    assert.match((await run(['analyse', article])).err, /did you mean 'analyze'/);
    assert.match((await run(['analyze', '--format', 'xml', article])).err, /--format must be one of json, markdown, text, csv, not 'xml'/);
  });

  it('shows help per command and the version on stdout, exiting 0', async () => {
    const overview = await run(['--help']);
    assert.equal(overview.code, 0);
    assert.match(overview.out, /^Usage: dossier COMMAND/);
    assert.match(overview.out, /analyze .*\n[\s\S]*people /);
    const analyze = await run(['analyze', '--help']);
    assert.match(analyze.out, /^Usage: dossier analyze \[--format json\|markdown\|text\|csv\] \[--jobs N\] \[--glossary FILE\]\.\.\. FILE\|DIR\.\.\./);
    assert.match(analyze.out, /Exit codes: 0 .*, 1 .*\n.*, 2 usage error/);
    assert.equal((await run(['help', 'analyze'])).out, analyze.out);
    const people = await run(['people', '-h']);
    assert.match(people.out, /^Usage: dossier people \[--format json\|markdown\|csv\]/);
    const version = await run(['--version']);
    assert.equal(version.code, 0);
    assert.match(version.out, /^(\d+\.\d+\.\d+\S*|dev)\n$/);
  });

  it('reads a path after -- as a file even when it looks like an option', async () => {
    const odd = folder({ '--help': 'Envoy Pella Okafor arrived.\n' });
    const r = await run(['analyze', '--format', 'json', '--', join(odd, '--help')]);
    assert.equal(r.code, 0, r.err);
    assert.equal(JSON.parse(r.out).documents[0].entities[0].name, 'Pella Okafor');
  });
});
