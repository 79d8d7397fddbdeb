// The /search/ page as a results page: one search box, filter groups named in words, a shared link's unknown
// filter value shown and removable, a summary that counts pages and documents, findings linked by their
// sentence without underlines, a way past the form to the results, long queries kept clear of the Clear
// button, and no layout shift as results arrive. On the site under test, in Chromium.
import type { Page } from 'playwright-core';
import { SEARCH_FILTER_LABELS, SEARCH_PAGE_TEXT } from '../../src/strings.ts';
import { documentsIn } from '../../tooling/seeds.ts';
import { describe, expect, test as it } from '../support/e2e.ts';

const docs = await documentsIn();
const WORD = 'victims';
const results = (tab: Page) => tab.locator('[data-search-results] a[href*="#"]');
const summary = (tab: Page) => tab.locator('[data-search-summary]');

/** Every finding's text by its id, spaces collapsed. */
const findingText = new Map(
  docs.flatMap((doc) =>
    doc.paragraphs.flatMap((p) => p.findings.map((f) => [f.id, f.text.replace(/\s+/g, ' ').trim()] as const)),
  ),
);

describe('the /search/ page', () => {
  it('has one search box, its own', async ({ open }) => {
    const { tab, watch } = await open(`/search/?q=${WORD}`);
    await results(tab).first().waitFor();
    expect(await tab.getByRole('searchbox').count()).toBe(1);
    expect(await tab.getByRole('searchbox').getAttribute('id')).toBe('search-q');
    watch.assertNone();
  });

  it('names its filter groups in words', async ({ open }) => {
    const { tab, watch } = await open(`/search/?q=${WORD}`);
    await results(tab).first().waitFor();
    await tab.locator('details.search-filters > summary').click();
    const names = tab.locator('.pf-filter-group-name');
    await names.first().waitFor();
    const shown = await names.allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    const words: readonly string[] = Object.values(SEARCH_FILTER_LABELS);
    expect(shown.filter((name) => !words.includes(name))).toEqual([]);
    watch.assertNone();
  });

  it('shows a shared link’s filter value that no page has, and removes it on request', async ({ open }) => {
    const { tab, watch } = await open(`/search/?q=${WORD}&country=Atlantis`);
    const unknown = tab.locator('[data-search-unknown]');
    await expect.poll(() => unknown.textContent()).toContain(`${SEARCH_FILTER_LABELS.country}: Atlantis`);
    expect(await results(tab).count()).toBe(0);
    await unknown.getByRole('button', { name: `${SEARCH_PAGE_TEXT.removeFilter} Country: Atlantis` }).click();
    await results(tab).first().waitFor();
    expect(new URL(tab.url()).searchParams.getAll('country')).toEqual([]);
    expect(await unknown.isVisible()).toBe(false);
    watch.assertNone();
  });

  it('sums up in words how many pages of how many documents hold findings', async ({ open }) => {
    // Tall enough that every result shows: the summary must agree with them.
    const { tab, watch } = await open(`/search/?q=${WORD}`, { viewport: { width: 1280, height: 4000 } });
    await results(tab).first().waitFor();
    await tab.waitForTimeout(500);
    const shown = await tab
      .locator('.search-result')
      .evaluateAll((items) =>
        items.map((item) => new URL(item.querySelector('a')!.href).pathname.split('/').slice(0, 3).join('/')),
      );
    const pages = new Set(shown).size;
    const documents = new Set(shown.map((p) => p.split('/')[1])).size;
    const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
    await expect
      .poll(() => summary(tab).textContent())
      .toBe(`${WORD}: findings on ${plural(pages, 'page')} of ${plural(documents, 'document')}`);
    watch.assertNone();
  });

  it('links each finding by its sentence, not underlined until pointed at', async ({ open }) => {
    const { tab, watch } = await open(`/search/?q=${WORD}`);
    const first = results(tab).first();
    await first.waitFor();
    const links = await results(tab).evaluateAll((as) =>
      as.map((a) => ({
        id: decodeURIComponent(new URL((a as HTMLAnchorElement).href).hash.slice(1)),
        text: a.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        underline: getComputedStyle(a).textDecorationLine,
      })),
    );
    // Short findings are shown whole: the link's words are the finding's.
    const whole = links.filter((l) => (findingText.get(l.id)?.split(' ').length ?? Infinity) <= 40);
    expect(whole.length).toBeGreaterThan(0);
    for (const link of whole) expect(link.text).toBe(findingText.get(link.id)?.replace(/^•\s*/, ''));
    expect(links.map((l) => l.underline).filter((u) => u !== 'none')).toEqual([]);
    await first.hover();
    expect(await first.evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe('underline');
    watch.assertNone();
  });

  it('reaches the first result within 3 Tabs of opening a shared link', async ({ open }) => {
    const { tab, watch } = await open(`/search/?q=${WORD}`);
    const first = results(tab).first();
    await first.waitFor();
    const firstHref = await first.getAttribute('href');
    const reached: (string | null)[] = [];
    for (let i = 0; i < 3; i++) {
      await tab.keyboard.press('Tab');
      reached.push(await tab.evaluate(() => document.activeElement?.getAttribute('href') ?? null));
      if (reached.at(-1) === firstHref) break;
    }
    expect(reached).toContain(firstHref);
    watch.assertNone();
  });

  it('skips past the form to the results by a link, and moves focus there after a search sent with Enter', async ({
    open,
  }) => {
    const { tab, watch } = await open('/search/');
    const box = tab.getByRole('searchbox', { name: 'Words to find' });
    await box.focus();
    await tab.locator('pagefind-input input').waitFor();
    await box.fill(WORD);
    await box.press('Enter');
    await expect.poll(() => tab.evaluate(() => document.activeElement?.id)).toBe('search-results');
    await tab.keyboard.press('Tab');
    expect(await tab.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
      await results(tab).first().getAttribute('href'),
    );

    await box.focus();
    await tab.keyboard.press('Shift+Tab');
    const skip = tab.getByRole('link', { name: SEARCH_PAGE_TEXT.skipToResults });
    expect(await skip.evaluate((a) => a === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await tab.keyboard.press('Enter');
    await expect.poll(() => tab.evaluate(() => document.activeElement?.id)).toBe('search-results');
    watch.assertNone();
  });

  it('keeps a long query clear of the Clear button, and wraps it in the summary', async ({ open }) => {
    const long = `${WORD} ${'trafficking '.repeat(12).trim()}`;
    const { tab, watch } = await open(`/search/?q=${encodeURIComponent(long)}`, {
      viewport: { width: 390, height: 844 },
    });
    const input = tab.locator('pagefind-input input');
    await input.waitFor();
    await expect.poll(() => summary(tab).textContent()).toContain(long);
    const [field, clear] = await Promise.all([
      input.boundingBox(),
      tab.locator('.pf-input-clear').boundingBox(),
    ]);
    expect(field && clear && field.x + field.width <= clear.x).toBe(true);
    expect(await summary(tab).evaluate((p) => p.scrollWidth <= p.clientWidth)).toBe(true);
    watch.assertNone();
  });

  it('does not shift as the results of a shared link arrive (CLS ≤ 0.05 on a phone)', async ({
    page: tab,
    site,
  }) => {
    await tab.setViewportSize({ width: 390, height: 844 });
    await tab.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[])
          if (!entry.hadRecentInput) shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await tab.goto(`${site.url}/search/?q=forced%20labor`);
    await results(tab).first().waitFor();
    await tab.waitForTimeout(1000);
    const cls = await tab.evaluate(() =>
      (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0),
    );
    expect(cls).toBeLessThanOrEqual(0.05);
  });
});
