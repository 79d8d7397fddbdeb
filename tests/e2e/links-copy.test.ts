// A reader in Chromium: copies a finding's link, opens it, lands on the finding; cites it in the page's
// dialog; follows a text-fragment link; and, with JavaScript off, still has working links and citations.
import type { Page } from 'playwright-core';
import { referencesFor } from '../../src/publish/citation/references.ts';
import { paragraphText } from '../../src/model/refworld/queries.ts';
import { absoluteUrl, documentPath } from '../../src/publish/urls.ts';
import { SITE } from '../../src/site.config.ts';
import { documentsIn } from '../../tooling/seeds.ts';
import { findingSelector, LINK_SELECTOR } from '../../src/components/finding/finding-dom.ts';
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
  const url = absoluteUrl(`${page}#${finding.id}`);
  const refs = referencesFor(doc.meta, url);

  it('opens the page’s one dialog with its references and copies the APA entry for its address', async ({
    open,
  }) => {
    const { tab, watch } = await open(`${page}#${finding.id}`);
    const cite = tab.getByRole('button', { name: 'Cite this finding', description: finding.text });
    await cite.click();
    const dialog = tab.getByRole('dialog', { name: 'Cite this finding' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await tab.locator('dialog').count()).toBe(1);
    expect(await dialog.locator('blockquote').textContent()).toBe(finding.text);
    const texts = await dialog.locator('.cite-block p, .cite-block pre').allTextContents();
    expect(texts).toEqual([
      ...(doc.meta.citeAs ? [doc.meta.citeAs] : []),
      refs.apa.text,
      refs.chicagoNote.text,
      refs.chicagoBibliography.text,
      refs.bibtex,
    ]);
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await dialog.getByRole('button', { name: 'Copy the APA 7 reference' }).click();
    await expect.poll(() => tab.getByRole('status').textContent()).toBe('Citation copied');
    expect(await clipboard(tab)).toBe(refs.apa.text);
    watch.assertNone();
  });

  it('closes on Escape and on Close, giving focus back to the finding’s button', async ({ open }) => {
    const { tab, watch } = await open(`${page}#${finding.id}`);
    const cite = tab.getByRole('button', { name: 'Cite this finding', description: finding.text });
    const dialog = tab.getByRole('dialog', { name: 'Cite this finding' });
    await cite.click();
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await tab.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await cite.evaluate((el) => el === document.activeElement)).toBe(true);
    await cite.click();
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await cite.evaluate((el) => el === document.activeElement)).toBe(true);
    watch.assertNone();
  });

  it('gives each finding its own address in the dialog', async ({ open }) => {
    const { tab, watch } = await open(page);
    const first = paragraphs[0]!.findings[0]!;
    await tab.getByRole('link', { name: 'Link to this finding', description: first.text }).click();
    await tab.getByRole('button', { name: 'Cite this finding', description: first.text }).click();
    const dialog = tab.getByRole('dialog', { name: 'Cite this finding' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.locator('pre').textContent()).toBe(
      referencesFor(doc.meta, absoluteUrl(`${page}#${first.id}`)).bibtex,
    );
    watch.assertNone();
  });

  it('is reachable without JavaScript: the page’s references with the finding’s address', async ({
    open,
  }) => {
    const { tab } = await open(page, { javaScript: false });
    // The finding's "#" link gives its address; "Cite this page" says to put it in place of the page's.
    await tab.locator(`${findingSelector(finding.id)} + ${LINK_SELECTOR}`).click();
    const address = absoluteUrl(new URL(tab.url()).pathname + new URL(tab.url()).hash);
    expect(address).toBe(url);
    await tab.getByText('Cite this page').click();
    const block = tab.locator('#cite-page');
    expect(await block.locator('#cite-a-finding').isVisible()).toBe(true);
    const pageUrl = absoluteUrl(page);
    expect(await block.locator('#cite-a-finding code').first().textContent()).toBe(`${pageUrl}#`);
    const apa = await block.locator('[id="page--apa"]').textContent();
    expect(apa?.replace(pageUrl, address)).toBe(refs.apa.text);
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

  it('are added by script to every finding, with its address, leaving the paragraphs’ text the source’s', async ({
    open,
  }) => {
    const { tab, watch } = await open(page);
    const findings = paragraphs.flatMap((p) => p.findings);
    for (const f of findings) {
      expect(await tab.getByRole('link', { name: 'Link to this finding', description: f.text }).count()).toBe(
        1,
      );
      const copy = tab.getByRole('button', { name: 'Copy link to this finding', description: f.text });
      expect(await copy.getAttribute('data-copy-url')).toBe(absoluteUrl(`${page}#${f.id}`));
      const cite = tab.getByRole('button', { name: 'Cite this finding', description: f.text });
      expect(await cite.count()).toBe(1);
    }
    const shown = await tab.locator('main .paragraph > p').allTextContents();
    expect(shown.map((t) => t.trim())).toEqual(paragraphs.map((p) => paragraphText(p)));
    watch.assertNone();
  });
});

describe('without JavaScript', () => {
  it('keeps the finding’s link working and hides the copy button that could not work', async ({ open }) => {
    const { tab } = await open(page, { javaScript: false });
    // Without scripts the link is described by where it stands, right after its sentence.
    const link = tab.locator(`${findingSelector(finding.id)} + ${LINK_SELECTOR}`);
    expect(await link.getAttribute('aria-label')).toBe('Link to this finding');
    await link.click();
    expect(new URL(tab.url()).hash).toBe(`#${finding.id}`);
    expect(await tab.evaluate(() => document.querySelector(':target')?.id)).toBe(finding.id);
    // Copy and cite buttons are added by script: without it there is none to show.
    const copy = tab.locator(`button[data-copy-url][aria-describedby="${finding.id}"]`);
    expect(await copy.isVisible()).toBe(false);
  });
});
