/** The site's one URL module: its paths (paths.ts) and the absolute URLs built from them. */
import { SITE } from '../site.config.ts';

export * from './paths.ts';

/** An absolute URL on the public site: every absolute URL the site prints goes through here. */
export function absoluteUrl(path: string, site: string = SITE.url): string {
  return new URL(path, site).href;
}
