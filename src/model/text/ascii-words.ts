// Letters that Unicode decomposition leaves whole, spelled as ASCII the way their languages transliterate them.
const LETTERS: Readonly<Record<string, string>> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
};

/**
 * The words of a text as lowercase ASCII tokens, for ids and slugs: accents
 * folded (`Côte` → `cote`), other Latin letters transliterated (`Østerlich` →
 * `osterlich`), apostrophes dropped (`d'Ivoire` → `divoire`).
 */
export function asciiWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øæœßđðþłı]/g, (letter) => LETTERS[letter] ?? letter)
    .replace(/['’‘]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/** Lowercase ASCII words joined by hyphens: `Côte d'Ivoire` → `cote-divoire`. */
export function slugify(text: string): string {
  return asciiWords(text).join('-');
}
