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
import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** A path on the site, with its trailing slash: `/china-2010/regional-cooperation/`. */
const PagePath = z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/, 'a path like /china-2010/summary/');
/** A finding's permanent address as a path and fragment: `/china-2010/summary/#the-government-of-china`. */
const FindingAddress = z.string().regex(/^\/(?:[a-z0-9-]+\/)+#[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a path and #id');

/** A page whose address changed. */
export const PageRedirectSchema = z.object({
  /** The old path. */
  from: PagePath,
  /** Where it is now. */
  to: PagePath,
  /** When the change shipped (ISO date). */
  since: z.iso.date(),
  /** Why, for the record. */
  reason: z.string().min(1),
});

/** A finding whose address changed: a new id, a new page, or both. */
export const FindingAliasSchema = z.object({
  /** The old address, `/<doc>/<section>/#<old-id>`. */
  from: FindingAddress,
  /** The new address, `/<doc>/<section>/#<new-id>`. */
  to: FindingAddress,
  /** When the change shipped (ISO date). */
  since: z.iso.date(),
  /** Why, for the record. */
  reason: z.string().min(1),
});

export const RedirectsSchema = z.object({
  pages: z.array(PageRedirectSchema).default([]),
  findings: z.array(FindingAliasSchema).default([]),
});

export type PageRedirect = z.infer<typeof PageRedirectSchema>;
export type FindingAlias = z.infer<typeof FindingAliasSchema>;
export type Redirects = z.infer<typeof RedirectsSchema>;

/** The list. Nothing has been renamed since the first release. */
const SHIPPED: Redirects = {
  pages: [],
  findings: [],
};

/**
 * The redirects in force: the list above, plus entries from the JSON file named by `TIP_REDIRECTS`, which
 * lets a test build a fixture with renames of its own without touching this file.
 */
export const REDIRECTS: Redirects = (() => {
  const file = process.env['TIP_REDIRECTS'];
  if (!file) return SHIPPED;
  const extra = RedirectsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  return { pages: [...SHIPPED.pages, ...extra.pages], findings: [...SHIPPED.findings, ...extra.findings] };
})();

/** The page redirects as Astro's `redirects` option: old path → new path, with a permanent status. */
export function astroRedirects(
  redirects: Redirects = REDIRECTS,
): Record<string, { status: 301; destination: string }> {
  return Object.fromEntries(redirects.pages.map((r) => [r.from, { status: 301, destination: r.to }]));
}

/**
 * Where a page path leads once every redirect is followed.
 * @throws Error when the redirects go round in a circle
 */
export function resolvePage(path: string, redirects: Redirects = REDIRECTS): string {
  const seen = new Set<string>();
  let current = path;
  for (;;) {
    const next = redirects.pages.find((r) => r.from === current);
    if (!next) return current;
    if (seen.has(current))
      throw new Error(`src/redirects.ts: the redirects from ${path} go round in a circle`);
    seen.add(current);
    current = next.to;
  }
}

/** A finding's address split into its page path and id. */
export interface FindingRef {
  page: string;
  id: string;
}

/** Splits `/<doc>/<section>/#id` into its page and id. */
export function parseFindingAddress(address: string): FindingRef {
  const hash = address.indexOf('#');
  return { page: address.slice(0, hash), id: address.slice(hash + 1) };
}

/**
 * Where a link to a finding lands once aliases and page redirects are followed: the alias for the address
 * first (after its page is resolved), then the page's redirects with the id unchanged.
 */
export function resolveFinding(ref: FindingRef, redirects: Redirects = REDIRECTS): FindingRef {
  const page = resolvePage(ref.page, redirects);
  const alias = redirects.findings.find((a) => {
    const from = parseFindingAddress(a.from);
    return from.id === ref.id && (from.page === ref.page || resolvePage(from.page, redirects) === page);
  });
  if (!alias) return { page, id: ref.id };
  const to = parseFindingAddress(alias.to);
  return { page: resolvePage(to.page, redirects), id: to.id };
}

/** Old ids to keep as anchors right before finding `id` on `page`: renamed on the same page. */
export function aliasIdsBefore(page: string, id: string, redirects: Redirects = REDIRECTS): string[] {
  return redirects.findings.flatMap((a) => {
    const from = parseFindingAddress(a.from);
    const to = parseFindingAddress(a.to);
    const samePage = resolvePage(from.page, redirects) === page && resolvePage(to.page, redirects) === page;
    return samePage && to.id === id ? [from.id] : [];
  });
}

/** Findings that left `page` for another page: each old id and the new address to point to. */
export function movedAway(page: string, redirects: Redirects = REDIRECTS): { id: string; to: string }[] {
  return redirects.findings.flatMap((a) => {
    const from = parseFindingAddress(a.from);
    const to = parseFindingAddress(a.to);
    const toPage = resolvePage(to.page, redirects);
    const left = resolvePage(from.page, redirects) === page && toPage !== page;
    return left ? [{ id: from.id, to: `${toPage}#${to.id}` }] : [];
  });
}
