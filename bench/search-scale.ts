// Search at scale on a built site: what a reader's first search downloads, the index size, and the latency
// from the last keystroke to the first painted result on a warm page (bench/search-latency.ts).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tooling/browser.ts';
import { filesIn } from '../tooling/dist.ts';
import { serveDir } from '../tooling/server.ts';
import { framesOf, measureLatency, percentile, PLACES } from './search-latency.ts';

/** What a first search typed into the header box of the home page. */
const FIRST_QUERY = 'Costa Rica';
/** Rounds per query for the latency: fewer than `npm run bench`, the build bench has much else to do. */
const ROUNDS = 3;
/** Text files a static host gzips on the fly; Pagefind's index, fragments and WebAssembly are gzipped already. */
const TEXT = /\.(?:js|mjs|css|html|json|svg|txt)$/;

/** Search at scale, measured. */
export interface SearchScale {
  /** Bytes of dist/pagefind/. */
  indexBytes: number;
  /** Bytes on the wire of every request made after the page loaded, up to the first result. */
  firstSearchBytes: number;
  /** Those requests by kind of file: `js`, `wasm`, index chunks (`pf_index`), fragments (`pf_fragment`)… */
  firstSearchByKind: Record<string, number>;
  /** Painted delays from the last keystroke to the first result, over the header box's searches (ms). */
  latency: { median: number; p95: number; max: number; count: number; failures: number };
}

/** The kind of a requested file, for the breakdown: its extension, or Pagefind's chunk type. */
function kindOf(file: string): string {
  const pagefind = /\.(pf_\w+)$/.exec(file) ?? /(pagefind)$/.exec(file);
  return pagefind?.[1] === 'pagefind' ? 'wasm' : (pagefind?.[1] ?? path.extname(file).slice(1));
}

/** Loads the home page, waits for it, then types the first search and sums the bytes of what it requests. */
export async function firstSearchBytes(dir: string): Promise<Record<string, number>> {
  const server = await serveDir(dir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`, { waitUntil: 'load' });
    const requested: string[] = [];
    page.on('requestfinished', (request) => requested.push(new URL(request.url()).pathname));
    const input = page.locator('form[data-search="header"] input[name="q"]');
    await input.focus();
    await page.keyboard.type(FIRST_QUERY, { delay: 60 });
    await page.locator('form[data-search="header"] [role="listbox"] a').first().waitFor({ timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    const byKind: Record<string, number> = {};
    for (const url of new Set(requested)) {
      const bytes = await readFile(path.join(dir, decodeURIComponent(url)));
      const wire = TEXT.test(url) ? gzipSync(bytes).length : bytes.length;
      byKind[kindOf(url)] = (byKind[kindOf(url)] ?? 0) + wire;
    }
    return byKind;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Measures search on the site built in `dir`. */
export async function measureSearchScale(dir: string): Promise<SearchScale> {
  let indexBytes = 0;
  for (const file of await filesIn(path.join(dir, 'pagefind'))) {
    indexBytes += (await readFile(path.join(dir, 'pagefind', file))).length;
  }
  const firstSearchByKind = await firstSearchBytes(dir);
  const header = (await measureLatency(dir, ROUNDS, PLACES.slice(0, 1)))[0];
  const frames = (header ? framesOf(header) : []).sort((a, b) => a - b);
  return {
    indexBytes,
    firstSearchBytes: Object.values(firstSearchByKind).reduce((a, b) => a + b, 0),
    firstSearchByKind,
    latency: {
      median: percentile(frames, 50),
      p95: percentile(frames, 95),
      max: frames.at(-1) ?? NaN,
      count: frames.length,
      failures: header?.failures.length ?? 0,
    },
  };
}
