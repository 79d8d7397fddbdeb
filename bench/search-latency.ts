// How long a reader waits for search results on a warm page, measured in Chromium on a built site. Time runs
// from the input event of the last keystroke to the first result for the whole query in the DOM, and to the
// frame that paints it: Pagefind's UI, its WebAssembly and the index chunks for the queries are already
// loaded, as after a reader's first search. Used by `npm run bench` (bench/search-bench.ts) and, on its
// largest build, by `npm run bench:build`.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tooling/browser.ts';
import { serveDir } from '../tooling/server.ts';

/** What readers search for, by kind: words on most pages, phrases, and words on few pages. */
export const QUERY_GROUPS = {
  common: ['victims', 'forced labor', 'government'],
  phrase: ['North Koreans', 'Costa Rica', 'pilot program'],
  rare: ['repatriation', 'Burma', 'Country 0049'],
} as const;
/** Every query, in the order they are typed. */
export const QUERIES: readonly string[] = Object.values(QUERY_GROUPS).flat();

/** The same kinds of query for the realistic archive (bench/realistic-archive.ts), whose words differ. */
export const REALISTIC_QUERY_GROUPS = {
  common: ['victims', 'forced labor', 'government'],
  phrase: ['debt bondage', 'pilot program', 'Costa Rica'],
  rare: ['repatriation', 'Qatar', 'Burma'],
} as const;
/** Measured searches per query and place. */
export const ROUNDS = 10;
/** Milliseconds between keystrokes: a brisk typist. */
export const KEY_DELAY = 60;
/** The target: first result painted within this many milliseconds at p95, on a warm page. */
export const GOAL_MS = 200;

/** Where a search is typed: the header box on a reading page, or the /search/ page. */
export interface Place {
  name: string;
  path: string;
  /** The input to type into. */
  input: string;
  /** Where the result links appear. */
  results: string;
  /** Present once the search has started and replaced the plain input. */
  ready: string;
}

export const PLACES: Place[] = [
  {
    name: 'header box',
    path: '/',
    input: 'form[data-search="header"] input[name="q"]',
    results: 'form[data-search="header"] [role="listbox"]',
    ready: 'pagefind-searchbox input',
  },
  {
    name: '/search/ page',
    path: '/search/',
    input: 'form[data-search="page"] input[name="q"]',
    results: 'pagefind-results',
    ready: 'pagefind-input input',
  },
];

/** One search's delays in milliseconds. */
export interface Timing {
  toDom: number;
  toFrame: number;
}

/**
 * The query string Pagefind puts on a result's link for `query` (`highlight=costa&highlight=rica`): a
 * link carrying it answers this query and no shorter one typed on the way.
 */
export function highlightParams(query: string): string {
  const params = new URLSearchParams();
  for (const term of query.toLowerCase().split(/\s+/)) params.append('highlight', term);
  return params.toString();
}

declare global {
  interface Window {
    /** The timing of the search being typed, set up by `timeSearch`. */
    searchTiming?: Promise<Timing | undefined>;
  }
}

/** Types `query` into an empty box and times its results (undefined if none come within 5 s). */
async function timeSearch(page: Page, place: Place, query: string): Promise<Timing | undefined> {
  const input = page.locator(place.input);
  await input.fill('');
  await input.focus();
  // In the page: note the time of every input event; once the query is complete, watch for its first result.
  await page.evaluate(
    ({ query, results, wanted }) => {
      window.searchTiming = new Promise((resolve) => {
        let lastInput = 0;
        const field = document.activeElement as HTMLInputElement;
        const observer = new MutationObserver(() => {
          if (field.value !== query) return;
          if (!document.querySelector(`${results} a[href*="?${wanted}#"]`)) return;
          const toDom = performance.now() - lastInput;
          observer.disconnect();
          requestAnimationFrame(() => resolve({ toDom, toFrame: performance.now() - lastInput }));
        });
        field.addEventListener('input', () => (lastInput = performance.now()), { capture: true });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        setTimeout(() => resolve(undefined), 5000);
      });
    },
    { query, results: place.results, wanted: highlightParams(query) },
  );
  await page.keyboard.type(query, { delay: KEY_DELAY });
  return page.evaluate(() => window.searchTiming);
}

/** The `p`th percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** The searches timed at one place, by query. */
export interface PlaceLatency {
  place: string;
  queries: { query: string; timings: Timing[] }[];
  /** Queries (and rounds) that never got their result. */
  failures: string[];
}

/**
 * Times `rounds` searches per query at each of `places` on the site built in `dir`, on a warm page.
 * @throws Error if the site has no search index
 */
export async function measureLatency(
  dir: string,
  rounds = ROUNDS,
  places: readonly Place[] = PLACES,
  queries: readonly string[] = QUERIES,
): Promise<PlaceLatency[]> {
  if (!existsSync(path.join(dir, 'pagefind', 'pagefind.js'))) {
    throw new Error(`No search index in ${dir}: run \`npm run build\` first (or set TIP_OUT_DIR).`);
  }
  const server = await serveDir(dir);
  const browser = await launchBrowser();
  const results: PlaceLatency[] = [];
  try {
    for (const place of places) {
      const page = await browser.newPage();
      await page.goto(server.url + place.path);
      await page.locator(place.input).focus();
      await page.locator(place.ready).waitFor();
      // Warm up: load the UI, Pagefind and every query's index chunks once.
      for (const query of queries) await timeSearch(page, place, query);
      const measured: PlaceLatency = { place: place.name, queries: [], failures: [] };
      for (const query of queries) {
        const timings: Timing[] = [];
        for (let round = 0; round < rounds; round++) {
          const timing = await timeSearch(page, place, query);
          if (timing) timings.push(timing);
          else measured.failures.push(`${place.name}: no result for "${query}"`);
        }
        measured.queries.push({ query, timings });
      }
      results.push(measured);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

/** Every painted delay (ms) measured at one place. */
export const framesOf = (place: PlaceLatency): number[] =>
  place.queries.flatMap((q) => q.timings.map((t) => t.toFrame));
