import countries from 'world-countries';
import { slugify } from '../text/ascii-words.ts';
import { COUNTRY_ALIASES, DECLARED_TERRITORIES } from '../mentions/rules/countries.ts';
import type { Country } from './schema.ts';

interface Known {
  code: string;
  name: string;
}

let index: Map<string, Known> | undefined;

/** Folded name → country, from every name the dataset gives (common, official, alternative spellings), then the aliases. */
function countryIndex(): Map<string, Known> {
  if (index) return index;
  index = new Map();
  const byCca3 = new Map<string, Known>();
  for (const c of countries) {
    const known = { code: c.cca2, name: c.name.common };
    byCca3.set(c.cca3, known);
    for (const name of [c.name.common, c.name.official, ...c.altSpellings]) {
      const key = slugify(name);
      // Two-letter spellings are codes ("CN"), not names a title would carry; the first country keeps a name.
      if (key.length > 2 && !index.has(key)) index.set(key, known);
    }
  }
  for (const [alias, cca3] of Object.entries(COUNTRY_ALIASES)) {
    const known = byCca3.get(cca3);
    if (known === undefined)
      throw new Error(`COUNTRY_ALIASES: "${alias}" names ${cca3}, which world-countries does not have`);
    index.set(slugify(alias), known);
  }
  return index;
}

/**
 * Resolves a country as a title writes it to its ISO 3166-1 alpha-2 code and the dataset's common name,
 * which also gives its address (`/countries/myanmar/` for "Burma"). A name the dataset does not know keeps
 * its own words and has no code.
 */
export function resolveCountry(written: string): Country {
  const key = slugify(written);
  const alias = Object.keys(COUNTRY_ALIASES).some((a) => slugify(a) === key);
  const known = countryIndex().get(key);
  if (known === undefined) {
    const declared = Object.entries(DECLARED_TERRITORIES).find(([name]) => slugify(name) === key)?.[1];
    if (declared === undefined) return { written, name: written, slug: key, resolvedBy: 'unknown' };
    const { code, name } = declared;
    return { written, name, slug: slugify(name), code, resolvedBy: 'declared' };
  }
  return {
    written,
    name: known.name,
    slug: slugify(known.name),
    code: known.code,
    resolvedBy: alias ? 'alias' : 'dataset',
  };
}
