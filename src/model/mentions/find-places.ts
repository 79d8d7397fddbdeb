import { citiesOf } from './gazetteer.ts';
import { MAX_NAME_WORDS, NOT_PLACE_WORDS, PLACE_NOUNS } from './rules/places.ts';
import type { PlaceMention } from './schema.ts';

const WORD = "\\p{Lu}[\\p{L}'’-]*";
const anyCase = (w: string): string => `[${w[0]?.toLowerCase()}${w[0]?.toUpperCase()}]${w.slice(1)}`;
const NOUNS = [...PLACE_NOUNS]
  .sort((a, b) => b.length - a.length)
  .map(anyCase)
  .join('|');
/** Up to MAX_NAME_WORDS capitalised words, then a place noun: "Guizhou province", "Mekong region". */
const NAME_BEFORE_NOUN = new RegExp(
  `(?<![\\p{L}\\p{N}])(${WORD}(?: ${WORD}){0,${MAX_NAME_WORDS - 1}}) (?:${NOUNS})(?![\\p{L}\\p{N}])`,
  'gu',
);
/** A run of capitalised words, for looking names up in the gazetteer. */
const CAPITALISED_RUN = new RegExp(`(?<![\\p{L}\\p{N}'’-])${WORD}(?: ${WORD})*`, 'gu');
const NOT_PLACE = new Set(NOT_PLACE_WORDS);

/** Drops leading words that cannot open a place's name ("The", "Government"); undefined when none are left. */
function trimName(words: string[]): string[] | undefined {
  let i = 0;
  while (i < words.length && NOT_PLACE.has(words[i] ?? '')) i++;
  return i < words.length ? words.slice(i) : undefined;
}

/**
 * Places below the country a text names, by two rules. (1) A capitalised name of up to three words right
 * before a place noun (province, city, region, border …): "Guizhou province". (2) A run of capitalised
 * words, not opening the sentence, that is a city of the GeoNames gazetteer in one of `countries` (the
 * document's and those the same finding mentions): "Dongguan". Names that are countries are dropped when
 * mentions are merged, since a country mention takes precedence.
 */
export function findPlaces(text: string, countries: readonly string[]): PlaceMention[] {
  const found: PlaceMention[] = [];
  for (const m of text.matchAll(NAME_BEFORE_NOUN)) {
    const words = (m[1] ?? '').split(' ');
    const name = trimName(words);
    if (!name) continue;
    const skipped = words.slice(0, words.length - name.length).join(' ');
    const start = m.index + (skipped === '' ? 0 : skipped.length + 1);
    found.push({
      kind: 'place',
      text: text.slice(start, m.index + m[0].length),
      start,
      end: m.index + m[0].length,
      name: name.join(' '),
      rule: 'place-noun',
    });
  }
  const gazetteers = countries.map((code) => [code, citiesOf(code)] as const);
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    // The sentence's first word is capitalised whatever it is.
    if (
      text
        .slice(0, m.index)
        .trim()
        .replace(/^["“‘'(]+/u, '') === ''
    )
      continue;
    const words = m[0].split(' ');
    // The longest run of consecutive words, from any start, that the gazetteer knows.
    for (let len = words.length; len > 0; len--) {
      const hit = longestCity(words, len, gazetteers);
      if (hit) {
        const start = m.index + words.slice(0, hit.at).join(' ').length + (hit.at > 0 ? 1 : 0);
        found.push({
          kind: 'place',
          text: hit.name,
          start,
          end: start + hit.name.length,
          name: hit.name,
          rule: 'gazetteer',
          country: hit.country,
        });
        break;
      }
    }
  }
  return found;
}

function longestCity(
  words: string[],
  len: number,
  gazetteers: readonly (readonly [string, ReadonlySet<string>])[],
): { at: number; name: string; country: string } | undefined {
  for (let at = 0; at + len <= words.length; at++) {
    const name = words.slice(at, at + len).join(' ');
    if (NOT_PLACE.has(name)) continue;
    const owner = gazetteers.find(([, names]) => names.has(name));
    if (owner) return { at, name, country: owner[0] };
  }
  return undefined;
}
