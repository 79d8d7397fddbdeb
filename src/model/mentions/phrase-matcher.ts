/** A phrase found in a text, with the value it was registered under. */
export interface PhraseMatch<T> {
  text: string;
  start: number;
  end: number;
  value: T;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Finds whole-word, case-sensitive occurrences of many phrases in one pass: one regular expression whose
 * alternatives are tried longest first, so "North Koreans" wins over "North Korean" and "Korea".
 */
export function phraseMatcher<T>(given: ReadonlyMap<string, T>): (text: string) => PhraseMatch<T>[] {
  // Exports write apostrophes straight or curly: "Cote d'Ivoire", "People’s Republic of China".
  const phrases = new Map(given);
  for (const [phrase, value] of given)
    if (phrase.includes("'")) phrases.set(phrase.replaceAll("'", '’'), value);
  const sorted = [...phrases.keys()]
    .filter((p) => p !== '')
    .sort((a, b) => b.length - a.length || a.localeCompare(b));
  if (sorted.length === 0) return () => [];
  // Letters, digits and apostrophes continue a word, so "Chinese" is not found in "Chineses" nor "Niger" in "Nigeria".
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}'’])(?:${sorted.map(escape).join('|')})(?![\\p{L}\\p{N}]|['’]\\p{L})`,
    'gu',
  );
  return (text) =>
    [...text.matchAll(pattern)].map((m) => ({
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      value: phrases.get(m[0]) as T,
    }));
}
