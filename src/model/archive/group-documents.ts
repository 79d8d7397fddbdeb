import { publicationYear } from '../refworld/queries.ts';
import { countryLabel } from './country-label.ts';
import type { Document, SeriesKey } from '../refworld/schema.ts';
import { SERIES_KEYS } from '../refworld/rules/series.ts';

/** What grouping needs of a document. */
export type Listed = Pick<Document, 'meta' | 'country' | 'tier'>;

/**
 * The archive's one order: newest publication first, then by slug, so the order never depends on the order
 * read. The site sorts once (src/data/documents.ts); the functions below take documents in this order.
 */
export function newestFirst<D extends Listed>(docs: readonly D[]): D[] {
  return [...docs].sort(
    (a, b) =>
      b.meta.publicationDate.iso.localeCompare(a.meta.publicationDate.iso) ||
      a.meta.slug.localeCompare(b.meta.slug),
  );
}

/** A country of the archive and its documents, newest first. */
export interface CountryGroup<D extends Listed> {
  slug: string;
  /** The ISO 3166 common name (`Myanmar`), or the written name when the dataset does not know it. */
  name: string;
  /** The name the newest document gives it (`Burma`). */
  written: string;
  /** How the archive lists it: the documents' name, the ISO name beside it when another (`Burma (Myanmar)`). */
  label: string;
  code?: string;
  documents: D[];
}

/**
 * Every country with its documents, A–Z by the name its newest document gives it (accents ignored), from
 * documents newest first (`newestFirst`).
 */
export function byCountry<D extends Listed>(newestFirstDocs: readonly D[]): CountryGroup<D>[] {
  const groups = new Map<string, CountryGroup<D>>();
  for (const doc of newestFirstDocs) {
    const { slug, name, written, code } = doc.country;
    const group = groups.get(slug) ?? {
      slug,
      name,
      written,
      label: countryLabel(doc.country),
      ...(code && { code }),
      documents: [],
    };
    group.documents.push(doc);
    groups.set(slug, group);
  }
  const collator = new Intl.Collator('en', { sensitivity: 'base' });
  return [...groups.values()].sort((a, b) => collator.compare(a.label, b.label));
}

/** The year a document is filed under: its publication year. */
export const yearOf = (doc: Listed): string => publicationYear(doc.meta);

/**
 * Every year with documents, newest first, each with its documents by series (in SERIES_KEYS order), A–Z by
 * country; documents of one country, year and series stay in the order given (newest first).
 */
export function byYear<D extends Listed>(
  docs: readonly D[],
): { year: string; series: { key: SeriesKey; documents: D[] }[]; count: number }[] {
  const years = [...new Set(docs.map(yearOf))].sort().reverse();
  const collator = new Intl.Collator('en', { sensitivity: 'base' });
  return years.map((year) => {
    const ofYear = docs.filter((d) => yearOf(d) === year);
    const series = SERIES_KEYS.map((key) => ({
      key,
      documents: ofYear
        .filter((d) => d.meta.series === key)
        .sort((a, b) => collator.compare(a.country.name, b.country.name)),
    })).filter((s) => s.documents.length > 0);
    return { year, series, count: ofYear.length };
  });
}

/** How many documents each series has, in SERIES_KEYS order, series without documents left out. */
export function seriesCounts(docs: readonly Listed[]): { key: SeriesKey; count: number }[] {
  return SERIES_KEYS.map((key) => ({ key, count: docs.filter((d) => d.meta.series === key).length })).filter(
    (s) => s.count > 0,
  );
}
