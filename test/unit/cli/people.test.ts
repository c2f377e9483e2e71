import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { type ArticleSightings, type Sighting, buildIndex } from '../../../server/src/cli/peopleIndex';
import { ALLIANCE_FOLLOW_UP, ALLIANCE_NOTE, HARBOUR_TALKS, QUOTA_DEAL, folder, run } from './helpers';

const sighting = (name: string, more: Partial<Sighting> = {}): Sighting => ({ name, type: 'person', roles: [], mentions: 1, quotes: 0, ...more });

describe('the index of people and organisations', () => {
  it('groups by name ignoring case, keeping distinct names and roles (ignoring case) and counting articles, quotes and mentions', () => {
    const articles: ArticleSightings[] = [
      { file: 'a.news', sightings: [sighting('Ada Lind', { roles: ['Foreign Minister'], quotes: 2, mentions: 3 })] },
      { file: 'b.news', sightings: [sighting('ADA LIND', { roles: ['foreign minister', 'envoy'], quotes: 1 })] },
      { file: 'c.news', sightings: [sighting('Ada Lind'), sighting('Tor Varga')] },
    ];
    assert.deepEqual(buildIndex(articles), [
      { name: 'Ada Lind', type: 'person', names: ['Ada Lind'], roles: ['Foreign Minister', 'envoy'], articles: 3, quotes: 3, mentions: 5, files: ['a.news', 'b.news', 'c.news'] },
      { name: 'Tor Varga', type: 'person', names: ['Tor Varga'], roles: [], articles: 1, quotes: 0, mentions: 1, files: ['c.news'] },
    ]);
  });

  it('groups different names of one knowledge-base entry, and a name seen without the entry elsewhere', () => {
    const nato = { type: 'organization' as const, knowledgeId: 'nato' };
    const index = buildIndex([
      { file: 'a.news', sightings: [sighting('NATO', nato)] },
      { file: 'b.news', sightings: [sighting('North Atlantic Treaty Organization', nato)] },
      { file: 'c.news', sightings: [sighting('Nato', { type: 'organization' })] },
      { file: 'd.news', sightings: [sighting('NATO', nato)] },
    ]);
    assert.equal(index.length, 1);
    assert.deepEqual(index[0], {
      name: 'NATO', type: 'organization', knowledgeId: 'nato', names: ['NATO', 'North Atlantic Treaty Organization'], roles: [],
      articles: 4, quotes: 0, mentions: 4, files: ['a.news', 'b.news', 'c.news', 'd.news'],
    });
  });

  it('keeps one name apart when it belongs to two knowledge-base entries', () => {
    const index = buildIndex([
      { file: 'a.news', sightings: [sighting('Georgia', { knowledgeId: 'georgia-country' })] },
      { file: 'b.news', sightings: [sighting('Georgia', { knowledgeId: 'georgia-state' })] },
      { file: 'c.news', sightings: [sighting('Georgia')] },
    ]);
    assert.deepEqual(index.map(e => [e.knowledgeId, e.files]), [['georgia-country', ['a.news']], ['georgia-state', ['b.news']], [undefined, ['c.news']]]);
  });

  it('counts an article once however often it names someone, and sorts by articles, quotes, mentions, then name', () => {
    const index = buildIndex([
      { file: 'a.news', sightings: [sighting('Zoe Brand', { quotes: 1 }), sighting('Anna Berg'), sighting('Zoe Brand')] },
      { file: 'b.news', sightings: [sighting('Cem Aydin', { mentions: 9 }), sighting('Bo Lund', { mentions: 9 })] },
    ]);
    assert.deepEqual(index.map(e => [e.name, e.articles]), [['Zoe Brand', 1], ['Bo Lund', 1], ['Cem Aydin', 1], ['Anna Berg', 1]]);
  });
});

