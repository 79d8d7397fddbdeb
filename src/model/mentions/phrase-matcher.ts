/** A phrase found in a text, with the value it was registered under. */
export interface PhraseMatch<T> {
  text: string;
  start: number;
  end: number;
  value: T;
}

/** A letter or a digit: what continues a word. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** What may not come right before a phrase: a word's letter, digit or apostrophe. */
const CONTINUES = /[\p{L}\p{N}'’]/u;

/** The code point before `at`, as a string (a surrogate pair whole). */
function before(text: string, at: number): string {
  const low = text.charCodeAt(at - 1);
  return low >= 0xdc00 && low <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text.slice(at - 1, at);
}

/** The code point at `at`, as a string. */
const codePointAt = (text: string, at: number): string => String.fromCodePoint(text.codePointAt(at) ?? 0);

/**
 * Finds whole-word, case-sensitive occurrences of many phrases in one pass, left to right, each match taken
 * whole before the search goes on after it. At each place a word may start, the phrases that begin with
 * its character are tried longest first, so "North Koreans" wins over "North Korean" and "Korea". (What one
 * regular expression of every phrase as alternatives finds, without trying every alternative at every
 * character.)
 */
export function phraseMatcher<T>(given: ReadonlyMap<string, T>): (text: string) => PhraseMatch<T>[] {
  // Exports write apostrophes straight or curly: "Cote d'Ivoire", "People’s Republic of China".
  const phrases = new Map(given);
  for (const [phrase, value] of given)
    if (phrase.includes("'")) phrases.set(phrase.replaceAll("'", '’'), value);
  const sorted = [...phrases.keys()]
    .filter((p) => p !== '')
    .sort((a, b) => b.length - a.length || a.localeCompare(b));
  const byFirst = new Map<string, string[]>();
  for (const phrase of sorted) {
    const first = phrase.charAt(0);
    byFirst.set(first, [...(byFirst.get(first) ?? []), phrase]);
  }
  // Letters, digits and apostrophes continue a word, so "Chinese" is not found in "Chineses" nor "Niger" in
  // "Nigeria"; a phrase may end before an apostrophe, but not before one that a letter follows.
  const endsWord = (text: string, end: number): boolean => {
    if (end >= text.length) return true;
    const next = codePointAt(text, end);
    if (WORD_CHAR.test(next)) return false;
    return !(
      (next === "'" || next === '’') &&
      end + 1 < text.length &&
      /\p{L}/u.test(codePointAt(text, end + 1))
    );
  };
  return (text) => {
    const found: PhraseMatch<T>[] = [];
    let at = 0;
    while (at < text.length) {
      const candidates = byFirst.get(text.charAt(at));
      const phrase =
        candidates !== undefined && (at === 0 || !CONTINUES.test(before(text, at)))
          ? candidates.find((p) => text.startsWith(p, at) && endsWord(text, at + p.length))
          : undefined;
      if (phrase === undefined) {
        at += 1;
        continue;
      }
      found.push({ text: phrase, start: at, end: at + phrase.length, value: phrases.get(phrase) as T });
      at += phrase.length;
    }
    return found;
  };
}
