import { REFWORLD } from '../../site.config.ts';

/** The words of a sentence as lowercase ASCII tokens: accents folded, apostrophes dropped. */
export function idWords(sentence: string): string[] {
  return sentence
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/**
 * Gives each sentence a readable id from its first words
 * (`in-april-2009-chinese-officials-collaborated`). When two sentences start
 * alike, the later one takes more words until it differs; identical sentences
 * get `-2`, `-3`. Ids depend on the words, not on positions, so editing one
 * sentence never renames another that does not share its opening.
 */
export function assignFindingIds(sentences: readonly string[]): string[] {
  const taken = new Set<string>();
  return sentences.map((sentence) => {
    const words = idWords(sentence);
    if (words.length === 0) words.push('finding');
    let count = Math.min(REFWORLD.findingIdWords, words.length);
    let id = words.slice(0, count).join('-');
    while (taken.has(id) && count < words.length) {
      count += 1;
      id = words.slice(0, count).join('-');
    }
    const base = id;
    for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
}
