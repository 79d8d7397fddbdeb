/**
 * A title in sentence case, as APA 7 sets titles of works and as CSL expects them to be stored:
 * the first word keeps its capital, later Capitalised words are lowered, while acronyms ("TIP", "UN"),
 * words with inner capitals and the given proper nouns stay as written.
 * @param title a title in title case, e.g. `Trafficking in Persons Interim Assessment`
 * @param properNouns words or phrases that keep their capitals, e.g. the country
 */
export function sentenceCase(title: string, properNouns: readonly string[] = []): string {
  const kept = new Set(properNouns.flatMap((noun) => noun.split(/\s+/)));
  return title
    .split(/(\s+)/)
    .map((word, i) => {
      // Even indexes are words, odd ones the whitespace between them; the first word is left alone.
      if (i === 0 || i % 2 === 1 || kept.has(word)) return word;
      return /^\p{Lu}[\p{Ll}'’-]*$/u.test(word) ? word.toLowerCase() : word;
    })
    .join('');
}
