import { asciiWords } from '../text/ascii-words.ts';

/** Findings at least this similar may be paired as reworded; below it, one is new and the other dropped. */
export const REWORDED_THRESHOLD = 0.5;

/** Counts each word of a text, folded to lowercase ASCII. */
export function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of asciiWords(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/**
 * How alike two sentences' words are: the Dice coefficient of their word multisets, twice the words they
 * share (counted with repetition) over the words they have together. 1 for the same words in any order,
 * 0 for none in common. Accents, case and punctuation do not count.
 */
export function similarity(a: string, b: string): number {
  const ca = wordCounts(a);
  const cb = wordCounts(b);
  let shared = 0;
  let total = 0;
  for (const [word, n] of ca) {
    shared += Math.min(n, cb.get(word) ?? 0);
    total += n;
  }
  for (const n of cb.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}
