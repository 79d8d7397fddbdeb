/** Lowercase ASCII words joined by hyphens: `Côte d'Ivoire` → `cote-divoire`. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The URL segment of a document: its country and publication year, `china-2010`. */
export function documentSlug(country: string, isoDate: string): string {
  return `${slugify(country)}-${isoDate.slice(0, 4)}`;
}
