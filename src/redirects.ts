/**
 * Addresses that changed, so that links made before still land. A URL that ships is a promise (see
 * contract/): renaming a page or a finding needs an entry here, and the contract test follows it.
 *
 * - A page that moved: a `PageRedirect`. Astro serves it (`redirects` in astro.config.mjs): a 301 on hosts
 *   that take Astro's redirects, elsewhere a page that forwards at once and tells search engines where.
 * - A finding whose id changed: a `FindingAlias`. On the page that has the finding, an empty anchor with
 *   the old id sits right before it, so `#old-id` still scrolls to it and marks it.
 * - A finding that moved to another page that still exists: a `FindingAlias` too. The old page keeps a
 *   note with the old id, shown only when it is the target, linking to the new address.
 */
import { loadRedirects, type Redirects, type RedirectsInput } from './publish/redirects/index.ts';

/** The list, validated against its schema when the site loads it. Nothing has been renamed since the first release. */
export const SHIPPED_REDIRECTS: RedirectsInput = {
  pages: [],
  findings: [],
};

let inForce: Redirects | undefined;

/**
 * The redirects of this build: the list above plus the JSON file named by `TIP_REDIRECTS` (a test's fixture
 * renames), loaded and validated on the first call, not when this module is imported.
 * @throws Error naming the file and the entry when one is not as the schema says
 */
export function siteRedirects(): Redirects {
  return (inForce ??= loadRedirects(SHIPPED_REDIRECTS, process.env['TIP_REDIRECTS']));
}
