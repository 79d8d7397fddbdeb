/**
 * Pagefind (`pagefind.js`) for a Component UI instance, loaded without the filters. The Component UI's own
 * load fetches every filter's index and then counts every filter value on every search, work that grows with
 * the archive and that only the search page's Filters, once opened, shows.
 */
import type { FilterSelection, PagefindInstance } from './pagefind-types.ts';
import { BUNDLE_PATH } from './settings.ts';

/** The part of `pagefind.js`'s instance API this site calls. */
export interface PagefindApi {
  search(term: string | null, options?: { filters?: FilterSelection }): Promise<unknown>;
  preload(term: string, options?: { filters?: FilterSelection }): Promise<void>;
  /** Loads every filter's index; from then on each search counts every filter's values. */
  filters(): Promise<unknown>;
}

interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindApi;
}

let module: Promise<PagefindModule> | undefined;

/** Starts loading `pagefind.js` (once), so that it loads beside the Component UI rather than after it. */
export function importPagefind(): Promise<PagefindModule> {
  module ??= import(/* @vite-ignore */ `${BUNDLE_PATH}pagefind.js`) as Promise<PagefindModule>;
  return module;
}

/**
 * Loads `pagefind.js` and hands its instance to the Component UI `instance`, which then skips its own load
 * (it loads only when it has none: `__pagefind__` is the field it keeps it in). With `alwaysCount`, every
 * search also counts the values of those filters, which loads their indexes with the first search.
 */
export async function loadPagefind(
  instance: PagefindInstance,
  options: Record<string, unknown>,
  alwaysCount: readonly string[] = [],
): Promise<PagefindApi> {
  const { createInstance } = await importPagefind();
  const api = createInstance(options);
  if (alwaysCount.length > 0) {
    const search = api.search.bind(api);
    // An empty list of values counts a filter without narrowing the search by it.
    const counted = Object.fromEntries(alwaysCount.map((name) => [name, [] as string[]]));
    api.search = (term, searchOptions = {}) =>
      search(term, { ...searchOptions, filters: { ...counted, ...searchOptions.filters } });
  }
  (instance as unknown as { __pagefind__: PagefindApi }).__pagefind__ = api;
  return api;
}
