import { SITE } from '../site.config.ts';
import type { SectionKey } from './refworld/rules/sections.ts';

/** A part of a document with its own page: a section, the full text or the source. */
export type DocumentPart = SectionKey | 'full-text' | 'source';

/** The URL path of a document page, `/china-2010/` or `/china-2010/prosecution/`. */
export function documentPath(slug: string, part?: DocumentPart): string {
  return part === undefined ? `/${slug}/` : `/${slug}/${part}/`;
}

/** The permanent address path of a finding: its section page and its id, `/china-2010/prosecution/#id`. */
export function findingPath(slug: string, section: SectionKey, id: string): string {
  return `${documentPath(slug, section)}#${id}`;
}

/** The path of a document's data file, `/china-2010/assessment.json`. */
export function assessmentPath(slug: string): string {
  return `/${slug}/assessment.json`;
}

/** An absolute URL on the public site: every absolute URL the site prints goes through here. */
export function absoluteUrl(path: string, site: string = SITE.url): string {
  return new URL(path, site).href;
}

/** The list of every country, `/countries/`. */
export function countriesPath(): string {
  return '/countries/';
}

/** One country's documents, `/countries/china/`. */
export function countryPath(countrySlug: string): string {
  return `/countries/${countrySlug}/`;
}

/** One year's documents, `/years/2010/`. */
export function yearPath(year: string): string {
  return `/years/${year}/`;
}

/** What changed in a document since the previous one about its country, `/china-2010/changes/`. */
export function changesPath(slug: string): string {
  return `/${slug}/changes/`;
}

/** The search page, optionally with words and filter values (each filter may repeat), `/search/?series=…`. */
export function searchPath(params: Readonly<Record<string, string | readonly string[]>> = {}): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const v of typeof value === 'string' ? [value] : value) query.append(name, v);
  }
  const text = query.toString();
  return text === '' ? '/search/' : `/search/?${text}`;
}
