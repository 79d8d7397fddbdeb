// The tier grid and the data page in Chromium, on the data fixture site: axe in the light and the dark theme,
// a keyboard reader moving across the grid's cells with the cell in view and its focus visible, a cell that
// opens its report, and the grid's header row kept in view while the table scrolls.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../../tooling/browser.ts';
import { serveDir, type ServedDir } from '../../tooling/server.ts';
import { describeViolations, runAxe } from '../support/axe.ts';
import { buildDataSite } from '../support/data-site.ts';
import { watchPage } from '../support/watch-page.ts';

let browser: LaunchedBrowser;
let site: ServedDir;
beforeAll(async () => {
  browser = await launchBrowser();
  site = await serveDir((await buildDataSite('data-e2e')).dist);
});
afterAll(async () => {
  await site?.close();
  await browser?.close();
});

async function open(url: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const tab = await browser.newPage();
  await tab.setViewportSize(viewport);
  await tab.goto(site.url + url);
  return tab;
}

/** The accessible description of what has focus: its text and the year and country of its cell. */
const focused = (tab: Page) =>
  tab.evaluate(() => {
    const a = document.activeElement as HTMLAnchorElement;
    const td = a.closest('td');
    const tr = a.closest('tr');
    const index = td ? [...(tr?.children ?? [])].indexOf(td) : -1;
    const year = document.querySelectorAll('.tier-table thead th')[index]?.textContent ?? '';
    return {
      text: a.textContent?.trim(),
      country: tr?.querySelector('th')?.textContent?.trim(),
      year,
      outline: getComputedStyle(a).outlineStyle,
    };
  });

describe('axe', () => {
  for (const theme of ['light', 'dark'] as const) {
    it.each(['/tiers/', '/data/'])(`%s passes axe in the ${theme} theme`, async (url) => {
      const tab = await browser.newPage();
      await tab.emulateMedia({ colorScheme: theme });
      const watch = watchPage(tab, site.url);
      await tab.goto(site.url + url, { waitUntil: 'networkidle' });
      expect(describeViolations(await runAxe(tab))).toEqual([]);
      watch.assertNone();
      await tab.close();
    });
  }
});

describe('the tier grid', () => {
  it('is crossed with the keyboard: Tab goes from cell to cell in reading order, each focus visible', async () => {
    const tab = await open('/tiers/');
    await tab.locator('.tier-table th[scope="row"] a', { hasText: 'Ruritania' }).focus();
    const visits = [];
    for (let i = 0; i < 2; i += 1) {
      await tab.keyboard.press('Tab');
      visits.push(await focused(tab));
    }
    expect(visits.map(({ text, country, year }) => ({ text, country, year }))).toEqual([
      { text: '2W', country: 'Ruritania', year: '2009' },
      { text: '3', country: 'Ruritania', year: '2010' },
    ]);
    expect(visits.every((v) => v.outline !== 'none')).toBe(true);
    await tab.close();
  });

  it('opens the report a cell names', async () => {
    const tab = await open('/tiers/');
    const row = tab.getByRole('row', { name: /Ruritania/ });
    await row.getByRole('link', { name: '3', exact: true }).click();
    await tab.waitForURL(/\/ruritania-2010-report\/$/);
    expect(await tab.locator('h1').textContent()).toContain('2010 Trafficking in Persons Report - Ruritania');
    await tab.close();
  });

  it('keeps the header row in view at a phone’s width while the table scrolls down', async () => {
    const tab = await open('/tiers/', { width: 390, height: 500 });
    const region = tab.getByRole('region', { name: /Placements by country/ });
    await region.evaluate((el) => {
      (el as HTMLElement).style.maxBlockSize = '8rem';
      el.scrollTop = el.scrollHeight;
    });
    const [header, box] = await Promise.all([
      tab.locator('.tier-table thead th').first().boundingBox(),
      region.boundingBox(),
    ]);
    expect(Math.round(header?.y ?? -1)).toBeGreaterThanOrEqual(Math.round(box?.y ?? 0));
    expect((header?.y ?? 0) - (box?.y ?? 0)).toBeLessThan(4);
    await tab.close();
  });
});
