// Starlight's default search (Pagefind's default UI in its search dialog) timed as bench/search-latency.ts times
// this site's: on a warm page, from the input event of the last keystroke to the frame that paints the first
// result for the whole query. Its UI waits 300 ms after a keystroke before searching; that wait is counted.
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tooling/browser.ts';
import { serveDir } from '../tooling/server.ts';
import { KEY_DELAY, type Timing } from './search-latency.ts';

const INPUT = '.pagefind-ui__search-input';
const RESULT = 'a.pagefind-ui__result-link';
const MESSAGE = '.pagefind-ui__message';

declare global {
  interface Window {
    /** The timing of the Starlight search being typed. */
    starlightTiming?: Promise<Timing | undefined>;
  }
}

async function timeStarlightSearch(page: Page, query: string): Promise<Timing | undefined> {
  const input = page.locator(INPUT);
  await input.fill('');
  // The emptied box clears its results; wait for that so an old result is not taken for the new one.
  await page
    .locator(RESULT)
    .first()
    .waitFor({ state: 'detached', timeout: 5000 })
    .catch(() => undefined);
  await input.focus();
  await page.evaluate(
    ({ query, result, message }) => {
      window.starlightTiming = new Promise((resolve) => {
        let lastInput = 0;
        const field = document.activeElement as HTMLInputElement;
        const observer = new MutationObserver(() => {
          if (field.value !== query) return;
          // The message names the term searched: results under it answer the whole query.
          if (!document.querySelector(message)?.textContent?.includes(query)) return;
          if (!document.querySelector(result)) return;
          const toDom = performance.now() - lastInput;
          observer.disconnect();
          requestAnimationFrame(() => resolve({ toDom, toFrame: performance.now() - lastInput }));
        });
        field.addEventListener('input', () => (lastInput = performance.now()), { capture: true });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        setTimeout(() => resolve(undefined), 5000);
      });
    },
    { query, result: RESULT, message: MESSAGE },
  );
  await page.keyboard.type(query, { delay: KEY_DELAY });
  return page.evaluate(() => window.starlightTiming);
}

/** Times `rounds` searches per query in Starlight's search dialog on the site built in `dir`, warm. */
export async function measureStarlight(
  dir: string,
  queries: readonly string[],
  rounds: number,
): Promise<{ query: string; timings: Timing[] }[]> {
  const server = await serveDir(dir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.locator('button[data-open-modal]').click();
    await page.locator(INPUT).waitFor();
    for (const query of queries) await timeStarlightSearch(page, query);
    const measured: { query: string; timings: Timing[] }[] = [];
    for (const query of queries) {
      const timings: Timing[] = [];
      for (let round = 0; round < rounds; round++) {
        const timing = await timeStarlightSearch(page, query);
        if (timing) timings.push(timing);
      }
      measured.push({ query, timings });
    }
    return measured;
  } finally {
    await browser.close();
    await server.close();
  }
}
