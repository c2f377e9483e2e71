import { strict as assert } from 'node:assert';
import { ExcludeRules, GlobSet, globToRegExp } from '../../../server/src/workspace/glob';

const matches = (glob: string, path: string) => globToRegExp(glob).test(path);

describe('workspace globs', () => {
  it('matches **/ at any depth, including none', () => {
    assert.ok(matches('**/*.news', 'a.news'));
    assert.ok(matches('**/*.news', 'world/2025/kyiv.news'));
    assert.ok(!matches('**/*.news', 'world/kyiv.news.bak'));
    assert.ok(!matches('**/*.news', 'world/kyiv.txt'));
  });

  it('keeps * and ? inside one folder', () => {
    assert.ok(matches('*.news', 'a.news'));
    assert.ok(!matches('*.news', 'world/a.news'));
    assert.ok(matches('world/?.news', 'world/a.news'));
    assert.ok(!matches('world/?.news', 'world/ab.news'));
  });

  it('understands folders with ** in the middle or at the end, braces and ranges', () => {
    assert.ok(matches('articles/**/*.md', 'articles/a.md'));
    assert.ok(matches('articles/**/*.md', 'articles/x/y/a.md'));
    assert.ok(!matches('articles/**/*.md', 'notes/a.md'));
    assert.ok(matches('**/archive/**', 'world/archive/old.news'));
    assert.ok(matches('**/*.{news,txt}', 'x/a.txt'));
    assert.ok(!matches('**/*.{news,txt}', 'x/a.md'));
    assert.ok(matches('draft[0-9].news', 'draft7.news'));
    assert.ok(!matches('draft[!0-9].news', 'draft7.news'));
  });

  it('escapes what regular expressions would read as syntax', () => {
    assert.ok(matches('notes (old)/*.news', 'notes (old)/a.news'));
    assert.ok(!matches('a+b.news', 'aab.news'));
    assert.ok(matches('./world/*.news', 'world/a.news'));
  });

  it('a set of globs matches when any does, and skips empty patterns', () => {
    const set = new GlobSet(['', '**/*.news', 'notes/*.md']);
    assert.ok(set.matches('notes/a.md'));
    assert.ok(set.matches('x/y.news'));
    assert.ok(!set.matches('x/y.md'));
    assert.ok(new GlobSet([]).isEmpty);
  });
});

describe('files.exclude rules', () => {
  it('reads the settings object: true excludes, false does not', () => {
    const rules = ExcludeRules.from({ '**/drafts': true, '**/archive/**': true, '**/keep': false });
    assert.ok(rules.excludesFolder('world/drafts'));
    assert.ok(rules.excludesFolder('archive'));
    assert.ok(!rules.excludesFolder('world/keep'));
    assert.ok(rules.excludesAncestor('world/drafts/a.news'));
    assert.ok(rules.excludesFile('x/archive/a.news'));
    assert.ok(!rules.excludesFile('x/a.news'));
  });

  it('reads a plain array of globs, and ignores values of the wrong type', () => {
    assert.ok(ExcludeRules.from(['**/*.tmp.news']).excludesFile('a/b.tmp.news'));
    assert.ok(!ExcludeRules.from(42).excludesFile('a.news'));
    assert.ok(!ExcludeRules.from({ '**/*.news': 'yes' }).excludesFile('a.news'));
  });

  it('applies the "when" form only when the sibling exists', () => {
    const rules = ExcludeRules.from({ '**/*.txt': { when: '$(basename).news' } });
    assert.ok(rules.excludesFile('world/kyiv.txt', name => name === 'kyiv.news'));
    assert.ok(!rules.excludesFile('world/odesa.txt', name => name === 'kyiv.news'));
  });

  it('has a key that changes with the rules', () => {
    assert.equal(ExcludeRules.from({ a: true }).key, ExcludeRules.from(['a']).key);
    assert.notEqual(ExcludeRules.from({ a: true }).key, ExcludeRules.from({ b: true }).key);
  });
});
