// Search on an archive of a few hundred documents, built from the benchmark's synthetic exports (the China
// seed renamed, and every tenth a long annual report of about 160 sentences): a common word shows its first
// finding, whether typed in the header box, typed on the search page or opened as a shared link; a word
// nothing has says so.
import type { Page } from 'playwright-core';
import path from 'node:path';
import { buildSite } from '../../tooling/build-site.ts';
import { ROOT } from '../../tooling/paths.ts';
import { writeExports } from '../../bench/synthetic-exports.ts';
import { describe, expect, serveBuild, test as it } from '../support/e2e.ts';

/** Documents in the archive: a few hundred, and a build that stays within a CI step. */
const COUNT = 200;
const SEEDS = path.join(ROOT, '.output/search-scale-seeds');
/** Words on most pages of the archive. */
const COMMON = ['victims', 'government', 'forced labor'];

serveBuild(async () => {
  await writeExports(SEEDS, COUNT);
  return buildSite({ seedsDir: SEEDS, name: 'search-scale' });
});

const pageResults = (tab: Page) => tab.locator('[data-search-results] a[href*="#"]');

/** Whether `link` is on the first screen. */
async function onFirstScreen(tab: Page, link: ReturnType<Page['locator']>): Promise<boolean> {
  const box = await link.boundingBox();
  const height = tab.viewportSize()?.height ?? 0;
  return box !== null && box.height > 0 && box.y + box.height <= height;
}

describe(`search over ${COUNT} documents`, () => {
  it.for(COMMON)(
    'shows the first finding for a shared link to “%s” on the first screen',
    async (word, { open }) => {
      const { tab, watch } = await open(`/search/?q=${encodeURIComponent(word)}`);
      const first = pageResults(tab).first();
      await first.waitFor();
      expect(await onFirstScreen(tab, first)).toBe(true);
      expect(new URL((await first.getAttribute('href'))!, 'http://x').hash).not.toBe('');
      watch.assertNone();
    },
  );

  it('shows the first finding for “victims” typed on the search page', async ({ open }) => {
    const { tab, watch } = await open('/search/');
    const box = tab.getByRole('searchbox', { name: 'Words to find' });
    await box.focus();
    await tab.locator('pagefind-input input').waitFor();
    await tab.keyboard.type('victims');
    const first = pageResults(tab).first();
    await first.waitFor();
    expect(await onFirstScreen(tab, first)).toBe(true);
    watch.assertNone();
  });

  it('lists findings for “government” typed in the header box', async ({ open }) => {
    const { tab, watch } = await open('/');
    await tab.getByLabel('Search findings').click();
    await tab.keyboard.type('government');
    const options = tab
      .getByRole('listbox', { name: 'Matching findings' })
      .locator('[role="option"][href*="?highlight=government#"]');
    await options.first().waitFor();
    watch.assertNone();
  });

  it('says at once that nothing matches a word no document has', async ({ open }) => {
    const { tab, watch } = await open('/search/?q=zyxwvut');
    await expect
      .poll(() => tab.locator('[data-search-summary]').textContent())
      .toBe('No finding matches zyxwvut');
    expect(await pageResults(tab).count()).toBe(0);
    watch.assertNone();
  });
});
