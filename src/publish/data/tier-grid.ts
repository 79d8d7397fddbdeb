import countries from 'world-countries';
import { publicationYear } from '../../model/refworld/queries.ts';
import type { Country, Document } from '../../model/refworld/schema.ts';
import { isTierReport } from './tables.ts';

/** One country's row of the grid: a report (or none) for each of the grid's years, in order. */
export interface TierRow {
  country: Pick<Country, 'name' | 'slug' | 'code'>;
  cells: (Document | undefined)[];
}

/** Every country by every report year, rows grouped by region and A–Z within a region. */
export interface TierGrid {
  /** The report years, oldest first. */
  years: string[];
  /** Regions A–Z, then the countries the dataset does not know (region undefined). */
  regions: { region: string | undefined; rows: TierRow[] }[];
}

const regionByCode = new Map(countries.map((c) => [c.cca2, c.region]));

/**
 * The tier grid of the archive's annual reports (the series that place countries on tiers): one row per
 * country, one column per report year, each cell the report of that country and year. Regions come from
 * the ISO 3166 dataset (world-countries); a country it does not know is filed under no region, last.
 */
export function tierGrid(docs: readonly Document[]): TierGrid {
  const reports = docs.filter(isTierReport);
  const years = [...new Set(reports.map((d) => publicationYear(d.meta)))].sort();
  const rows = new Map<string, TierRow>();
  for (const doc of reports) {
    const { name, slug, code } = doc.country;
    const row = rows.get(slug) ?? {
      country: { name, slug, ...(code && { code }) },
      cells: years.map(() => undefined),
    };
    const column = years.indexOf(publicationYear(doc.meta));
    // Two reports of one country and year cannot both be shown; the first read (newest first) stays.
    row.cells[column] ??= doc;
    rows.set(slug, row);
  }
  const collator = new Intl.Collator('en', { sensitivity: 'base' });
  const byRegion = new Map<string | undefined, TierRow[]>();
  for (const row of [...rows.values()].sort((a, b) => collator.compare(a.country.name, b.country.name))) {
    const region = row.country.code === undefined ? undefined : regionByCode.get(row.country.code);
    byRegion.set(region, [...(byRegion.get(region) ?? []), row]);
  }
  const regions = [...byRegion.entries()]
    .map(([region, list]) => ({ region, rows: list }))
    .sort((a, b) =>
      a.region === undefined ? 1 : b.region === undefined ? -1 : collator.compare(a.region, b.region),
    );
  return { years, regions };
}
