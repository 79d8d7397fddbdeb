import { REFWORLD } from './rules/format.ts';
import { asciiWords } from '../text/ascii-words.ts';

/** How many leading words two word lists share. */
function sharedWords(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/** `base-2`, `base-3`, …: the first that is not taken. */
function numbered(base: string, taken: ReadonlySet<string>): string {
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/**
 * Gives each sentence a readable id from its first words
 * (`in-april-2009-chinese-officials-collaborated`). When two sentences start
 * alike, the later one takes more words, up to the first word that differs;
 * a sentence with the same words as an earlier one gets that one's id with
 * `-2`, `-3`. Ids depend on the words, not on positions, so editing one
 * sentence never renames another that does not share its opening.
 */
export function assignFindingIds(sentences: readonly string[]): string[] {
  const taken = new Set<string>();
  const wordsOf = new Map<string, string[]>();
  const idOfWords = new Map<string, string>();
  return sentences.map((sentence) => {
    const words = asciiWords(sentence);
    if (words.length === 0) words.push('finding');
    const key = words.join(' ');
    const same = idOfWords.get(key);
    let id: string;
    if (same !== undefined) {
      id = numbered(same, taken);
    } else {
      let count = Math.min(REFWORLD.findingIdWords, words.length);
      id = words.slice(0, count).join('-');
      while (taken.has(id) && count < words.length) {
        // Take words up to the first that differs from the sentence holding this id.
        const other = wordsOf.get(id) ?? [];
        count = Math.min(words.length, Math.max(count + 1, sharedWords(words, other) + 1));
        id = words.slice(0, count).join('-');
      }
      // Only a sentence whose words all open an earlier, longer one can still clash.
      if (taken.has(id)) id = numbered(id, taken);
      idOfWords.set(key, id);
    }
    taken.add(id);
    wordsOf.set(id, words);
    return id;
  });
}
