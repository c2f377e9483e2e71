import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { runCli } from '../../../server/src/cli/main';

function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = runCli(argv, { out: s => { out += s; }, err: s => { err += s; }, isTTY: false });
  return { code, out, err };
}

describe('dossier analyze', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
  const article = join(dir, 'article.news');
  writeFileSync(article, '\ufeffForeign Minister Ada Lind said on Monday that Oslo would help.\n');

  it('prints the versioned JSON contract with offsets into the text without its BOM', () => {
    const r = run(['analyze', '--format', 'json', article]);
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out);
    assert.equal(json.version, 1);
    const doc = json.documents[0];
    assert.equal(doc.file, article);
    assert.deepEqual(Object.keys(doc), ['file', 'entities', 'quotes', 'claims']);
    const ada = doc.entities.find((e: { name: string }) => e.name === 'Ada Lind');
    assert.equal(ada.type, 'person');
    assert.deepEqual(ada.mentions[0], { start: 17, end: 25, text: 'Ada Lind', form: 'name' });
    assert.deepEqual(ada.roles[0].text, 'Foreign Minister');
  });

  it('reports missing files, directories, binary and non-UTF-8 files and still analyses the rest', () => {
    const binary = join(dir, 'image.news');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x65, 0x77, 0x73]));
    const sub = join(dir, 'folder');
    mkdirSync(sub);
    const r = run(['analyze', '--format', 'json', join(dir, 'missing.news'), sub, binary, latin1, article]);
    assert.equal(r.code, 1);
    assert.match(r.err, /missing\.news: no such file/);
    assert.match(r.err, /folder: is a directory/);
    assert.match(r.err, /image\.news: looks like a binary file/);
    assert.match(r.err, /latin1\.txt: is not valid UTF-8/);
    assert.equal(JSON.parse(r.out).documents.length, 1);
  });

  it('prints a text report by default', () => {
    const r = run(['analyze', article]);
    assert.equal(r.code, 0);
    assert.match(r.out, /Who and what/);
    assert.match(r.out, /Ada Lind \(person, 1×\) — Foreign Minister/);
  });

  it('exits 2 on usage errors', () => {
    assert.equal(run([]).code, 2);
    assert.equal(run(['analyse', article]).code, 2);
    assert.equal(run(['analyze', '--format', 'xml', article]).code, 2);
    assert.equal(run(['analyze']).code, 2);
    assert.equal(run(['--help']).code, 0);
  });
});
