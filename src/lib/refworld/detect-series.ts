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
}

/**
 * Finds the configured series whose title pattern matches the whole title line.
 * @param title the title line's text; @param file and @param line where it is, for the error
 * @throws SeedError when no series matches, listing the shapes that would
 */
export function detectSeries(title: string, file: string, line: number): SeriesMatch {
  for (const key of SERIES_KEYS) {
    const rule = SERIES[key];
    const groups = rule.title.exec(title)?.groups;
    if (groups?.['type'] !== undefined && groups['country'] !== undefined) {
      return { key, rule, documentType: groups['type'], country: groups['country'].trim() };
    }
  }
  const shapes = SERIES_KEYS.map((key) => `"${SERIES[key].titleShape}"`).join(' or ');
  throw new SeedError(file, line, `a title of a known series, ${shapes}, found "${title}"`);
}
