// The reader's search flows, in Chromium against the real Pagefind index and bundle: from the header box to
// the finding, by keyboard alone, and on the /search/ page with its filters. Run on the site under test
// (search-flows.test.ts) and on the two-documents fixture (search-flows-two-documents.test.ts), where the
// country filter must also keep the two documents apart. Expected findings come from the document model.
import type { Locator, Page } from 'playwright-core';
import type { Document, Finding } from '../../src/model/refworld/index.ts';
import type { SectionKey } from '../../src/model/refworld/rules/sections.ts';
import { documentPath } from '../../src/publish/urls.ts';
import { SECTION_TEXT } from '../../src/strings.ts';
import { describe, expect, test } from '../support/e2e.ts';
import { openFilter } from '../support/search-filters.ts';
import { watchPage, type PageWatch } from '../support/watch-page.ts';

/** Tall enough that every result is in view, so that Pagefind loads them all. */
const TALL = { viewport: { width: 1280, height: 2000 } };

/** A finding with the document and section it is in. */
interface Located {
  doc: Document;
  section: SectionKey;
  finding: Finding;
}

/** Every finding whose text matches `pattern`, across the documents. */
function findingsMatching(docs: readonly Document[], pattern: RegExp): Located[] {
  return docs.flatMap((doc) =>
    doc.paragraphs.flatMap((p) =>
      p.findings.filter((f) => pattern.test(f.text)).map((finding) => ({ doc, section: p.section, finding })),
    ),
  );
}

/** The one finding that mentions `words`; a seed where several do would make the test ambiguous. */
function theFindingMentioning(docs: readonly Document[], words: string): Located {
  const found = findingsMatching(docs, new RegExp(`\\b${words}`));
  expect(found, `findings mentioning "${words}"`).toHaveLength(1);
  return found[0]!;
}

/**
 * The options of the header's list once they answer the whole of `query`, not a prefix typed on the way:
 * their links carry every searched word, for the result's page to highlight.
 */
function headerOptionsFor(tab: Page, query: string): Locator {
  const words = new URLSearchParams(
    query
      .toLowerCase()
      .split(/\s+/)
      .map((word) => ['highlight', word]),
  );
  return tab
    .getByRole('listbox', { name: 'Matching findings' })
    .locator(`[role="option"][href*="?${words.toString()}#"]`);
}

