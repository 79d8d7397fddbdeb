import { countryPhrases, type NamedCountry } from './country-names.ts';
import { phraseMatcher, type PhraseMatch } from './phrase-matcher.ts';
import type { CountryMention } from './schema.ts';

let match: ((text: string) => PhraseMatch<NamedCountry>[]) | undefined;

/** Countries and territories a text names, by name, alias, demonym or demonym plural. */
export function findCountries(text: string): CountryMention[] {
  match ??= phraseMatcher(countryPhrases());
  return match(text).map(({ text: words, start, end, value }) => ({
    kind: 'country',
    text: words,
    start,
    end,
    ...value,
  }));
}
