import { strict as assert } from 'node:assert';
import { ArticleIndex } from '../../../server/src/workspace/articleIndex';
import { fold } from '../../../server/src/workspace/match';
import type { Sighting } from '../../../server/src/cli/peopleIndex';
import { type CompactRange, type FileSummary, packSummary, type QuoteSummary } from '../../../server/src/workspace/summary';

type Person = Sighting & { range: CompactRange };
type Quote = Omit<QuoteSummary, 'at'> & { range: CompactRange };
const at = (line: number, character = 0, length = 5): CompactRange => [line, character, line, character + length];
const lsp = ([sl, sc, el, ec]: CompactRange) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });
const person = (name: string, more: Partial<Person> = {}): Person => ({ name, type: 'person', roles: [], mentions: 1, quotes: 0, range: at(0), ...more });
const quote = (text: string, speaker?: string, line = 1): Quote => ({ name: text.split(' ').slice(0, 8).join(' '), words: fold(text), kind: 'direct', ...(speaker ? { speaker } : {}), range: at(line, 3, text.length) });
const file = (uri: string, entities: Person[], quotes: Quote[] = []): FileSummary => packSummary(uri, entities, quotes);

function sample(): ArticleIndex {
  const index = new ArticleIndex();
  index.setFile(file('file:///ws/a.news', [
    person('Dmitry Peskov', { roles: ['Kremlin spokesman'], mentions: 3, quotes: 1, range: at(2, 18, 13) }),
    person('Kremlin', { type: 'organization', range: at(2, 0, 7) }),
  ], [quote('We are waiting for deeds', 'Dmitry Peskov', 3)]));
  index.setFile(file('file:///ws/b.news', [
    person('Peskov', { knowledgeId: 'dmitry-peskov', mentions: 2, quotes: 2, range: at(5, 4, 6) }),
    person('Dmitry Peskov', { knowledgeId: 'dmitry-peskov', roles: ['spokesman'], mentions: 1, range: at(1, 0, 13) }),
    person('Ana Lind', { roles: ['envoy'] }),
  ], [quote('Nobody gains from empty ports'), quote('Talks go on', 'Ana Lind', 4)]));
  return index;
}

