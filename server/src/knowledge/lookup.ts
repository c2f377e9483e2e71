import type { Entity } from '../analysis/types';
import type { KnowledgeBase } from './knowledgeBase';
import type { KnowledgeEntry } from './types';

/** The knowledge-base entry an entity matched, if any. */
export function knowledgeFor(entity: Entity, knowledge: KnowledgeBase): KnowledgeEntry | undefined {
  return entity.knowledgeId ? knowledge.get(entity.knowledgeId) : undefined;
}

export function wikipediaUrl(entry: KnowledgeEntry): string | undefined {
  return entry.wikipedia ? `https://en.wikipedia.org/wiki/${encodeURIComponent(entry.wikipedia).replace(/%2F/g, '/')}` : undefined;
}

/** The most recent "as of" month among an entry's roles. */
export function latestAsOf(entry: KnowledgeEntry): string | undefined {
  return entry.roles?.map(r => r.asOf).sort().pop();
}
