import { SERIES, SERIES_KEYS, type SeriesKey, type SeriesRule } from './rules/series.ts';
import { SeedError } from './seed-error.ts';

/** The series a title belongs to, and the parts its title names. */
export interface SeriesMatch {
  key: SeriesKey;
  rule: SeriesRule;
  /** The part of the title before the country, e.g. `2010 Trafficking in Persons Report`. */
  documentType: string;
  /** The country as the title writes it. */
  country: string;
  /** The year the title names, where it names one (`2010`). */
  year?: string;
}

/**
 * Finds the configured series one of whose title forms matches the whole title line.
 * @param title the title line's text; @param file and @param line where it is, for the error
 * @throws SeedError when no series matches, listing the shapes that would
 */
export function detectSeries(title: string, file: string, line: number): SeriesMatch {
  for (const key of SERIES_KEYS) {
    const rule = SERIES[key];
    for (const form of rule.titles) {
      const groups = form.exec(title)?.groups;
      if (groups?.['type'] === undefined || groups['country'] === undefined) continue;
      const year = groups['year'];
      return {
        key,
        rule,
        documentType: groups['type'],
        country: groups['country'].trim(),
        ...(year !== undefined && { year }),
      };
    }
  }
  const shapes = SERIES_KEYS.flatMap((key) => SERIES[key].titleShapes.map((s) => `"${s}"`)).join(' or ');
  throw new SeedError(file, line, `a title of a known series, ${shapes}, found "${title}"`);
}
