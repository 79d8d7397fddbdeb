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
