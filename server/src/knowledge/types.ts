/** One curated entry of the knowledge base, written in the project's own words. */
export interface KnowledgeEntry {
  id: string;
  name: string;
  type: KnowledgeType;
  aliases?: string[];
  /** What an acronym stands for ("Society for Worldwide Interbank Financial Telecommunication"). */
  expansion?: string;
  summary: string;
  /** Current roles; each is true as of its `asOf` month (YYYY-MM) and may have gone stale since. */
  roles?: Array<{ title: string; asOf: string }>;
  /** ISO 3166-1 alpha-2 code. */
  country?: string;
  wikipedia?: string;
  wikidata?: string;
  /** Country facts, for entries made from the countries data package. */
  facts?: { capital?: string; region?: string; currency?: string; population?: number; demonym?: string };
}

export type KnowledgeType = 'person' | 'organization' | 'place' | 'event' | 'term' | 'nationality';
