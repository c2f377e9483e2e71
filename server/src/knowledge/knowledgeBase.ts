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
  // loaded on first use: the data is large and the server should start fast
  builtin ??= new KnowledgeBase([
    countryEntries(),
    require('./data/organizations.json') as KnowledgeEntry[],
    require('./data/places-events.json') as KnowledgeEntry[],
    require('./data/people.json') as KnowledgeEntry[],
    require('./data/terms.json') as KnowledgeEntry[],
    require('./data/parties.json') as KnowledgeEntry[],
  ]);
  return builtin;
}
