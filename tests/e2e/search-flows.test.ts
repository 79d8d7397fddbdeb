// Search as a reader uses it, in Chromium against the real Pagefind index and bundle: from the header box
// to the finding, by keyboard alone, and on the /search/ page with its filters. Every flow runs on the site
// under test and on a build of the two-documents fixture (a second, fictional export beside the China seed),
// where the country filter must also keep the two apart. Expected findings come from the document model.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentPath } from '../../src/lib/urls.ts';
import { buildDocument, decodeSeed, type Document, type Finding } from '../../src/lib/refworld/index.ts';
import { type SectionKey } from '../../src/lib/refworld/rules/sections.ts';
import { SECTION_TEXT } from '../../src/strings.ts';
import { buildSite, ROOT } from '../support/build-site.ts';
import { launchBrowser, watchPage, type LaunchedBrowser, type PageWatch } from '../support/browser.ts';
import { DIST } from '../support/dist.ts';
import { openFilter } from '../support/search-filters.ts';
import { serveDir, type ServedDir } from '../support/server.ts';

/** A built site to search, and the seeds it was built from. */
interface Site {
  name: string;
  seedsDir: string;
  build(): Promise<string>;
}

const SITES: Site[] = [
  {
    name: 'the site under test',
    seedsDir: process.env['TIP_SEEDS_DIR'] ?? 'seeds',
    build: () => Promise.resolve(DIST),
  },
  {
    name: 'the two-documents fixture',
    seedsDir: 'tests/fixtures/two-documents',
    build: () => buildSite({ seedsDir: 'tests/fixtures/two-documents', name: 'search-two-documents' }),
  },
];

/** The documents a seeds folder holds, as the build reads them. */
function documentsIn(seedsDir: string): Document[] {
  const dir = path.resolve(ROOT, seedsDir);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => buildDocument(decodeSeed(readFileSync(path.join(dir, name)), name), name));
}

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

let browser: LaunchedBrowser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(SITES)('on $name', (site) => {
  const docs = documentsIn(site.seedsDir);
  let server: ServedDir;

  beforeAll(async () => {
    server = await serveDir(await site.build());
  });
  afterAll(async () => {
    await server?.close();
  });

  /** A new tab on the served site, watched for console errors, CSP violations and other origins. */
  async function open(pathAndQuery: string): Promise<{ tab: Page; watch: PageWatch }> {
    const tab = await browser.newPage();
    // Tall enough that every result is in view, so that Pagefind loads them all.
    await tab.setViewportSize({ width: 1280, height: 2000 });
    const watch = watchPage(tab, server.url);
    await tab.goto(server.url + pathAndQuery);
    return { tab, watch };
  }

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

    beforeAll(async () => {
      ({ tab, watch } = await open('/'));
      await tab.getByLabel('Search findings').click();
      await tab.keyboard.type('Costa Rica');
      await headerOptionsFor(tab, 'Costa Rica').first().click();
      await tab.waitForURL(/#/);
    });
    afterAll(async () => {
      await tab?.close();
    });

    it('lands on the finding about the Costa Rican ring, on its section page', () => {
      const url = new URL(tab.url());
      expect(url.pathname).toBe(documentPath(costaRica.doc.meta.slug, costaRica.section));
      expect(url.hash).toBe(`#${costaRica.finding.id}`);
    });

    it('shows that finding scrolled into view and marked as the target', async () => {
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

    it('highlights the searched words in it', async () => {
      const marks = tab.locator(`[id="${costaRica.finding.id}"] mark`);
      await expect.poll(() => marks.allTextContents()).toEqual(expect.arrayContaining(['Costa', 'Rica']));
    });

    it('logs no error, breaks no CSP rule and calls no other origin on the way', () => {
      watch.assertNone();
    });
  });

  it('takes a reader from “/” through typing, arrows and Enter to a finding, by keyboard alone', async () => {
    const { tab, watch } = await open('/');
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
    await tab.close();
  });

  it('shows the regional cooperation finding first for /search/?q=North%20Koreans', async () => {
    const northKoreans = theFindingMentioning(docs, 'North Koreans');
    expect(northKoreans.section).toBe('regional-cooperation');
    const { tab, watch } = await open('/search/?q=North%20Koreans');
    const [first] = await resultHrefs(tab);
    const url = new URL(first!);
    expect(url.pathname).toBe(documentPath(northKoreans.doc.meta.slug, 'regional-cooperation'));
    expect(url.hash).toBe(`#${northKoreans.finding.id}`);
    watch.assertNone();
    await tab.close();
  });

  it('shows only protection findings for “victims” once the section filter is set to Protection', async () => {
    const { tab, watch } = await open('/search/?q=victims');
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
    await tab.close();
  });

  it.runIf(docs.length > 1)('keeps each country’s findings apart with the country filter', async () => {
    const { tab, watch } = await open('/search/?q=victims');
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
    await tab.close();
  });
});
