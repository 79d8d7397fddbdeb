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
