// The pages Lighthouse audits, found in the built site rather than listed by hand.
import { isSectionPage } from '../src/publish/paths.ts';
import { DIST, htmlPages, urlOf } from './dist.ts';

/** A page to audit: what it stands for and its URL path, or why it is missing. */
export interface AuditPage {
  label: 'home' | 'overview' | 'section' | 'search';
  /** URL path such as `/china-2010/summary/`; undefined when the site has no such page (yet). */
  path: string | undefined;
}

/** Home, the first document's overview, one of its section pages and the search page, as built in `dir`. */
export async function auditPages(dir: string = DIST): Promise<AuditPage[]> {
  const urls = (await htmlPages(dir)).map(urlOf);
  const section = urls.find(isSectionPage);
  const overview = section?.replace(/[^/]+\/$/, '');
  const has = (url: string | undefined) => (url && urls.includes(url) ? url : undefined);
  return [
    { label: 'home', path: has('/') },
    { label: 'overview', path: has(overview) },
    { label: 'section', path: has(section) },
    { label: 'search', path: has('/search/') },
  ];
}

/**
 * The URL path of the `label` page of `pages`. A gate checks every page it names: when the built site lacks
 * one, this throws, so the test that asked fails rather than passing or being skipped.
 */
export function requiredPath(pages: readonly AuditPage[], label: AuditPage['label']): string {
  const path = pages.find((page) => page.label === label)?.path;
  if (path === undefined) throw new Error(`the built site has no ${label} page to check`);
  return path;
}
