import { asciiWords } from '../text/ascii-words.ts';
import { yearOf } from './queries.ts';

/** Lowercase ASCII words joined by hyphens: `Côte d'Ivoire` → `cote-divoire`. */
export function slugify(text: string): string {
  return asciiWords(text).join('-');
}

/** The URL segment of a document: its country and year (`china-2010`), from a year or an ISO date. */
export function documentSlug(country: string, yearOrIsoDate: string): string {
  return `${slugify(country)}-${yearOf(yearOrIsoDate)}`;
}
