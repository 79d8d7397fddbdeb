import { siteRedirects } from '../redirects.ts';
import { previousOf } from './archive.ts';
import { documentDigest } from './documents.ts';

/**
 * The incremental build's `cacheKey` of a page of one document (astro.config.mjs): the digests of what
 * the page shows, which are its document, the document its changes compare it with (its navigation links
 * the changes page when there is one), the renames in force, and `more` (a section's own digest). Astro
 * adds the page's code to the key; a page whose key is unchanged is copied from the last build.
 */
export async function documentPageKey(
  slug: string,
  ...more: (string | number | undefined)[]
): Promise<string> {
  const previous = (await previousOf(slug))?.meta.slug;
  return JSON.stringify([
    await documentDigest(slug),
    previous,
    previous === undefined ? undefined : await documentDigest(previous),
    siteRedirects(),
    ...more.map(String),
  ]);
}
