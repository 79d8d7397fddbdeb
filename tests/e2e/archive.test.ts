// The archive in Chromium: from the home page to a country, to a document's changes, to a reworded
// finding's old and new addresses; a search filtered to one country and one series, shared as a URL; axe on
// the new pages in light and dark; and, on a build of a few hundred synthetic documents, the search page's
// first results on the first screen at desktop and phone sizes.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, runAxe } from '../support/axe.ts';
import { launchBrowser, type LaunchedBrowser } from '../../tooling/browser.ts';
import { buildSite } from '../../tooling/build-site.ts';
import { ROOT, SHIPPED_SEED } from '../../tooling/paths.ts';
import { serveDir, type ServedDir } from '../../tooling/server.ts';
import { openFilter } from '../support/search-filters.ts';

/** The links of the search results, each to a finding. */
const resultLinks = (tab: Page) => tab.locator('[data-search-results] a[href*="#"]');

/** The documents (slugs) the shown search results belong to. */
async function resultDocuments(tab: Page): Promise<Set<string>> {
  const paths = await resultLinks(tab).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  return new Set(paths.map((p) => p.split('/')[1] ?? ''));
}
import { watchPage } from '../support/watch-page.ts';

let browser: LaunchedBrowser;
let site: ServedDir;
beforeAll(async () => {
  browser = await launchBrowser();
  site = await serveDir(await buildSite({ seedsDir: 'tests/fixtures/archive', name: 'archive-e2e' }));
});
afterAll(async () => {
  await site?.close();
  await browser?.close();
});

async function open(
  url: string,
  server: ServedDir = site,
): Promise<{ tab: Page; watch: ReturnType<typeof watchPage> }> {
  const tab = await browser.newPage();
  const watch = watchPage(tab, server.url);
  await tab.goto(server.url + url);
  return { tab, watch };
}

describe('browsing the archive', () => {
  it('goes from the home page to a country, its changes and a reworded finding’s two addresses', async () => {
    const { tab, watch } = await open('/');
    await tab.getByRole('link', { name: 'All countries' }).click();
    await tab.getByRole('link', { name: 'Ruritania', exact: true }).click();
    expect(new URL(tab.url()).pathname).toBe('/countries/ruritania/');
    await tab
      .locator('main li', { hasText: 'Interim Assessment - Ruritania' })
      .getByRole('link', { name: 'What changed' })
      .click();
    expect(new URL(tab.url()).pathname).toBe('/ruritania-2010/changes/');
    const entry = tab.locator('li[data-change="reworded"]').first();
    const oldUrl = (await entry.getByRole('link', { name: /^Earlier:/ }).getAttribute('href')) ?? '';
    const newUrl = (await entry.getByRole('link', { name: /^Now:/ }).getAttribute('href')) ?? '';
    await entry.getByRole('link', { name: /^Earlier:/ }).click();
    expect(new URL(tab.url()).pathname + new URL(tab.url()).hash).toBe(oldUrl);
    const oldTarget = tab.locator(':target');
    await expect.poll(() => oldTarget.textContent()).toContain('six trafficking offenders');
    await tab.goBack();
    await entry.getByRole('link', { name: /^Now:/ }).click();
    expect(new URL(tab.url()).pathname + new URL(tab.url()).hash).toBe(newUrl);
    await expect.poll(() => tab.locator(':target').textContent()).toContain('eleven trafficking offenders');
    watch.assertNone();
    await tab.close();
  });

  it('searches one country and one series from a shared URL, and keeps the filters in it', async () => {
    const { tab, watch } = await open(
      '/search/?q=forced%20labor&country=Ruritania&series=Interim%20Assessment',
    );
    await resultLinks(tab).first().waitFor();
    expect(await resultDocuments(tab)).toEqual(new Set(['ruritania-2010']));
    const params = new URL(tab.url()).searchParams;
    expect([params.getAll('country'), params.getAll('series')]).toEqual([
      ['Ruritania'],
      ['Interim Assessment'],
    ]);
    // The filters show what the URL chose.
    await openFilter(tab, 'series');
    expect(await tab.getByRole('checkbox', { name: /^Interim Assessment\b/ }).isChecked()).toBe(true);
    watch.assertNone();
    await tab.close();
  });

  it('keeps to the annual reports when the shared URL names that series', async () => {
    const { tab, watch } = await open(
      '/search/?q=forced%20labor&country=Ruritania&series=Trafficking%20in%20Persons%20Report',
    );
    await resultLinks(tab).first().waitFor();
    await expect
      .poll(() => resultDocuments(tab))
      .toEqual(new Set(['ruritania-2009-report', 'ruritania-2010-report']));
    watch.assertNone();
    await tab.close();
  });
});

describe('axe on the archive pages', () => {
  const PAGES = [
    '/',
    '/countries/',
    '/countries/ruritania/',
    '/years/2010/',
    '/ruritania-2010/changes/',
    '/ruritania-2010-report/',
  ];
  for (const theme of ['light', 'dark'] as const) {
    it.each(PAGES)(`%s passes axe in the ${theme} theme`, async (url) => {
      const tab = await browser.newPage();
      await tab.emulateMedia({ colorScheme: theme });
      const watch = watchPage(tab, site.url);
      await tab.goto(site.url + url, { waitUntil: 'networkidle' });
      // Anything folded, opened.
      await tab
        .locator('details')
        .evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      expect(describeViolations(await runAxe(tab))).toEqual([]);
      watch.assertNone();
      await tab.close();
    });
  }
});

describe('the search page at a few hundred documents', () => {
  const COUNT = 240;
  let big: ServedDir;
  beforeAll(async () => {
    // Synthetic exports: the China seed with only the country of its title and "Cite as" line renamed.
    const seed = await readFile(SHIPPED_SEED, 'utf8');
    const dir = path.join(ROOT, '.output/archive-synthetic-seeds');
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    for (let i = 0; i < COUNT; i++) {
      const country = `Country ${String(i).padStart(4, '0')}`;
      await writeFile(
        path.join(dir, `c${i}.txt`),
        seed.replaceAll('Interim Assessment - China', `Interim Assessment - ${country}`),
      );
    }
    big = await serveDir(
      await buildSite({ seedsDir: '.output/archive-synthetic-seeds', name: 'archive-synthetic' }),
    );
  }, 900_000);
  afterAll(async () => big?.close());

  it.each([
    [1280, 800],
    [390, 844],
  ])('shows the first results on the first screen at %i×%i', async (width, height) => {
    const tab = await browser.newPage();
    await tab.setViewportSize({ width, height });
    const watch = watchPage(tab, big.url);
    await tab.goto(`${big.url}/search/?q=forced%20labor`);
    const first = tab.locator('[data-search-results] a[href*="#"]').first();
    await first.waitFor();
    const box = await first.boundingBox();
    expect(box, 'first result').not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(height);
    // The country filter is there, with every country, but closed, once the Filters are opened.
    await tab.locator('details.search-filters > summary').click();
    expect(
      await tab
        .locator('details.pf-filter-group[data-filter-name="country"]')
        .evaluate((d) => (d as HTMLDetailsElement).open),
    ).toBe(false);
    watch.assertNone();
    await tab.close();
  });
});
