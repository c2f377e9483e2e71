import { strict as assert } from 'node:assert';
import { type ArticleSightings, buildIndex } from '../../../server/src/cli/peopleIndex';
import { peopleAcrossFiles } from '../../../server/src/workspace/peopleAcrossFiles';
import type { Sighting } from '../../../server/src/cli/peopleIndex';
import { type CompactRange, type FileSummary, packSummary } from '../../../server/src/workspace/summary';

type Person = Sighting & { range: CompactRange };

/** A small deterministic random generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** Files whose sightings exercise the grouping's corners: case variants, shared names of two entries, names without an entry. */
function files(seed: number, count: number): FileSummary[] {
  const r = random(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const kinds: Array<Pick<Person, 'name' | 'type' | 'knowledgeId'>> = [
    { name: 'NATO', type: 'organization', knowledgeId: 'nato' },
    { name: 'North Atlantic Treaty Organization', type: 'organization', knowledgeId: 'nato' },
    { name: 'Nato', type: 'organization' },
    { name: 'Georgia', type: 'organization', knowledgeId: 'georgia-country' },
    { name: 'Georgia', type: 'person', knowledgeId: 'georgia-person' },
    { name: 'Georgia', type: 'person' },
    { name: 'Ada Lind', type: 'person' },
    { name: 'ADA LIND', type: 'person' },
    { name: 'Tor Varga', type: 'person' },
    { name: 'Tor Varga', type: 'organization' },
    { name: 'Bo Lund', type: 'person' },
  ];
  const roles = ['Foreign Minister', 'foreign minister', 'envoy', 'author (byline)', 'spokesman'];
  return Array.from({ length: count }, (_, i) => packSummary(
    `file:///ws/${String(i).padStart(3, '0')}.news`,
    Array.from({ length: 1 + Math.floor(r() * 4) }, (): Person => {
      const k = pick(kinds);
      return {
        name: k.name, type: k.type, ...(k.knowledgeId ? { knowledgeId: k.knowledgeId } : {}),
        roles: r() < 0.5 ? [pick(roles)] : [], mentions: 1 + Math.floor(r() * 5), quotes: Math.floor(r() * 3),
        range: [Math.floor(r() * 20), Math.floor(r() * 40), 0, 0],
      };
    }),
    [],
  ));
}

describe('people across the workspace\'s articles', () => {
  it('groups and orders exactly as the CLI\'s index (buildIndex) on the same sightings', async () => {
    for (const seed of [1, 2, 3, 42, 2025]) {
      const input = files(seed, 40);
      const ours = (await peopleAcrossFiles(input))!;
      const cli = buildIndex(input.map((f): ArticleSightings => ({ file: f.uri, sightings: f.entities })));
      assert.deepEqual(ours.map(p => ({ ...p, files: p.files.map(f => f.uri) })), cli, `seed ${seed}`);
    }
  });

  it('gives each article its own counts, the earliest introduction and the first role', async () => {
    const people = (await peopleAcrossFiles([packSummary('file:///ws/a.news', [
      { name: 'NATO', type: 'organization', knowledgeId: 'nato', roles: [], mentions: 2, quotes: 1, range: [5, 0, 5, 4] },
      { name: 'North Atlantic Treaty Organization', type: 'organization', knowledgeId: 'nato', roles: ['the alliance'], mentions: 1, quotes: 0, range: [1, 8, 1, 42] },
    ], [])]))!;
    assert.deepEqual(people[0].files, [{ uri: 'file:///ws/a.news', mentions: 3, quotes: 1, role: 'the alliance', range: { start: { line: 1, character: 8 }, end: { line: 1, character: 42 } } }]);
    assert.equal(people[0].articles, 1);
  });

  it('answers nothing for no articles', async () => {
    assert.deepEqual(await peopleAcrossFiles([]), []);
  });
});
