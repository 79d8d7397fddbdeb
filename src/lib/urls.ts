import { SITE } from '../site.config.ts';
import { SECTION_KEYS, type SectionKey } from './refworld/rules/sections.ts';

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

/** A part of a document with its own page: a section, the full text or the source. */
export type DocumentPart = SectionKey | 'full-text' | 'source';

/** The URL path of a document page, `/china-2010/` or `/china-2010/prosecution/`. */
export function documentPath(slug: string, part?: DocumentPart): string {
  return part === undefined ? `/${slug}/` : `/${slug}/${part}/`;
}

/**
 * The section pages of every document as a glob over the build output, `*\/{summary,…}/index.html`:
 * the pages Pagefind indexes.
 */
export const SECTION_PAGES_GLOB = `*/{${SECTION_KEYS.join(',')}}/index.html`;

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

/** The path of a document's citation file for reference managers, `/china-2010/cite.ris` (`.bib`, `.json`). */
export function citeFilePath(slug: string, format: 'ris' | 'bib' | 'json'): string {
  return `/${slug}/cite.${format}`;
}

/** The path of a document's social card image, `/china-2010/card.png`, shown in link previews. */
export function cardPath(slug: string): string {
  return `/${slug}/card.png`;
}
