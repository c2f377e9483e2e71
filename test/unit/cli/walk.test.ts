import { strict as assert } from 'node:assert';
import { chmodSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { listInputs } from '../../../server/src/cli/walk';
import { HARBOUR_TALKS, folder, run } from './helpers';

describe('dossier analyze DIR: walking folders', () => {
  const files = (root: string) => listInputs([root]).map(input => ('file' in input ? input.file.slice(root.length + 1) : `problem: ${input.problem}`));

  it('finds .news, .txt and .md files recursively, in sorted order, whatever the case of the extension', () => {
    const root = folder({
      'b.news': '', 'a.txt': '', 'C.MD': '', 'notes.pdf': '', 'README': '',
      'europe/z.news': '', 'europe/baltic/y.md': '', 'asia/x.txt': '',
    });
    assert.deepEqual(files(root), ['C.MD', 'a.txt', 'asia/x.txt', 'b.news', 'europe/baltic/y.md', 'europe/z.news']);
  });

  it('skips hidden folders and files and node_modules', () => {
    const root = folder({ 'kept.news': '', '.git/x.news': '', '.draft.news': '', 'node_modules/pkg/readme.md': '', 'sub/node_modules/y.md': '' });
    assert.deepEqual(files(root), ['kept.news']);
  });

  it('follows symbolic links but enters each real folder once, so a loop cannot hang the walk', () => {
    const root = folder({ 'a/one.news': '', 'b/two.news': '' });
    symlinkSync('..', join(root, 'a', 'up'));             // a/up -> root: a loop
    symlinkSync(join(root, 'b'), join(root, 'a', 'b-link')); // a second way into b
    symlinkSync(join(root, 'b', 'two.news'), join(root, 'linked.news'));
    assert.deepEqual(files(root), ['a/b-link/two.news', 'a/one.news', 'linked.news']);
  });

  it('reports a broken link to an article and a folder without articles in their place', () => {
    const root = folder({ 'a.news': '', 'empty/readme.pdf': '' });
    symlinkSync(join(root, 'gone.news'), join(root, 'b.news'));
    assert.deepEqual(files(root), ['a.news', `problem: ${join(root, 'b.news')}: broken symbolic link`]);
    assert.deepEqual(listInputs([join(root, 'empty')]), [{ problem: `${join(root, 'empty')}: no .news, .txt, .md files in this directory` }]);
  });

  it('keeps files named on the command line whatever their extension, in the order given', () => {
    assert.deepEqual(listInputs(['z.pdf', 'a.news']), [{ file: 'z.pdf' }, { file: 'a.news' }]);
  });

  it('reports a folder it may not list and goes on', function () {
    if (process.getuid?.() === 0) this.skip(); // root may list anything
    const root = folder({ 'a.news': '', 'locked/b.news': '' });
    chmodSync(join(root, 'locked'), 0o000);
    try {
      assert.deepEqual(files(root), ['a.news', `problem: ${join(root, 'locked')}: cannot list this directory (permission denied)`]);
    } finally {
      chmodSync(join(root, 'locked'), 0o755);
    }
  });

  it('analyses a whole tree through the command line, naming files by the path given', async () => {
    const root = folder({ 'north/harbour.news': HARBOUR_TALKS, 'south/empty.txt': '' });
    mkdirSync(join(root, 'west'));
    const r = await run(['analyze', '--format', 'json', root]);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(JSON.parse(r.out).documents.map((d: { file: string }) => d.file), [join(root, 'north/harbour.news'), join(root, 'south/empty.txt')]);
  });
});
