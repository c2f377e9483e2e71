import { continents, countries } from 'countries-list';
import type { KnowledgeEntry } from './types';

/** Knowledge entries for the world's countries, made from the countries-list package. */
export function countryEntries(): KnowledgeEntry[] {
  return Object.entries(countries).map(([code, c]) => {
    const region = continents[c.continent as keyof typeof continents];
    const currency = c.currency.join(', ');
    return {
      id: `country-${code.toLowerCase()}`,
      name: c.name,
      type: 'place' as const,
      aliases: c.alias ?? [],
      summary: `Country in ${region}${c.capital ? `; capital ${c.capital}` : ''}${currency ? `; currency ${currency}` : ''}.`,
      country: code,
      wikipedia: c.name.replace(/ /g, '_'),
      facts: { capital: c.capital || undefined, region, currency: currency || undefined },
    };
  });
}
