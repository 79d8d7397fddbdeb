// The search UI's promises beyond the main flows (search-flows.test.ts): shortcuts and Escape, no search code
// until a search starts, a search page that is a link, results spoken to screen readers, no axe violation
// once results show, and a search box that still leads somewhere with JavaScript off.
import type { Page } from 'playwright-core';
import { countriesPath, documentPath, SITE_PATHS } from '../../src/publish/urls.ts';
import { documentsIn } from '../../tooling/seeds.ts';
import { describeViolations, runAxe } from '../support/axe.ts';
import { busiestSection } from '../support/busiest-section.ts';
import { describe, expect, test as it } from '../support/e2e.ts';
import { openFilter } from '../support/search-filters.ts';

const docs = await documentsIn();
const firstDoc = docs[0]!;
// A page a reader reads: the section page with the most findings.
const readingPage = documentPath(firstDoc.meta.slug, busiestSection(firstDoc).section);

const headerBox = (tab: Page) => tab.locator('form[data-search="header"]').getByLabel('Search findings');
const headerList = (tab: Page) => tab.getByRole('listbox', { name: 'Matching findings' });

describe('the header search box', () => {
  it('takes the focus on Ctrl+K from anywhere on the page', async ({ open }) => {
    const { tab, watch } = await open(readingPage);
    await tab.keyboard.press('Control+k');
    await expect.poll(() => headerBox(tab).evaluate((el) => el === document.activeElement)).toBe(true);
    watch.assertNone();
  });

  it('closes its list of findings on Escape and keeps what was typed', async ({ open }) => {
    const { tab, watch } = await open('/');
    await tab.keyboard.press('/');
    await tab.keyboard.type('victims');
    await headerList(tab).getByRole('option').first().waitFor();
    await tab.keyboard.press('Escape');
    await expect.poll(() => headerList(tab).isVisible()).toBe(false);
    expect(await headerBox(tab).getAttribute('aria-expanded')).toBe('false');
    expect(await headerBox(tab).inputValue()).toBe('victims');
    watch.assertNone();
  });
});

describe('loading on demand', () => {
  /** Every URL a tab requests from now on. */
  function recordRequests(tab: Page): string[] {
    const requested: string[] = [];
    tab.on('request', (request) => requested.push(new URL(request.url()).pathname));
    return requested;
  }

  it('fetches nothing beyond what a page’s HTML names while the page is read', async ({
    page: tab,
    site,
  }) => {
    const requested = recordRequests(tab);
    await tab.goto(site.url + readingPage, { waitUntil: 'networkidle' });
    await tab.mouse.wheel(0, 5000);
    await tab.keyboard.press('Tab');
    await tab.waitForTimeout(500);
    const named = await tab.evaluate(() => [
      location.pathname,
      ...[...document.querySelectorAll<HTMLLinkElement>('link[href]')].map((l) => new URL(l.href).pathname),
      ...[...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => new URL(s.src).pathname),
    ]);
    expect(requested.filter((p) => !named.includes(p))).toEqual([]);
  });

  it('loads Pagefind once the reader focuses the search box', async ({ page: tab, site }) => {
    const requested = recordRequests(tab);
    await tab.goto(site.url + readingPage, { waitUntil: 'networkidle' });
    expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await headerBox(tab).focus();
    await expect.poll(() => requested).toContain('/pagefind/pagefind-component-ui.js');
  });

  // Pagefind counts every filter whose index it has loaded on every search after: on a large archive,
  // seconds per search.
  it('loads no filter’s index for the header box, even once its words are cleared', async ({
    page: tab,
    site,
  }) => {
    const requested = recordRequests(tab);
    await tab.goto(site.url + readingPage);
    await headerBox(tab).click();
    await tab.keyboard.type('victims');
    await headerList(tab).getByRole('option').first().waitFor();
    await tab.keyboard.press('Control+a');
    await tab.keyboard.press('Backspace');
    await tab.keyboard.type('government');
    await headerList(tab).locator('[role="option"][href*="?highlight=government#"]').first().waitFor();
    expect(requested.filter((p) => p.startsWith('/pagefind/filter/'))).toEqual([]);
  });
});

describe('the /search/ page', () => {
  it('keeps the words typed in its URL, and that URL opens the same results', async ({ open }) => {
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
  });

  it('announces how many pages hold matching findings through a polite live region', async ({
    page: tab,
    site,
  }) => {
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
    await tab.goto(`${site.url}/search/?q=North%20Koreans`);
    await expect
      .poll(() => tab.evaluate(() => (window as unknown as { said: string[] }).said))
      .toContainEqual(expect.stringMatching(/North Koreans: findings on \d+ pages?/));
  });

  it('passes axe with results and filters showing', async ({ open }) => {
    const { tab, watch } = await open('/search/?q=victims');
    await tab.locator('pagefind-results a[href]').first().waitFor();
    await openFilter(tab, 'section');
    await tab.locator('pagefind-filter-pane details[open] label:not([data-pf-hidden])').first().waitFor();
    expect(describeViolations(await runAxe(tab))).toEqual([]);
    watch.assertNone();
  });
});

it('passes axe with the header’s list of findings open', async ({ open }) => {
  const { tab, watch } = await open('/');
  await tab.keyboard.press('/');
  await tab.keyboard.type('victims');
  await headerList(tab).getByRole('option').first().waitFor();
  expect(describeViolations(await runAxe(tab))).toEqual([]);
  watch.assertNone();
});

describe('without JavaScript', () => {
  it('sends the header box’s words to /search/, which says search needs JavaScript and links the archive', async ({
    open,
  }) => {
    const { tab } = await open('/', { javaScript: false });
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
  });
});
