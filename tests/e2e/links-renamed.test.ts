// In Chromium, links made before a rename still land: a renamed finding's old fragment marks it, and a
// finding that moved page is followed there (or, without JavaScript, pointed to). Fixture build with renames.
import { findingPath } from '../../src/publish/urls.ts';
import { buildRenamed, MOVED_FINDING, REWORDED, SLUG } from '../build/links-renamed-fixture.ts';
import { describe, expect, serveBuild, test } from '../support/e2e.ts';

serveBuild(() => buildRenamed('links-renamed-e2e'));

const movedFrom = findingPath(SLUG, MOVED_FINDING.from, MOVED_FINDING.id);
const movedTo = findingPath(SLUG, MOVED_FINDING.to, MOVED_FINDING.id);

describe('a renamed finding', () => {
  test('is marked when its old fragment is the target', async ({ open }) => {
    const { tab, watch } = await open(findingPath(SLUG, REWORDED.section, REWORDED.from));
    const finding = tab.locator(`[id="${REWORDED.to}"]`);
    expect(await finding.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    expect(await finding.evaluate((el) => el.getBoundingClientRect().top < innerHeight)).toBe(true);
    watch.assertNone();
  });
});

describe('a finding that moved to another page', () => {
  test('is followed to its new address', async ({ open, site }) => {
    const { tab, watch } = await open(movedFrom);
    await tab.waitForURL(site.url + movedTo);
    expect(await tab.evaluate(() => document.querySelector(':target')?.id)).toBe(MOVED_FINDING.id);
    watch.assertNone();
  });

  test('is pointed to, when JavaScript is off', async ({ open, site }) => {
    const { tab: page } = await open(movedFrom, { javaScript: false });
    const note = page.getByRole('note');
    expect(await note.isVisible()).toBe(true);
    await note.getByRole('link', { name: 'read it at its new address' }).click();
    await page.waitForURL(site.url + movedTo);
  });
});
