import { slugify } from '../text/ascii-words.ts';
import { yearOf } from './queries.ts';

/** The URL segment of a document: its country and year (`china-2010`), from a year or an ISO date. */
export function documentSlug(country: string, yearOrIsoDate: string): string {
  return `${slugify(country)}-${yearOf(yearOrIsoDate)}`;
}