describe('dossier people', () => {
  const root = folder({ '1-harbour.news': HARBOUR_TALKS, '2-quota.md': QUOTA_DEAL, '3-alliance.txt': ALLIANCE_NOTE, '4-follow-up.news': ALLIANCE_FOLLOW_UP });
  const file = (name: string) => join(root, name);

  it('prints the index as JSON', async () => {
    const r = await run(['people', '--format', 'json', root]);
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out);
    assert.equal(json.version, 1);
    assert.equal(json.articles, 4);
    const byName = new Map<string, { roles: string[] }>(json.entities.map((e: { name: string; roles: string[] }) => [e.name, e]));
    assert.deepEqual(byName.get('Ada Lind'), {
      name: 'Ada Lind', type: 'person', names: ['Ada Lind'], roles: ['Foreign Minister'],
      articles: 2, quotes: 2, mentions: 2, files: [file('1-harbour.news'), file('2-quota.md')],
    });
    assert.deepEqual(byName.get('Tor Varga'), {
      name: 'Tor Varga', type: 'person', names: ['Tor Varga'], roles: ['a spokesman for the Nordic Fisheries Council', 'a spokesman for the fishing council'],
      articles: 2, quotes: 1, mentions: 2, files: [file('1-harbour.news'), file('4-follow-up.news')],
    });
    // One article each: the longer name is shown.
    const nato = json.entities.find((e: { knowledgeId?: string }) => e.knowledgeId === 'nato');
    assert.deepEqual([nato.names, nato.articles, nato.files], [['North Atlantic Treaty Organization', 'NATO'], 2, [file('3-alliance.txt'), file('4-follow-up.news')]]);
    assert.deepEqual(byName.get('Rhea Falk')?.roles, ['author (byline)']);
    assert.equal(json.entities.some((e: { type: string }) => e.type !== 'person' && e.type !== 'organization'), false, 'no places or dates');
  });

  it('prints the index as a Markdown table by default, and the same from analyze --index', async () => {
    const r = await run(['people', root]);
    assert.equal(r.code, 0, r.err);
    const lines = r.out.split('\n');
    assert.equal(lines[0], '# People and organisations');
    assert.match(r.out, /\n\d+ people and organisations in 4 articles\.\n/);
    assert.ok(lines.includes('| Name | Type | Roles | Articles | Quotes | Files |'));
    assert.ok(lines.includes(`| **Ada Lind** | person | Foreign Minister | 2 | 2 | ${file('1-harbour.news')}, ${file('2-quota.md')} |`), r.out);
    assert.equal((await run(['analyze', '--index', root])).out, r.out);
    assert.equal((await run(['analyze', '--index', '--format', 'json', root])).out, (await run(['people', '--format', 'json', root])).out);
  });

  it('prints the index as CSV, roles and files joined with semicolons', async () => {
    const r = await run(['people', '--format', 'csv', root]);
    const lines = r.out.split('\r\n');
    assert.equal(lines[0], 'name,type,roles,articles,quotes,mentions,files');
    assert.ok(lines.includes(`Ada Lind,person,Foreign Minister,2,2,2,${file('1-harbour.news')}; ${file('2-quota.md')}`), r.out);
  });

  it('lists five files per row in Markdown and says how many more', async () => {
    const many = folder(Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map(n => [`${n}.news`, 'Envoy Pella Okafor arrived.\n'])));
    assert.match((await run(['people', many])).out, /\| 7 \| 0 \| (\S+\/\d\.news, ){5}and 2 more \|\n/);
  });

  it('escapes Markdown in names and roles, and reports files that failed with exit code 1', async () => {
    const odd = folder({ 'a.news': 'Envoy Pella Okafor, head of the *Pipe|Line* office, arrived.\n' });
    const r = await run(['people', odd, join(odd, 'missing.news')]);
    assert.equal(r.code, 1);
    assert.match(r.err, /missing\.news: no such file/);
    assert.match(r.out, /\\\*Pipe\\\|Line\\\*/);
    assert.match(r.out, /in 1 article\./);
  });
});
