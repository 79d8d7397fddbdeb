// A shared search link opened cold: `/search/?q=…` in a browser whose cache was just cleared, timed from the
// navigation's start to the frame that paints the first finding's link on the first screen. Also what that
// first search transfers, and how soon a query without matches says so.
import type { CDPSession, Page } from 'playwright-core';
import { launchBrowser } from '../tooling/browser.ts';
import { serveDir } from '../tooling/server.ts';

/** Where the search page puts its results. */
const RESULTS = '[data-search-results]';
/** How long a cold link may take before it counts as an empty page (ms). */
const GIVE_UP_MS = 15_000;

/** One cold opening of a shared link. */
export interface ColdOpen {
  /** Navigation start → first finding link painted on the first screen (ms); undefined if none came. */
  firstFinding: number | undefined;
  /** Bytes received over the connection (compressed as sent) from navigation to the first finding. */
  bytes: number;
}

declare global {
  interface Window {
    /** When the first finding link appeared on the first screen, set up before the page's own scripts run. */
    firstFinding?: Promise<number | undefined>;
  }
}

/** Runs in the page before its scripts: resolves with the time of the frame that paints the first finding link. */
function watchFirstFinding({ results, giveUp }: { results: string; giveUp: number }): void {
  window.firstFinding = new Promise((resolve) => {
    const onScreen = (): boolean => {
      const link = document.querySelector(`${results} a[href*="#"]`);
      if (!link) return false;
      const box = link.getBoundingClientRect();
      return box.height > 0 && box.top < innerHeight && box.bottom > 0;
    };
    const observer = new MutationObserver(() => {
      if (!onScreen()) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now()));
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true });
    setTimeout(() => resolve(undefined), giveUp);
  });
}

/** Opens `url` with an empty cache and times its first finding; counts the bytes received meanwhile. */
async function openCold(page: Page, cdp: CDPSession, url: string): Promise<ColdOpen> {
  await cdp.send('Network.clearBrowserCache');
  let bytes = 0;
  const count = (event: { encodedDataLength: number }): void => {
    bytes += event.encodedDataLength;
  };
  cdp.on('Network.loadingFinished', count);
  await page.goto(url, { waitUntil: 'commit' });
  const firstFinding = await page.evaluate(() => window.firstFinding);
  cdp.off('Network.loadingFinished', count);
  return { firstFinding, bytes };
}

/**
 * Opens `/search/?q=<query>` cold `rounds` times per query on the site built in `dir`.
 * @returns the openings by query
 */
export async function measureColdLinks(
  dir: string,
  queries: readonly string[],
  rounds: number,
): Promise<Map<string, ColdOpen[]>> {
  const server = await serveDir(dir);
  const browser = await launchBrowser();
  const byQuery = new Map<string, ColdOpen[]>();
  try {
    const page = await browser.newPage();
    await page.addInitScript(watchFirstFinding, { results: RESULTS, giveUp: GIVE_UP_MS });
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Network.enable');
    for (let round = 0; round < rounds; round++) {
      for (const query of queries) {
        const url = `${server.url}/search/?q=${encodeURIComponent(query)}`;
        const open = await openCold(page, cdp, url);
        byQuery.set(query, [...(byQuery.get(query) ?? []), open]);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return byQuery;
}

/** Opens `/search/?q=<query>` for a query nothing matches and times the page saying so (ms from navigation). */
export async function timeNoMatch(dir: string, query: string): Promise<number | undefined> {
  const server = await serveDir(dir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
    const said = page.locator(`${RESULTS} [data-search-summary]`).filter({ hasText: query });
    await said.waitFor({ timeout: GIVE_UP_MS }).catch(() => undefined);
    if (!(await said.isVisible())) return undefined;
    return await page.evaluate(() => performance.now());
  } finally {
    await browser.close();
    await server.close();
  }
}
