import people from './data/people.json';
import organizations from './data/organizations.json';
import placesEvents from './data/places-events.json';
import terms from './data/terms.json';
import { countryEntries } from './countries';
import type { KnowledgeEntry } from './types';

/**
 * The embedded knowledge base: curated entries plus countries, looked up by id or by any
 * of their names. Later sources (a user's glossary) override earlier ones with the same id.
 */
export class KnowledgeBase {
  private readonly byId = new Map<string, KnowledgeEntry>();

  constructor(sources: KnowledgeEntry[][]) {
    for (const source of sources) for (const entry of source) this.byId.set(entry.id, entry);
  }

  get(id: string): KnowledgeEntry | undefined {
    return this.byId.get(id);
  }

  entries(): IterableIterator<KnowledgeEntry> {
    return this.byId.values();
  }

  get size(): number {
    return this.byId.size;
  }
}

let builtin: KnowledgeBase | undefined;

export function builtinKnowledge(): KnowledgeBase {
  builtin ??= new KnowledgeBase([
    countryEntries(),
    organizations as KnowledgeEntry[],
    placesEvents as KnowledgeEntry[],
    people as KnowledgeEntry[],
    terms as KnowledgeEntry[],
  ]);
  return builtin;
}
