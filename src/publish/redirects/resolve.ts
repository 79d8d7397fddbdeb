/**
 * Where old addresses lead: pure functions over a list of redirects (the site's: `siteRedirects()`), used by the config (Astro's
 * `redirects`), the finding components (old ids kept as anchors, notes for moved findings) and the URL
 * contract check.
 */
import type { Redirects } from './schema.ts';

/** The page redirects as Astro's `redirects` option: old path → new path, with a permanent status. */
export function astroRedirects(redirects: Redirects): Record<string, { status: 301; destination: string }> {
  return Object.fromEntries(redirects.pages.map((r) => [r.from, { status: 301, destination: r.to }]));
}

/**
 * Where a page path leads once every redirect is followed.
 * @throws Error when the redirects go round in a circle
 */
export function resolvePage(path: string, redirects: Redirects): string {
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
export function resolveFinding(ref: FindingRef, redirects: Redirects): FindingRef {
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
export function aliasIdsBefore(page: string, id: string, redirects: Redirects): string[] {
  return redirects.findings.flatMap((a) => {
    const from = parseFindingAddress(a.from);
    const to = parseFindingAddress(a.to);
    const samePage = resolvePage(from.page, redirects) === page && resolvePage(to.page, redirects) === page;
    return samePage && to.id === id ? [from.id] : [];
  });
}

/** Findings that left `page` for another page: each old id and the new address to point to. */
export function movedAway(page: string, redirects: Redirects): { id: string; to: string }[] {
  return redirects.findings.flatMap((a) => {
    const from = parseFindingAddress(a.from);
    const to = parseFindingAddress(a.to);
    const toPage = resolvePage(to.page, redirects);
    const left = resolvePage(from.page, redirects) === page && toPage !== page;
    return left ? [{ id: from.id, to: `${toPage}#${to.id}` }] : [];
  });
}
