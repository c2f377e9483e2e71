import { strict as assert } from 'node:assert';
import { canonicalUri, includeFrom } from '../../../server/src/workspace/workspaceService';
import { DEFAULT_INCLUDE } from '../../../server/src/workspace/workspaceScanner';

describe('workspace index settings', () => {
  it('dossier.include: an array of globs, [] for none, the default for anything else', () => {
    assert.deepEqual(includeFrom(undefined), DEFAULT_INCLUDE);
    assert.deepEqual(includeFrom('**/*.md'), DEFAULT_INCLUDE);
    assert.deepEqual(includeFrom([]), []);
    assert.deepEqual(includeFrom(['**/*.news', 42, '', '  ', 'notes/**/*.md', 'x'.repeat(2000)]), ['**/*.news', 'notes/**/*.md']);
  });

  it('spells a file URI one way whichever client encoded it', () => {
    assert.equal(canonicalUri('file:///home/a%40b/x.news'), canonicalUri('file:///home/a@b/x.news'));
    assert.equal(canonicalUri('file:///home/a%20b/x.news'), 'file:///home/a%20b/x.news');
    assert.equal(canonicalUri('untitled:Untitled-1'), 'untitled:Untitled-1');
  });
});