/** Registers the flows for the site the calling file serves, built from `docs`. */
export function searchFlows(docs: readonly Document[]): void {
  /** The hrefs of the finding links on the search page, once Pagefind has rendered them. */
  async function resultHrefs(tab: Page): Promise<string[]> {
    const links = tab.locator('pagefind-results a[href]');
    await links.first().waitFor();
    return links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  }

  describe('typing “Costa Rica” in the header box of the home page and opening the first result', () => {
    const costaRica = theFindingMentioning(docs, 'Costa Rica');
    let tab: Page;
    let watch: PageWatch;

    // One reader's flow, checked step by step by the tests below: one tab for all of them.
    test.beforeAll(async ({ browser, site }) => {
      tab = await browser.newPage();
      await tab.setViewportSize(TALL.viewport);
      watch = watchPage(tab, site.url);
      await tab.goto(`${site.url}/`);
      await tab.getByLabel('Search findings').click();
      await tab.keyboard.type('Costa Rica');
      await headerOptionsFor(tab, 'Costa Rica').first().click();
      await tab.waitForURL(/#/);
    });
    test.afterAll(async () => {
      await tab?.close();
    });

    test('lands on the finding about the Costa Rican ring, on its section page', () => {
      const url = new URL(tab.url());
      expect(url.pathname).toBe(documentPath(costaRica.doc.meta.slug, costaRica.section));
      expect(url.hash).toBe(`#${costaRica.finding.id}`);
    });

    test('shows that finding scrolled into view and marked as the target', async () => {
      const finding = tab.locator(`[id="${costaRica.finding.id}"]`);
      await expect.poll(() => finding.evaluate((el) => el.matches(':target'))).toBe(true);
      await expect
        .poll(() =>
          finding.evaluate((el) => {
            const box = el.getBoundingClientRect();
            return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
          }),
        )
        .toBe(true);
    });

    test('highlights the searched words in it', async () => {
      const marks = tab.locator(`[id="${costaRica.finding.id}"] mark`);
      await expect.poll(() => marks.allTextContents()).toEqual(expect.arrayContaining(['Costa', 'Rica']));
    });

    test('logs no error, breaks no CSP rule and calls no other origin on the way', () => {
      watch.assertNone();
    });
  });

  test('takes a reader from “/” through typing, arrows and Enter to a finding, by keyboard alone', async ({
    open,
  }) => {
    const { tab, watch } = await open('/', TALL);
    await tab.keyboard.press('/');
    await tab.keyboard.type('victims');
    const options = headerOptionsFor(tab, 'victims');
    await expect.poll(() => options.count()).toBeGreaterThan(1);
    const second = await options.nth(1).evaluate((a) => (a as HTMLAnchorElement).href);
    await tab.keyboard.press('ArrowDown');
    const chosen = options.and(tab.getByRole('option', { selected: true }));
    await expect.poll(() => chosen.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(second);
    await tab.keyboard.press('Enter');
    await tab.waitForURL(second);
    const targetId = await tab.evaluate(() => document.querySelector(':target.finding')?.id);
    const victims = findingsMatching(docs, /victim/i).map((f) => f.finding.id);
    expect(victims).toContain(targetId);
    watch.assertNone();
  });

  test('shows the regional cooperation finding first for /search/?q=North%20Koreans', async ({ open }) => {
    const northKoreans = theFindingMentioning(docs, 'North Koreans');
    expect(northKoreans.section).toBe('regional-cooperation');
    const { tab, watch } = await open('/search/?q=North%20Koreans', TALL);
    const [first] = await resultHrefs(tab);
    const url = new URL(first!);
    expect(url.pathname).toBe(documentPath(northKoreans.doc.meta.slug, 'regional-cooperation'));
    expect(url.hash).toBe(`#${northKoreans.finding.id}`);
    watch.assertNone();
  });

  test('shows only protection findings for “victims” once the section filter is set to Protection', async ({
    open,
  }) => {
    const { tab, watch } = await open('/search/?q=victims', TALL);
    const sectionOf = (href: string): string => new URL(href).pathname.split('/')[2] ?? '';
    expect(
      new Set((await resultHrefs(tab)).map(sectionOf)).size,
      'sections before filtering',
    ).toBeGreaterThan(1);
    await openFilter(tab, 'section');
    await tab.getByRole('checkbox', { name: new RegExp(`^${SECTION_TEXT.protection.label}\\b`) }).check();
    await expect
      .poll(async () => new Set((await resultHrefs(tab)).map(sectionOf)))
      .toEqual(new Set(['protection']));
    expect(new URL(tab.url()).searchParams.getAll('section')).toEqual([SECTION_TEXT.protection.label]);
    watch.assertNone();
  });

  test.runIf(docs.length > 1)(
    'keeps each country’s findings apart with the country filter',
    async ({ open }) => {
      const { tab, watch } = await open('/search/?q=victims', TALL);
      const docOf = (href: string): string => new URL(href).pathname.split('/')[1] ?? '';
      const withVictims = [...new Set(findingsMatching(docs, /victim/i).map((f) => f.doc))];
      expect(withVictims.length, 'documents with findings about victims').toBeGreaterThan(1);
      expect(new Set((await resultHrefs(tab)).map(docOf))).toEqual(
        new Set(withVictims.map((d) => d.meta.slug)),
      );
      await openFilter(tab, 'country');
      const countryBox = (d: Document) =>
        tab.getByRole('checkbox', { name: new RegExp(`^${d.country.name}\\b`) });
      for (const doc of withVictims) {
        // One country at a time: the others' boxes show again once the one checked before is cleared.
        for (const other of withVictims) if (other !== doc) await countryBox(other).uncheck();
        await countryBox(doc).check();
        await expect
          .poll(async () => new Set((await resultHrefs(tab)).map(docOf)))
          .toEqual(new Set([doc.meta.slug]));
      }
      watch.assertNone();
    },
  );
}
