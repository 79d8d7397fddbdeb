/**
 * Every path of the site, and the rule from a path to its file in the build output. Free of the
 * environment, so client scripts can import it too; absolute URLs are in urls.ts, which re-exports this.
 */
import { SECTION_KEYS, type SectionKey } from '../model/refworld/rules/sections.ts';
import type { SearchParams } from './filters.ts';

/** Pages of the site that belong to no document. */
export const SITE_PATHS = {
  home: '/',
  search: '/search/',
  /** Astro writes src/pages/404.astro to 404.html, which static hosts serve for a missing page. */
  notFound: '/404.html',
} as const;

/** Where Pagefind's bundle is written in the output and served from: `/pagefind/`. */
export const PAGEFIND_DIR = 'pagefind';
export const PAGEFIND_PATH = `/${PAGEFIND_DIR}/`;

/** A part of a document with its own page: a section, the full text, the source, all findings or the timeline. */
export type DocumentPart = SectionKey | 'full-text' | 'source' | 'findings' | 'timeline';

/** The URL path of a document page, `/china-2010/` or `/china-2010/prosecution/`. */
export function documentPath(slug: string, part?: DocumentPart): string {
  return part === undefined ? `/${slug}/` : `/${slug}/${part}/`;
}

/**
 * The section pages of every document as a glob over the build output, `*\/{summary,…}/index.html`:
 * the pages Pagefind indexes. A function, not a constant: the search box's script imports this module for
 * another path, and a constant built by a call would stay in it, on every page.
 */
export function sectionPagesGlob(): string {
  return `*/{${SECTION_KEYS.join(',')}}/index.html`;
}

/** The permanent address path of a finding: its section page and its id, `/china-2010/prosecution/#id`. */
export function findingPath(slug: string, section: SectionKey, id: string): string {
  return `${documentPath(slug, section)}#${id}`;
}

/** The path of a document's data file, `/china-2010/assessment.json`. */
export function assessmentPath(slug: string): string {
  return `/${slug}/assessment.json`;
}

/**
 * The file of the built site that serves a URL path, relative to the output folder: `/` → `index.html`,
 * `/china-2010/` → `china-2010/index.html`, `/china-2010/assessment.json` and `/404.html` → themselves.
 * Percent-escapes are decoded, as a static host does before it looks for the file.
 */
export function distFile(pathname: string): string {
  const decoded = decodeURIComponent(pathname).replace(/^\/+/, '');
  return decoded === '' || decoded.endsWith('/') ? `${decoded}index.html` : decoded;
}

/** The URL path a built file is served at, the inverse of `distFile`: `china-2010/index.html` → `/china-2010/`. */
export function distUrl(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * The document page a URL path is, `/china-2010/prosecution/` → `{ slug: 'china-2010', part: 'prosecution' }`,
 * with no part for an overview; undefined for a path two levels deep or more, or not ending in `/`. A
 * one-level path of the site's own (`/countries/`) reads as an overview: callers that care ask the site's
 * paths first.
 */
export function documentPageOf(urlPath: string): { slug: string; part: string | undefined } | undefined {
  const match = /^\/([^/]+)\/(?:([^/]+)\/)?$/.exec(urlPath);
  return match?.[1] === undefined ? undefined : { slug: match[1], part: match[2] };
}

/** Whether a URL path is a section page, `/china-2010/prosecution/`: the pages search indexes. */
export function isSectionPage(urlPath: string): boolean {
  const part = documentPageOf(urlPath)?.part;
  return part !== undefined && (SECTION_KEYS as readonly string[]).includes(part);
}

/** The list of every country, `/countries/`. */
export function countriesPath(): string {
  return '/countries/';
}

/** The id of a letter's part of the countries page, and so its fragment: `letter-c`. */
export function letterId(letter: string): string {
  return `letter-${letter.toLowerCase()}`;
}

/** Where the countries page lists the countries filed under a letter: `/countries/#letter-c`. */
export function countryLetterPath(letter: string): string {
  return `${countriesPath()}#${letterId(letter)}`;
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

/** The search page, optionally with words (`q`) and filter values (each filter may repeat), `/search/?series=…`. */
export function searchPath(params: SearchParams = {}): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const v of typeof value === 'string' ? [value] : value) query.append(name, v);
  }
  const text = query.toString();
  return text === '' ? SITE_PATHS.search : `${SITE_PATHS.search}?${text}`;
}

/** The path of a document's citation file for reference managers, `/china-2010/cite.ris` (`.bib`, `.json`). */
export function citeFilePath(slug: string, format: 'ris' | 'bib' | 'json'): string {
  return `/${slug}/cite.${format}`;
}

/** The path of a document's social card image, `/china-2010/card.png`, shown in link previews. */
export function cardPath(slug: string): string {
  return pageCardPath(`/${slug}/`);
}

/** The social card of a page of the archive, beside it: `/countries/myanmar/card.png`, `/card.png`. */
export function pageCardPath(pagePath: string): string {
  return `${pagePath}card.png`;
}

/** The archive as data, `/data/`. */
export const DATA_PATH = '/data/';

/** A file of the archive as data, `/data/documents.csv`. */
export function dataFilePath(file: string): string {
  return `${DATA_PATH}${file}`;
}

/** The data package describing every file of /data/. */
export const DATA_PACKAGE_FILE = 'datapackage.json';

/** Every country by every report year, `/tiers/`. */
export const TIERS_PATH = '/tiers/';

/** The archive's Atom feed of new documents, `/feed.xml`. */
export const FEED_PATH = '/feed.xml';

/** One country's Atom feed, `/countries/china/feed.xml`. */
export function countryFeedPath(countrySlug: string): string {
  return `${countryPath(countrySlug)}feed.xml`;
}
