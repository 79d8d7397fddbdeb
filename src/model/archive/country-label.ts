import { slugify } from '../text/ascii-words.ts';
import type { Country } from '../refworld/schema.ts';

/**
 * A country as the archive lists it: the name its documents give it, with the ISO 3166 name beside it
 * when that is another name ("Burma (Myanmar)", "Korea, North (North Korea)"); one name when they agree.
 */
export function countryLabel(country: Pick<Country, 'written' | 'name'>): string {
  return slugify(country.written) === slugify(country.name)
    ? country.name
    : `${country.written} (${country.name})`;
}
