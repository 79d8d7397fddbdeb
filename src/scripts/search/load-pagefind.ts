/**
 * Pagefind (`pagefind.js`) for a Component UI instance, loaded without the filters, and searched one search
 * at a time. Pagefind counts every value of every filter whose index it has loaded against each search's
 * matching pages, twice (under the chosen filters and without them), by a scan that grows with the number of
 * pages times the number of matches: on the whole series one loaded filter adds 0.6–0.9 s to a search for a
 * common word, all of them 3.5–5 s (docs/search.md). Only the search page's Filters, once opened, needs them.
 */
import { latestOnly } from './latest-only.ts';
import type { FilterSelection, PagefindInstance } from './pagefind-types.ts';
import { BUNDLE_PATH, PAGEFIND_OPTIONS, SHORT_WORD_WAIT_MS } from './settings.ts';

type SearchOptions = { filters?: FilterSelection };

/** The part of `pagefind.js`'s instance API this site calls. */
export interface PagefindApi {
  search(term: string | null, options?: SearchOptions): Promise<unknown>;
  preload(term: string, options?: SearchOptions): Promise<void>;
  /** Every filter's values and counts; loads every filter's index. */
  filters(): Promise<unknown>;
}

/** A loaded Pagefind, as handed to a Component UI instance. */
export interface LoadedPagefind {
  /** What the Component UI calls: searches one at a time (see `latestOnly`); its `filters()` loads nothing. */
  api: PagefindApi;
  /** Loads every filter's index: from then on each search counts every filter's values. */
  loadFilters(): Promise<unknown>;
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

/** Whether the last word of `term` is one letter, as it is while a reader types the first of a word. */
export function endsInOneLetter(term: string | null): boolean {
  return /(^|\s)\S$/u.test(term ?? '');
}

/**
 * A Pagefind instance on the page's main thread (`noWorker`), searched one search at a time: a search overtaken by a newer one before it started
 * answers `null`, which the Component UI ignores. A search whose last word is one letter waits
 * `SHORT_WORD_WAIT_MS` first: Pagefind matches it as a prefix of every word with that letter, among the
 * costliest searches there are, and the reader is most likely typing on.
 */
export async function createPagefind(options: Readonly<Record<string, unknown>>): Promise<LoadedPagefind> {
  const { createInstance } = await importPagefind();
  // In its worker, Pagefind keeps a callback per matching page of every answer and frees each with a message of
  // its own once the page has dropped the answer: on the whole series 16,000 messages for one common word,
  // 110,000 over three typed words, queued before the next search, which then waited 2–8 s. On the main thread
  // the answers are freed by the garbage collector alone; a search holds the thread while it runs instead.
  const pagefind = createInstance({ ...options, noWorker: true });
  const search = latestOnly(
    (term: string | null, searchOptions?: SearchOptions) => pagefind.search(term, searchOptions),
    (term) => (endsInOneLetter(term) ? SHORT_WORD_WAIT_MS : 0),
  );
  let filtersLoaded = false;
  const api: PagefindApi = {
    search,
    preload: (term, searchOptions) => pagefind.preload(term, searchOptions),
    // The Component UI asks for every filter when its box is emptied, which would load them all.
    filters: () => (filtersLoaded ? pagefind.filters() : Promise.resolve({})),
  };
  return {
    api,
    loadFilters: () => {
      filtersLoaded = true;
      return pagefind.filters();
    },
  };
}

const started = new Map<string, Promise<LoadedPagefind>>();

/**
 * Starts the Pagefind of the Component UI instance named `name` (once), so that a page can start it, and
 * fetch what a search needs, while the UI itself still loads.
 */
export function startPagefind(name: string): Promise<LoadedPagefind> {
  let pagefind = started.get(name);
  if (!pagefind) {
    pagefind = createPagefind(PAGEFIND_OPTIONS);
    started.set(name, pagefind);
  }
  return pagefind;
}

/**
 * Loads `pagefind.js` and hands its instance to the Component UI `instance` named `name`, which then skips its own load
 * (it loads only when it has none: `__pagefind__` is the field it keeps it in, a private one; if a Pagefind
 * release renames it, the UI loads Pagefind itself with every filter, and search is slow but still works).
 */
export async function loadPagefind(instance: PagefindInstance, name: string): Promise<LoadedPagefind> {
  const loaded = await startPagefind(name);
  (instance as unknown as { __pagefind__: PagefindApi }).__pagefind__ = loaded.api;
  return loaded;
}