describe('the workspace article index', () => {
  describe('search', () => {
    it('finds people in every article, with the role as container and the introduction as location', async () => {
      const found = await sample().search('peskov');
      const people = found!.filter(m => m.kind === 'person');
      assert.deepEqual(people.map(m => [m.name, m.uri, m.container, m.range.start.line]), [
        ['Peskov', 'file:///ws/b.news', undefined, 5],
        ['Dmitry Peskov', 'file:///ws/a.news', 'Kremlin spokesman', 2],
        ['Dmitry Peskov', 'file:///ws/b.news', 'spokesman', 1],
      ]);
    });

    it('finds quotes by their words, with the speaker as container', async () => {
      const found = await sample().search('empty ports');
      assert.deepEqual(found!.map(m => [m.kind, m.name, m.container, m.uri]), [['quote', 'Nobody gains from empty ports', undefined, 'file:///ws/b.news']]);
      const deeds = await sample().search('deeds');
      assert.deepEqual(deeds!.map(m => [m.name, m.container, m.range.start.line]), [['We are waiting for deeds', 'Dmitry Peskov', 3]]);
    });

    it('finds a speaker\'s quotes with "speaker words"', async () => {
      const found = await sample().search('lind talks');
      assert.deepEqual(found!.map(m => m.name), ['Talks go on']);
    });

    it('matches fuzzily, ignoring case, and ranks people and organisations before quotes on a tie', async () => {
      const found = await sample().search('KRML');
      assert.deepEqual(found!.map(m => [m.kind, m.name]), [['organization', 'Kremlin']]);
      const all = await sample().search('');
      assert.equal(all!.length, 8);
      assert.deepEqual(all!.slice(0, 5).map(m => m.kind), ['person', 'person', 'person', 'organization', 'person']);
      assert.deepEqual(all!.slice(5).map(m => m.kind), ['quote', 'quote', 'quote']);
    });

    it('returns at most `limit` results, the best ones', async () => {
      const index = new ArticleIndex();
      for (let i = 0; i < 50; i++) index.setFile(file(`file:///ws/${i}.news`, Array.from({ length: 40 }, (_, j) => person(`Person ${i}-${j}`))));
      index.setFile(file('file:///ws/z.news', [person('Persona Grata')]));
      const found = await index.search('persona', { limit: 10 });
      assert.equal(found!.length, 1);
      const many = await index.search('person', { limit: 500 });
      assert.equal(many!.length, 500);
      assert.ok(many!.every((m, i) => i === 0 || many![i - 1].score >= m.score));
      // the query's share of the name counts: shorter names first
      assert.equal(many![0].name, 'Person 0-0');
      assert.ok(!many!.some(m => m.name === 'Persona Grata'));
    });

    it('stops and answers undefined when cancelled, pausing between slices of work', async () => {
      const index = new ArticleIndex();
      for (let i = 0; i < 200; i++) index.setFile(file(`file:///ws/${i}.news`, [person(`Name ${i}`)]));
      let checks = 0;
      assert.equal(await index.search('name', { isCancelled: () => ++checks > 20 }), undefined);
      assert.equal(checks, 21);
      let pauses = 0;
      const found = await index.search('name', { sliceMs: 0, pause: async () => { pauses++; } });
      assert.equal(found!.length, 200);
      assert.ok(pauses >= 100, String(pauses));
    });
  });

  describe('open documents', () => {
    it('answers from an open document\'s live summary instead of the file, until it is closed', async () => {
      const index = sample();
      index.setLive(7, file('file:///ws/a.news', [person('Andrii Sybiha')]));
      assert.equal(index.liveVersion('file:///ws/a.news'), 7);
      assert.deepEqual((await index.search('peskov'))!.map(m => m.uri), ['file:///ws/b.news', 'file:///ws/b.news']);
      assert.equal((await index.search('sybiha'))!.length, 1);
      index.deleteLive('file:///ws/a.news');
      assert.equal((await index.search('sybiha'))!.length, 0);
      assert.equal((await index.search('peskov'))!.filter(m => m.uri.endsWith('a.news')).length, 1);
    });

    it('counts unsaved documents among the articles', async () => {
      const index = sample();
      index.setLive(1, file('untitled:Untitled-1', [person('Tor Varga')]));
      assert.equal(index.size, 3);
      assert.equal(index.diskSize, 2);
      assert.ok((await index.people())!.some(p => p.name === 'Tor Varga'));
    });
  });

  describe('files', () => {
    it('replaces, deletes and deletes a folder\'s files', async () => {
      const index = sample();
      index.setFile(file('file:///ws/sub/c.news', [person('Ana Lind')]));
      index.setFile(file('file:///ws/subway.news', [person('Ana Lind')]));
      const v = index.version;
      assert.deepEqual(index.deleteUnder('file:///ws/sub'), ['file:///ws/sub/c.news']);
      assert.ok(index.version > v);
      assert.ok(index.hasFile('file:///ws/subway.news'));
      assert.equal(index.deleteFile('file:///ws/b.news'), true);
      assert.equal(index.deleteFile('file:///ws/b.news'), false);
      index.setFile(file('file:///ws/a.news', []));
      assert.deepEqual(await index.search('peskov'), []);
      assert.deepEqual(index.files().map(f => f.uri), ['file:///ws/a.news', 'file:///ws/subway.news']);
    });
  });

  describe('people across articles', () => {
    it('groups as the CLI index does and lists each article with its own counts and first mention', async () => {
      const people = (await sample().people())!;
      const peskov = people.find(p => p.knowledgeId === 'dmitry-peskov')!;
      assert.equal(peskov.name, 'Dmitry Peskov');
      assert.deepEqual(peskov.names, ['Dmitry Peskov', 'Peskov']);
      assert.deepEqual(peskov.roles, ['Kremlin spokesman', 'spokesman']);
      assert.deepEqual([peskov.articles, peskov.quotes, peskov.mentions], [2, 3, 6]);
      assert.deepEqual(peskov.files, [
        { uri: 'file:///ws/a.news', mentions: 3, quotes: 1, range: lsp(at(2, 18, 13)), role: 'Kremlin spokesman' },
        { uri: 'file:///ws/b.news', mentions: 3, quotes: 2, range: lsp(at(1, 0, 13)), role: 'spokesman' },
      ]);
      assert.equal(people[0], peskov); // most articles first
      // then by quotes, mentions and name, as the CLI sorts
      assert.deepEqual(people.map(p => p.name), ['Dmitry Peskov', 'Ana Lind', 'Kremlin']);
    });

    it('is computed once per change', async () => {
      const index = sample();
      const first = await index.people();
      assert.equal(await index.people(), first);
      index.setFile(file('file:///ws/c.news', [person('Ana Lind')]));
      const second = (await index.people())!;
      assert.notEqual(second, first);
      assert.equal(second.find(p => p.name === 'Ana Lind')!.articles, 2);
    });

    it('gives way to other work, and stops when cancelled (not keeping the half-done result)', async () => {
      const index = new ArticleIndex();
      for (let i = 0; i < 300; i++) index.setFile(file(`file:///ws/${i}.news`, [person(`Name ${i % 7}`), person(`Other ${i}`)]));
      let pauses = 0;
      assert.equal(await index.people({ sliceMs: 0, pause: async () => { pauses++; }, isCancelled: () => pauses > 3 }), undefined);
      pauses = 0;
      const people = (await index.people({ sliceMs: 0, pause: async () => { pauses++; } }))!;
      assert.ok(pauses > 300, String(pauses));
      assert.equal(people.length, 307);
      assert.deepEqual(people.slice(0, 7).map(p => p.articles), [43, 43, 43, 43, 43, 43, 42]);
    });
  });
});
