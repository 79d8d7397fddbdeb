// A reader in Chromium: copies a finding's link, opens it, lands on the finding; cites it; follows a
// text-fragment link; and, with JavaScript off, still has working links.
import type { Page } from 'playwright-core';
import { referencesFor } from '../../src/lib/citation/references.ts';
import { absoluteUrl, documentPath } from '../../src/lib/urls.ts';
import { SITE } from '../../src/site.config.ts';
import { documentsIn } from '../../tooling/seeds.ts';
import { busiestSection } from '../support/busiest-section.ts';
import { describe, expect, test as it } from '../support/e2e.ts';

const [doc] = await documentsIn();
if (!doc) throw new Error('no seed to test');
// The section with the most findings, and its last finding: the one furthest down a page.
const { section, paragraphs } = busiestSection(doc);
const finding = paragraphs.at(-1)!.findings.at(-1)!;
const page = documentPath(doc.meta.slug, section);
const publicOrigin = new URL(SITE.url).origin;

const clipboard = (tab: Page): Promise<string> => tab.evaluate(() => navigator.clipboard.readText());

it.beforeAll(async ({ browser, site }) => {
  for (const origin of [site.url, publicOrigin]) {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  }
  // The copied link is the public address (SITE_URL); requests to it are answered from the local build.
  await browser.context.route(`${publicOrigin}/**`, async (route) => {
    const url = new URL(route.request().url());
    await route.fulfill({
      response: await route.fetch({ url: `${site.url}${url.pathname}${url.search}` }),
    });
  });
});

describe('copying a finding’s link', () => {
  it('copies its public address, announces it, and the address opens on the finding, marked', async ({
    open,
  }) => {
    const { tab, watch } = await open(page);
    // A finding's tools show beside it once it is the target: its "#" link is the way to them.
    await tab.getByRole('link', { name: 'Link to this finding', description: finding.text }).click();
    await tab.getByRole('button', { name: 'Copy link to this finding', description: finding.text }).click();
    await expect.poll(() => tab.getByRole('status').textContent()).toBe('Link copied');
    const copied = await clipboard(tab);
    expect(copied).toBe(absoluteUrl(`${page}#${finding.id}`));
    watch.assertNone();

    const { tab: opened, watch: openedWatch } = await open(new URL(copied).pathname + new URL(copied).hash, {
      origin: publicOrigin,
    });
    expect(await opened.evaluate(() => document.querySelector(':target')?.id)).toBe(finding.id);
    const marked = await opened
      .locator(`[id="${finding.id}"]`)
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(marked).not.toBe('rgba(0, 0, 0, 0)');
    openedWatch.assertNone();
  });
});

describe('citing a finding', () => {
  it('opens its references and copies the APA entry for its address', async ({ open }) => {
    const { tab, watch } = await open(`${page}#${finding.id}`);
    await tab.getByRole('button', { name: 'Cite this finding', description: finding.text }).click();
    const popover = tab.locator(`[id="${finding.id}--cite"]`);
    await expect.poll(() => popover.evaluate((el) => el.matches(':popover-open'))).toBe(true);
    await popover.getByRole('button', { name: 'Copy the APA 7 reference' }).click();
    await expect.poll(() => tab.getByRole('status').textContent()).toBe('Citation copied');
    expect(await clipboard(tab)).toBe(referencesFor(doc.meta, absoluteUrl(`${page}#${finding.id}`)).apa.text);
    watch.assertNone();
  });
});

describe('text-fragment links', () => {
  it('scroll to the quoted words', async ({ open, site }) => {
    const { tab, watch } = await open('/');
    await tab.setViewportSize({ width: 360, height: 480 });
    const words = finding.text.split(' ').slice(0, 6).join(' ');
    await tab.goto(`${site.url}${page}#:~:text=${encodeURIComponent(words)}`);
    const sentence = tab.locator(`[id="${finding.id}"]`);
    await expect.poll(() => tab.evaluate(() => scrollY)).toBeGreaterThan(0);
    await expect
      .poll(() =>
        sentence.evaluate((el) => {
          const box = el.getBoundingClientRect();
          return box.top >= 0 && box.top < innerHeight;
        }),
      )
      .toBe(true);
    watch.assertNone();
  });
});

describe('a finding’s tools', () => {
  it('stay out of the text until the finding is the target, then show beside it', async ({ open }) => {
    const { tab, watch } = await open(page);
    const copy = tab.getByRole('button', { name: 'Copy link to this finding', description: finding.text });
    const width = (): Promise<number> => copy.evaluate((el) => el.getBoundingClientRect().width);
    expect(await width()).toBeLessThanOrEqual(1);
    await tab.getByRole('link', { name: 'Link to this finding', description: finding.text }).click();
    expect(await width()).toBeGreaterThan(1);
    watch.assertNone();
  });
});

describe('without JavaScript', () => {
  it('keeps the finding’s link working and hides the copy button that could not work', async ({ open }) => {
    const { tab } = await open(page, { javaScript: false });
    await tab.getByRole('link', { name: 'Link to this finding', description: finding.text }).click();
    expect(new URL(tab.url()).hash).toBe(`#${finding.id}`);
    expect(await tab.evaluate(() => document.querySelector(':target')?.id)).toBe(finding.id);
    const copy = tab.locator(`button[data-copy-url][aria-describedby="${finding.id}"]`);
    expect(await copy.count()).toBe(1);
    expect(await copy.isVisible()).toBe(false);
  });
});
