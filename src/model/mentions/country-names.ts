import countries from 'world-countries';
import { slugify } from '../text/ascii-words.ts';
import { COUNTRY_ALIASES, DEMONYM_ALIASES } from './rules/countries.ts';

/** A country as a mention names it. */
export interface NamedCountry {
  code: string;
  name: string;
  slug: string;
  via: 'name' | 'demonym';
}

/** The plural a demonym takes in English: "North Koreans", "Thais"; "Chinese", "Swiss" and "French" stay as they are. */
export function demonymPlural(demonym: string): string | undefined {
  return /(?:s|sh|ch|x|z|ese)$/.test(demonym) ? undefined : `${demonym}s`;
}

let phrases: Map<string, NamedCountry> | undefined;

/**
 * Every phrase that names a country or territory, as written (case kept): the dataset's common, official
 * and alternative names and the aliases of src/model/mentions/rules/countries.ts; its English demonyms and
 * their plurals, and DEMONYM_ALIASES. A demonym several countries share goes to the one independent
 * country among them ("American"), or to none ("Congolese", "Dominican").
 */
export function countryPhrases(): ReadonlyMap<string, NamedCountry> {
  if (phrases) return phrases;
  const byCca3 = new Map(countries.map((c) => [c.cca3, c]));
  const known = (cca3: string, via: NamedCountry['via']): NamedCountry => {
    const c = byCca3.get(cca3);
    if (c === undefined)
      throw new Error(`countries rules: ${cca3} is not an ISO 3166-1 alpha-3 code of world-countries`);
    return { code: c.cca2, name: c.name.common, slug: slugify(c.name.common), via };
  };
  phrases = new Map();
  for (const c of countries) {
    for (const name of [c.name.common, c.name.official, ...c.altSpellings]) {
      // Two-letter spellings are codes, and a lowercase spelling is no name in English prose.
      if (name.length > 2 && /^\p{Lu}/u.test(name) && !phrases.has(name))
        phrases.set(name, known(c.cca3, 'name'));
    }
  }
  for (const [alias, cca3] of Object.entries(COUNTRY_ALIASES)) phrases.set(alias, known(cca3, 'name'));

  const demonyms = new Map<string, Set<string>>();
  for (const c of countries) {
    for (const d of [c.demonyms?.['eng']?.m, c.demonyms?.['eng']?.f]) {
      if (d) demonyms.set(d, (demonyms.get(d) ?? new Set()).add(c.cca3));
    }
  }
  const addDemonym = (d: string, cca3: string): void => {
    for (const form of [d, demonymPlural(d)])
      if (form && !phrases?.has(form)) phrases?.set(form, known(cca3, 'demonym'));
  };
  for (const [d, owners] of demonyms) {
    const independent = [...owners].filter((cca3) => byCca3.get(cca3)?.independent === true);
    const owner = owners.size === 1 ? [...owners][0] : independent.length === 1 ? independent[0] : undefined;
    if (owner !== undefined) addDemonym(d, owner);
  }
  for (const [d, cca3] of Object.entries(DEMONYM_ALIASES)) addDemonym(d, cca3);
  return phrases;
}
