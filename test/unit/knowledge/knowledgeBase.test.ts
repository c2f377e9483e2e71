import { strict as assert } from 'node:assert';
import { countries } from 'countries-list';
import people from '../../../server/src/knowledge/data/people.json';
import organizations from '../../../server/src/knowledge/data/organizations.json';
import placesEvents from '../../../server/src/knowledge/data/places-events.json';
import terms from '../../../server/src/knowledge/data/terms.json';
import parties from '../../../server/src/knowledge/data/parties.json';
import { builtinKnowledge } from '../../../server/src/knowledge/knowledgeBase';
import { countryEntries } from '../../../server/src/knowledge/countries';
import { KNOWLEDGE_TYPES, parseGlossary } from '../../../server/src/knowledge/glossary';
import { phraseKey } from '../../../server/src/analysis/entities/gazetteer';
import type { KnowledgeEntry } from '../../../server/src/knowledge/types';

// Well-formedness of the embedded knowledge base: each check lists every offender, so a
// failure says what to fix in server/src/knowledge/data/*.json.

const FILES: Record<string, KnowledgeEntry[]> = {
  'people.json': people as KnowledgeEntry[],
  'organizations.json': organizations as KnowledgeEntry[],
  'places-events.json': placesEvents as KnowledgeEntry[],
  'terms.json': terms as KnowledgeEntry[],
  'parties.json': parties as KnowledgeEntry[],
};
const curated = Object.entries(FILES).flatMap(([file, entries]) => entries.map(entry => ({ file, entry })));
const kb = builtinKnowledge();
const all = [...kb.entries()];

function noOffenders(offenders: string[], what: string): void {
  assert.deepEqual(offenders, [], `${offenders.length} ${what}:\n  ${offenders.slice(0, 40).join('\n  ')}`);
}

describe('knowledge base data', () => {
  it('has at least 600 entries', () => {
    assert.ok(kb.size >= 600, `only ${kb.size} entries`);
  });

  it('gives every curated entry a unique id', () => {
    const seen = new Map<string, string>();
    const offenders: string[] = [];
    for (const { file, entry } of curated) {
      const earlier = seen.get(entry.id);
      if (earlier) offenders.push(`${entry.id} (${earlier} and ${file})`);
      seen.set(entry.id, file);
    }
    noOffenders(offenders, 'ids used twice');
  });

  it('overrides a generated country entry only on purpose: id country-xx with country XX', () => {
    const countryIds = new Set(countryEntries().map(e => e.id));
    const offenders = curated.filter(({ entry }) => countryIds.has(entry.id) && entry.id !== `country-${entry.country?.toLowerCase()}`)
      .map(({ file, entry }) => `${entry.id} in ${file} (country ${entry.country})`);
    noOffenders(offenders, 'curated entries that collide with a country entry');
  });

  it('gives every entry an id, a name, a known type and a summary', () => {
    const offenders = all.filter(e => !(typeof e.id === 'string' && /^\S+$/.test(e.id) && typeof e.name === 'string' && e.name.trim()
      && (KNOWLEDGE_TYPES as string[]).includes(e.type) && typeof e.summary === 'string' && e.summary.trim().length >= 10))
      .map(e => `${e.id ?? '(no id)'}: name=${JSON.stringify(e.name)} type=${JSON.stringify(e.type)} summary=${JSON.stringify(e.summary?.slice(0, 30))}`);
    noOffenders(offenders, 'entries missing an id, name, type or summary');
  });

  it('dates every role with an asOf month (YYYY-MM)', () => {
    const offenders = all.flatMap(e => (e.roles ?? [])
      .filter(r => !(typeof r.title === 'string' && r.title.trim() && typeof r.asOf === 'string' && /^(?:19|20)\d\d-(?:0[1-9]|1[0-2])$/.test(r.asOf)))
      .map(r => `${e.id}: ${JSON.stringify(r)}`));
    noOffenders(offenders, 'roles without a title or a YYYY-MM asOf');
  });

  it('has no name or alias that points at two entries of the same type', () => {
    const byPhrase = new Map<string, Set<string>>();
    for (const e of all) {
      for (const phrase of new Set([e.name, ...(e.aliases ?? [])].map(p => phraseKey(p.replace(/^(?:the|The)\s+/, ''))))) {
        const key = `${e.type}|${phrase}`;
        if (!byPhrase.has(key)) byPhrase.set(key, new Set());
        byPhrase.get(key)!.add(e.id);
      }
    }
    const offenders = [...byPhrase].filter(([, ids]) => ids.size > 1).map(([key, ids]) => `“${key.split('|')[1]}” (${key.split('|')[0]}): ${[...ids].join(', ')}`);
    noOffenders(offenders, 'ambiguous names or aliases');
  });

  it('uses valid ISO 3166-1 alpha-2 country codes', () => {
    const offenders = all.filter(e => e.country !== undefined && !(e.country in countries)).map(e => `${e.id}: ${e.country}`);
    noOffenders(offenders, 'invalid country codes');
  });

  it('writes Wikipedia titles with underscores, not spaces', () => {
    const offenders = all.filter(e => e.wikipedia !== undefined && (/\s/.test(e.wikipedia) || !e.wikipedia.trim())).map(e => `${e.id}: ${e.wikipedia}`);
    noOffenders(offenders, 'Wikipedia titles with spaces');
  });

  it('writes Wikidata ids as Q-numbers', () => {
    const offenders = all.filter(e => e.wikidata !== undefined && !/^Q[1-9]\d*$/.test(e.wikidata)).map(e => `${e.id}: ${e.wikidata}`);
    noOffenders(offenders, 'malformed Wikidata ids');
  });

  it('is itself a valid glossary: the curated files pass the user-glossary checks', () => {
    for (const [file, entries] of Object.entries(FILES)) {
      const { entries: parsed, problems } = parseGlossary(JSON.stringify(entries));
      noOffenders(problems.map(p => `${file}: ${p.message}`), `glossary problems in ${file}`);
      assert.equal(parsed.length, entries.length, file);
    }
  });
});
