import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Indexer } from '../../../server/src/workspace/indexer';
import type { IndexOutcome } from '../../../server/src/workspace/indexJob';
import { rangeAt } from '../../../server/src/workspace/summary';

const ARTICLE = 'Harbour commissioner Tomas Aldern said: “We will not wait for the winter.”\n';
const BUNDLED_WORKER = resolve(__dirname, '../../../dist/indexWorker.js');

/** Indexes the files and resolves with every outcome once the queue is empty. */
function run(workerFile: string, jobs: Array<{ path: string; maxLength?: number }>, drop?: string): Promise<IndexOutcome[]> {
  return new Promise((done, fail) => {
    const outcomes: IndexOutcome[] = [];
    const indexer: Indexer = new Indexer({
      workerFile,
      idleMs: 10,
      onOutcome: o => outcomes.push(o),
      onError: message => fail(new Error(message)),
      onIdle: () => {
        if (indexer.pending) return;
        indexer.dispose();
        done(outcomes);
      },
    });
    for (const { path, maxLength } of jobs) indexer.enqueue({ uri: pathToFileURL(path).href, path, maxFileSize: 1024 * 1024, maxLength: maxLength ?? 1_000_000 });
    if (drop) indexer.cancel(pathToFileURL(drop).href);
  });
}

describe('indexing files in the background', function () {
  this.timeout(20_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-indexer-'));
    writeFileSync(join(dir, 'a.news'), ARTICLE);
    writeFileSync(join(dir, 'b.md'), `---\ntitle: Notes\n---\n\n${ARTICLE}`);
    writeFileSync(join(dir, 'binary.news'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]));
    writeFileSync(join(dir, 'latin1.news'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const [name, worker] of [['in this thread', join(tmpdir(), 'no-such-worker.js')], ['in the worker thread', BUNDLED_WORKER]] as const) {
    it(`summarises articles and skips binary and non-UTF-8 files (${name})`, async function () {
      if (!existsSync(worker) && worker === BUNDLED_WORKER) this.skip(); // run `node esbuild.js` first
      const outcomes = await run(worker, ['a.news', 'b.md', 'binary.news', 'latin1.news', 'gone.news'].map(f => ({ path: join(dir, f) })));
      const byName = new Map(outcomes.map(o => [o.uri.split('/').pop()!, o]));
      assert.equal(outcomes.length, 5);
      for (const f of ['a.news', 'b.md']) {
        const o = byName.get(f)!;
        assert.ok('summary' in o, JSON.stringify(o));
        assert.deepEqual(o.summary.entities.map(e => e.name), ['Tomas Aldern']);
        assert.equal(o.summary.quotes[0].speaker, 'Tomas Aldern');
      }
      const md = byName.get('b.md')!;
      assert.ok('summary' in md && rangeAt(md.summary, md.summary.quotes[0].at).start.line === 4);
      assert.match((byName.get('binary.news') as { skipped: string }).skipped, /binary/);
      assert.match((byName.get('latin1.news') as { skipped: string }).skipped, /UTF-8/);
      assert.match((byName.get('gone.news') as { skipped: string }).skipped, /no such file/);
      // ids increase with every job, so that the latest outcome per file wins
      assert.deepEqual(outcomes.map(o => o.id).sort((a, b) => a - b), [1, 2, 3, 4, 5]);
    });
  }

  it('drops a cancelled job and analyses only dossier.maxDocumentLength characters', async () => {
    const long = join(dir, 'long.news');
    writeFileSync(long, `${'Filler text without names.\n'.repeat(100)}Minister Ana Lind said: “Later.”\n`);
    const outcomes = await run(join(tmpdir(), 'no-such-worker.js'), [{ path: join(dir, 'a.news') }, { path: long, maxLength: 1000 }], join(dir, 'a.news'));
    assert.equal(outcomes.length, 1);
    assert.ok('summary' in outcomes[0] && outcomes[0].summary.entities.length === 0);
  });
});
