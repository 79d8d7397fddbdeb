// `npm run bench`: how long a reader waits for search results, measured in Chromium on the built site
// (TIP_OUT_DIR, else dist/). Time runs from the input event of the last keystroke to the first result for
// the whole query in the DOM, and to the frame that paints it, on a warm page: Pagefind's UI, its
// WebAssembly and the index chunks for the queries are already loaded, as after a reader's first search.
// A measurement, not a test: it prints figures and fails only if results never come. `measureLatency` is also
// used by `npm run bench:build` on its largest build.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DEBOUNCE_MS } from '../src/scripts/search/settings.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { DIST } from '../tests/support/dist.ts';
import { serveDir } from '../tests/support/server.ts';

/** What readers search for (the examples and the report's recurring words). */
const QUERIES = ['Costa Rica', 'North Koreans', 'victims', 'repatriation', 'forced labor', 'Burma'];
/** Measured searches per query and place. */
const ROUNDS = 10;
/** Milliseconds between keystrokes: a brisk typist. */
const KEY_DELAY = 60;
/** The goal set by the issue. */
export const GOAL_MS = 100;

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
function highlightParams(query: string): string {
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

function summary(values: readonly number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const f = (n: number): string => n.toFixed(1).padStart(6);
  return `median ${f(percentile(sorted, 50))}  p95 ${f(percentile(sorted, 95))}  max ${f(sorted.at(-1) ?? NaN)}`;
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
      for (const query of QUERIES) await timeSearch(page, place, query);
      const measured: PlaceLatency = { place: place.name, queries: [], failures: [] };
      for (const query of QUERIES) {
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

async function main(): Promise<void> {
  const results = await measureLatency(DIST);
  console.log(`Search latency on ${path.relative(process.cwd(), DIST) || '.'}: input event of the last`);
  console.log(
    `keystroke → first result for the whole query (ms); ${ROUNDS} rounds per query, keys ${KEY_DELAY} ms`,
  );
  console.log(`apart, search debounce ${DEBOUNCE_MS} ms, warm page. Goal: ≤ ${GOAL_MS} ms.\n`);
  for (const place of results) {
    console.log(`${place.place}`);
    for (const { query, timings } of place.queries) {
      console.log(
        `  ${query.padEnd(14)} to DOM ${summary(timings.map((r) => r.toDom))}   to frame ${summary(timings.map((r) => r.toFrame))}`,
      );
    }
    const all = place.queries.flatMap((q) => q.timings);
    const frames = framesOf(place);
    const within = frames.filter((ms) => ms <= GOAL_MS).length;
    console.log(
      `  ${'all'.padEnd(14)} to DOM ${summary(all.map((r) => r.toDom))}   to frame ${summary(frames)}`,
    );
    console.log(`  ${within} of ${frames.length} searches painted within ${GOAL_MS} ms\n`);
  }
  const failures = results.flatMap((r) => r.failures);
  if (failures.length > 0) throw new Error(failures.join('\n'));
}

if (import.meta.main) await main();
