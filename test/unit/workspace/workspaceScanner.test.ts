import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ExcludeRules } from '../../../server/src/workspace/glob';
import { relativeInside, scanFolder, scanSettings, selects } from '../../../server/src/workspace/workspaceScanner';

/** A temporary folder with these files (path → content). */
function folder(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'dossier-scan-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

describe('listing a workspace folder\'s articles', () => {
  const roots: string[] = [];
  after(() => { for (const r of roots) rmSync(r, { recursive: true, force: true }); });
  const make = (files: Record<string, string | Buffer>) => { const r = folder(files); roots.push(r); return r; };
  const list = async (root: string, include?: string[], exclude?: unknown, maxFiles?: number) => {
    const result = await scanFolder(root, scanSettings(include, ExcludeRules.from(exclude)), { maxFiles });
    return { ...result, names: result.files.map(f => relative(root, f.path).split('\\').join('/')) };
  };

  const FILES = {
    'a.news': 'A.', 'world/b.news': 'B.', 'world/deep/c.news': 'C.', 'notes/n.md': 'N.', 'notes/t.txt': 'T.',
    'world/d.html': 'D.', '.hidden/h.news': 'H.', 'world/.h.news': 'H.', 'node_modules/pkg/m.news': 'M.',
    'drafts/x.news': 'X.', 'world/e.news.bak': 'E.',
  };

  it('finds .news files by default, skipping hidden files and folders and node_modules, in order', async () => {
    const r = await list(make(FILES));
    assert.deepEqual(r.names, ['a.news', 'drafts/x.news', 'world/b.news', 'world/deep/c.news']);
    assert.ok(r.files.every(f => f.size === 2 && f.mtimeMs > 0));
  });

  it('takes notes in only when dossier.include asks, and only article extensions', async () => {
    const r = await list(make(FILES), ['**/*.news', 'notes/**', '**/*.html']);
    assert.deepEqual(r.names, ['a.news', 'drafts/x.news', 'notes/n.md', 'notes/t.txt', 'world/b.news', 'world/deep/c.news']);
    assert.deepEqual((await list(make(FILES), [])).names, []);
  });

  it('leaves out what files.exclude excludes, folders and files', async () => {
    const r = await list(make(FILES), undefined, { '**/drafts': true, '**/deep/*.news': true, 'a.news': false });
    assert.deepEqual(r.names, ['a.news', 'world/b.news']);
  });

  it('skips files over the size limit and says which', async () => {
    const root = make({ 'big.news': Buffer.alloc(1024 * 1024 + 1, 'a'), 'ok.news': 'fine' });
    const r = await list(root);
    assert.deepEqual(r.names, ['ok.news']);
    assert.deepEqual(r.tooLarge, [join(root, 'big.news')]);
  });

  it('stops at the file limit', async () => {
    const r = await list(make(FILES), undefined, undefined, 2);
    assert.equal(r.names.length, 2);
    assert.ok(r.truncated);
  });

  it('follows symbolic links without looping', async function () {
    const root = make({ 'world/b.news': 'B.' });
    try {
      symlinkSync(root, join(root, 'world', 'loop'), 'dir');
      symlinkSync(join(root, 'world', 'b.news'), join(root, 'linked.news'));
      symlinkSync(join(root, 'missing.news'), join(root, 'broken.news'));
    } catch {
      this.skip();
    }
    const r = await list(root);
    assert.deepEqual(r.names, ['linked.news', 'world/b.news']);
  });

  it('reports a folder that cannot be listed', async () => {
    const r = await list(join(tmpdir(), 'dossier-no-such-folder-4711'));
    assert.equal(r.files.length, 0);
    assert.equal(r.problems.length, 1);
  });

  it('decides for one watched file by its path alone', () => {
    const settings = scanSettings(['**/*.news', 'notes/*.md'], ExcludeRules.from({ '**/drafts': true }));
    assert.ok(selects(settings, 'world/b.news'));
    assert.ok(selects(settings, 'notes/n.md'));
    assert.ok(!selects(settings, 'other/n.md'));
    assert.ok(!selects(settings, 'drafts/x.news'));
    assert.ok(!selects(settings, 'world/drafts/deeper/x.news'));
    assert.ok(!selects(settings, '.git/x.news'));
    assert.ok(!selects(settings, 'node_modules/p/x.news'));
    assert.ok(!selects(settings, 'world/x.html'));
  });

  it('places a path inside its folder, or not', () => {
    assert.equal(relativeInside('/ws', '/ws/world/a.news'), 'world/a.news');
    assert.equal(relativeInside('/ws', '/wsx/a.news'), undefined);
    assert.equal(relativeInside('/ws', '/ws'), undefined);
  });
});
