// The search UI's promises beyond the main flows (search-flows.test.ts): shortcuts and Escape, no search code
// until a search starts, a search page that is a link, results spoken to screen readers, no axe violation
// once results show, and a search box that still leads somewhere with JavaScript off.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds } from '../../src/integrations/seeds/load-seeds.ts';
import { countriesPath, documentPath, SITE_PATHS } from '../../src/lib/urls.ts';
import { ROOT } from '../support/build-site.ts';
import { describeViolations, runAxe } from '../support/axe.ts';
import { launchBrowser, watchPage, type LaunchedBrowser, type PageWatch } from '../support/browser.ts';
import { DIST } from '../support/dist.ts';
import { openFilter } from '../support/search-filters.ts';
import { serveDir, type ServedDir } from '../support/server.ts';

const seeds = await loadSeeds(path.resolve(ROOT, process.env['TIP_SEEDS_DIR'] ?? 'seeds'), ROOT);
const docs = seeds.map((s) => s.document);
const firstDoc = docs[0]!;
// A page a reader reads: the section page with the most findings.
const readingSection = [...Map.groupBy(firstDoc.paragraphs, (p) => p.section)].sort(
  ([, a], [, b]) => b.flatMap((p) => p.findings).length - a.flatMap((p) => p.findings).length,
)[0]![0];
const readingPage = documentPath(firstDoc.meta.slug, readingSection);

let server: ServedDir;
let browser: LaunchedBrowser;

beforeAll(async () => {
  server = await serveDir(DIST);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A new tab on the built site, watched for console errors, CSP violations and other origins. */
async function open(pathAndQuery: string): Promise<{ tab: Page; watch: PageWatch }> {
  const tab = await browser.newPage();
  const watch = watchPage(tab, server.url);
  await tab.goto(server.url + pathAndQuery);
  return { tab, watch };
}

const headerBox = (tab: Page) => tab.locator('form[data-search="header"]').getByLabel('Search findings');
const headerList = (tab: Page) => tab.getByRole('listbox', { name: 'Matching findings' });

describe('the header search box', () => {
  it('takes the focus on Ctrl+K from anywhere on the page', async () => {
    const { tab, watch } = await open(readingPage);
    await tab.keyboard.press('Control+k');
    await expect.poll(() => headerBox(tab).evaluate((el) => el === document.activeElement)).toBe(true);
    watch.assertNone();
    await tab.close();
  });

  it('closes its list of findings on Escape and keeps what was typed', async () => {
    const { tab, watch } = await open('/');
    await tab.keyboard.press('/');
    await tab.keyboard.type('victims');
    await headerList(tab).getByRole('option').first().waitFor();
    await tab.keyboard.press('Escape');
    await expect.poll(() => headerList(tab).isVisible()).toBe(false);
    expect(await headerBox(tab).getAttribute('aria-expanded')).toBe('false');
    expect(await headerBox(tab).inputValue()).toBe('victims');
    watch.assertNone();
    await tab.close();
  });
});

describe('loading on demand', () => {
  /** Every URL a tab requests from now on. */
  function recordRequests(tab: Page): string[] {
    const requested: string[] = [];
    tab.on('request', (request) => requested.push(new URL(request.url()).pathname));
    return requested;
  }

  it('fetches nothing beyond what a page’s HTML names while the page is read', async () => {
    const tab = await browser.newPage();
    const requested = recordRequests(tab);
    await tab.goto(server.url + readingPage, { waitUntil: 'networkidle' });
    await tab.mouse.wheel(0, 5000);
    await tab.keyboard.press('Tab');
    await tab.waitForTimeout(500);
    const named = await tab.evaluate(() => [
      location.pathname,
      ...[...document.querySelectorAll<HTMLLinkElement>('link[href]')].map((l) => new URL(l.href).pathname),
      ...[...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => new URL(s.src).pathname),
    ]);
    expect(requested.filter((p) => !named.includes(p))).toEqual([]);
    await tab.close();
  });

  it('loads Pagefind once the reader focuses the search box', async () => {
    const tab = await browser.newPage();
    const requested = recordRequests(tab);
    await tab.goto(server.url + readingPage, { waitUntil: 'networkidle' });
    expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await headerBox(tab).focus();
    await expect.poll(() => requested).toContain('/pagefind/pagefind-component-ui.js');
    await tab.close();
  });
});

describe('the /search/ page', () => {
  it('keeps the words typed in its URL, and that URL opens the same results', async () => {
    const { tab, watch } = await open('/search/');
    await tab.getByRole('searchbox', { name: 'Words to find' }).fill('Costa Rica');
    await expect.poll(() => new URL(tab.url()).searchParams.get('q')).toBe('Costa Rica');
    const links = tab.locator('pagefind-results a[href]');
    await links.first().waitFor();
    const shown = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));

    const { tab: again, watch: watchAgain } = await open(
      new URL(tab.url()).pathname + new URL(tab.url()).search,
    );
    const reopened = again.locator('pagefind-results a[href]');
    await reopened.first().waitFor();
    expect(await reopened.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))).toEqual(shown);
    expect(await again.getByRole('searchbox', { name: 'Words to find' }).inputValue()).toBe('Costa Rica');
    watch.assertNone();
    watchAgain.assertNone();
    await Promise.all([tab.close(), again.close()]);
  });

  it('announces how many pages hold matching findings through a polite live region', async () => {
    const tab = await browser.newPage();
    // Live regions speak what is put in them: record every text that appears in a polite one.
    await tab.addInitScript(() => {
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      new MutationObserver(() => {
        for (const region of document.querySelectorAll('[aria-live="polite"]')) {
          const text = region.textContent?.trim();
          if (text && !said.includes(text)) said.push(text);
        }
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await tab.goto(`${server.url}/search/?q=North%20Koreans`);
    await expect
      .poll(() => tab.evaluate(() => (window as unknown as { said: string[] }).said))
      .toContainEqual(expect.stringMatching(/North Koreans: findings on \d+ pages?/));
    await tab.close();
  });

  it('passes axe with results and filters showing', async () => {
    const { tab, watch } = await open('/search/?q=victims');
    await tab.locator('pagefind-results a[href]').first().waitFor();
    await openFilter(tab, 'section');
    await tab.locator('pagefind-filter-pane details[open] label:not([data-pf-hidden])').first().waitFor();
    expect(describeViolations(await runAxe(tab))).toEqual([]);
    watch.assertNone();
    await tab.close();
  });
});

it('passes axe with the header’s list of findings open', async () => {
  const { tab, watch } = await open('/');
  await tab.keyboard.press('/');
  await tab.keyboard.type('victims');
  await headerList(tab).getByRole('option').first().waitFor();
  expect(describeViolations(await runAxe(tab))).toEqual([]);
  watch.assertNone();
  await tab.close();
});

describe('without JavaScript', () => {
  it('sends the header box’s words to /search/, which says search needs JavaScript and links the archive', async () => {
    const tab = await browser.newPage();
    const cdp = await browser.context.newCDPSession(tab);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    await tab.goto(`${server.url}/`);
    await headerBox(tab).fill('Costa Rica');
    await headerBox(tab).press('Enter');
    await tab.waitForURL(/\/search\/\?q=Costa\+Rica$/);
    expect(await tab.locator('main').innerText()).toContain('needs JavaScript');
    const listed = await tab
      .locator('main a[href]')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    // It points to the archive's lists, which reach every section, rather than listing them: it stays
    // small at any number of documents.
    expect(listed).toEqual(expect.arrayContaining([countriesPath(), SITE_PATHS.home]));
    expect(docs.length).toBeGreaterThan(0);
    await tab.close();
  });
});
