// What a reader sees, at a phone's size (390 × 844) and a desktop's (1280 × 800), in light and dark: no
// table cell breaks inside a word, chart text is at least 12 px as drawn, a finding opened by its address
// sits below a margin under its section's heading, a finding's targets are at least 24 px on a touch
// screen, and no link or diff mark ends in a space. Every page kind is kept as a screenshot in
// .output/screenshots/visual/ for a person to look at. Built from the archive fixture and the shipped seed.
import { cp, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { documentsIn } from '../../tooling/seeds.ts';
import { buildSite } from '../../tooling/build-site.ts';
import { ROOT, SHIPPED_SEED } from '../../tooling/paths.ts';
import { busiestSection } from '../support/busiest-section.ts';
import {
  changesPath,
  countriesPath,
  countryPath,
  documentPath,
  findingPath,
  searchPath,
  SITE_PATHS,
  yearPath,
} from '../../src/publish/urls.ts';
import { describe, expect, serveBuild, test } from '../support/e2e.ts';

const NAME = 'visual-e2e';
const SEEDS = path.join(ROOT, '.output', NAME, 'seeds');
const SCREENSHOTS = path.join(ROOT, '.output', 'screenshots', 'visual');

serveBuild(async () => {
  await rm(SEEDS, { recursive: true, force: true });
  await mkdir(SEEDS, { recursive: true });
  await cp(path.join(ROOT, 'tests/fixtures/archive'), SEEDS, { recursive: true });
  await cp(SHIPPED_SEED, path.join(SEEDS, path.basename(SHIPPED_SEED)));
  return buildSite({ name: NAME, seedsDir: SEEDS });
});

/** One page of each kind the site has. */
const PAGES = {
  home: SITE_PATHS.home,
  countries: countriesPath(),
  country: countryPath('ruritania'),
  'country-alias': countryPath('north-korea'),
  year: yearPath('2010'),
  overview: documentPath('china-2010'),
  section: documentPath('china-2010', 'protection'),
  'full-text': documentPath('china-2010', 'full-text'),
  source: documentPath('china-2010', 'source'),
  findings: documentPath('china-2010', 'findings'),
  timeline: documentPath('china-2010', 'timeline'),
  changes: changesPath('ruritania-2010'),
  search: searchPath({ q: 'forced labor' }),
  'not-found': SITE_PATHS.notFound,
} as const;

/** Pages with tables and charts. */
const TABLES = [PAGES.findings, PAGES.country, PAGES.source];
const CHARTS = [PAGES.timeline, PAGES.country];

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;
const THEMES = ['light', 'dark'] as const;

type Viewport = (typeof VIEWPORTS)[number];
type Theme = (typeof THEMES)[number];

/** Sets `page` to a viewport and theme (the system's preference, as a first visit has it). */
async function prepare(page: Page, viewport: Viewport, theme: Theme): Promise<void> {
  await page.setViewportSize({ width: viewport.width, height: viewport.height });
  await page.emulateMedia({ colorScheme: theme });
}

/** Makes `page` a touch screen: a coarse pointer, as on a phone or tablet. */
async function touchScreen(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  await cdp.send('Emulation.setEmitTouchEventsForMouse', { enabled: true, configuration: 'mobile' });
}

/**
 * Words of table cells drawn over more than one line: for each word (Intl.Segmenter) of each cell's text,
 * the distinct line tops of its Range's client rects.
 */
function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
    const broken: string[] = [];
    for (const cell of document.querySelectorAll('main td, main th')) {
      // Header cells a phone hides (its cards name each value instead) are not drawn at all.
      if ((cell.parentElement?.parentElement?.getBoundingClientRect().width ?? 0) <= 1) continue;
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const { segment, index, isWordLike } of segmenter.segment(text)) {
          if (!isWordLike) continue;
          const range = document.createRange();
          range.setStart(node, index);
          range.setEnd(node, index + segment.length);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(segment);
        }
      }
    }
    return broken;
  });
}

/** Each chart text's size as drawn: its computed font size times the scale of its SVG on screen. */
function chartTextSizes(page: Page): Promise<{ text: string; px: number }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGTextElement>('figure svg text')].map((t) => ({
      text: t.textContent ?? '',
      px: parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 0),
    })),
  );
}

const shipped = (await documentsIn(path.dirname(SHIPPED_SEED))).find((d) =>
  SHIPPED_SEED.endsWith(d.meta.sourceFile),
);
if (!shipped) throw new Error(`no document for ${SHIPPED_SEED}`);
const busiest = busiestSection(shipped);
const lastFinding = busiest.paragraphs.flatMap((p) => p.findings).at(-1);
if (!lastFinding) throw new Error('the shipped seed has no findings');

describe.each(VIEWPORTS.flatMap((v) => THEMES.map((t) => [`${v.name} ${t}`, v, t] as const)))(
  '%s',
  (label, viewport, theme) => {
    test('every page kind fits the screen; each is kept as a screenshot', async ({ page, site }) => {
      await mkdir(SCREENSHOTS, { recursive: true });
      await prepare(page, viewport, theme);
      for (const [kind, url] of Object.entries(PAGES)) {
        await page.goto(site.url + url);
        if (kind === 'search') await page.locator('[data-search-results] a').first().waitFor();
        const file = `${kind}-${viewport.width}-${theme}.png`;
        await page.screenshot({ path: path.join(SCREENSHOTS, file), fullPage: true });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
        expect(overflow, `${url} at ${label}`).toBeLessThanOrEqual(0);
      }
    });

    test('no table cell breaks inside a word', async ({ page, site }) => {
      await prepare(page, viewport, theme);
      for (const url of TABLES) {
        await page.goto(site.url + url);
        expect(await page.locator('main td').count(), url).toBeGreaterThan(0);
        expect(await brokenWords(page), url).toEqual([]);
      }
    });

    test('chart text is at least 12 px as drawn', async ({ page, site }) => {
      await prepare(page, viewport, theme);
      for (const url of CHARTS) {
        await page.goto(site.url + url);
        const sizes = await chartTextSizes(page);
        expect(sizes.length, url).toBeGreaterThan(0);
        expect(
          sizes.filter((s) => s.px < 12),
          url,
        ).toEqual([]);
      }
    });

    test('a finding opened by its address sits 16 px or more below the top, under its section’s heading', async ({
      page,
      site,
    }) => {
      await prepare(page, viewport, theme);
      await page.goto(site.url + findingPath(shipped.meta.slug, busiest.section, lastFinding.id));
      const finding = page.locator(`[id="${lastFinding.id}"]`);
      // Arrival may scroll smoothly: wait until the page has stopped moving.
      await page.waitForFunction(
        () =>
          new Promise((done) => {
            const y = scrollY;
            requestAnimationFrame(() => requestAnimationFrame(() => done(scrollY === y)));
          }),
      );
      const top = await finding.evaluate((el) => el.getBoundingClientRect().top);
      const heading = await page
        .locator('main h1')
        .evaluate((h) => ({ top: h.getBoundingClientRect().top, bottom: h.getBoundingClientRect().bottom }));
      expect(top).toBeGreaterThanOrEqual(16);
      expect(heading.top).toBeGreaterThanOrEqual(0);
      expect(top - heading.bottom).toBeGreaterThanOrEqual(16);
    });

    test('a finding’s targets are at least 24 × 24 px on a touch screen', async ({ page, site }) => {
      await touchScreen(page);
      await prepare(page, viewport, theme);
      await page.goto(site.url + findingPath(shipped.meta.slug, busiest.section, lastFinding.id));
      expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
      const sizes = await page.evaluate(() =>
        [...document.querySelectorAll('main .finding-tools > *')]
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.width > 1)
          .map((r) => ({ width: Math.round(r.width), height: Math.round(r.height) })),
      );
      expect(sizes.length).toBeGreaterThan(busiest.paragraphs.length);
      for (const size of sizes) {
        expect(size.width).toBeGreaterThanOrEqual(24);
        expect(size.height).toBeGreaterThanOrEqual(24);
      }
    });

    test('the links to quoted first findings are at least 24 × 24 px on a touch screen', async ({
      page,
      site,
    }) => {
      await touchScreen(page);
      await prepare(page, viewport, theme);
      await page.goto(site.url + PAGES.home);
      const sizes = await page
        .locator('main .archive-list blockquote a')
        .evaluateAll((as) => as.map((a) => a.getBoundingClientRect()).map((r) => [r.width, r.height]));
      expect(sizes.length).toBeGreaterThan(0);
      expect(sizes.flat().filter((px) => px < 24)).toEqual([]);
    });
  },
);

test('no link or diff mark starts or ends with a space', async ({ page, site }) => {
  const loose: string[] = [];
  for (const url of Object.values(PAGES)) {
    await page.goto(site.url + url);
    const found = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a, ins, del')]
        .filter((el) => el.offsetParent !== null && el.innerText !== el.innerText.trim())
        .map((el) => JSON.stringify(el.innerText)),
    );
    loose.push(...found.map((text) => `${url} ${text}`));
  }
  expect(loose).toEqual([]);
});
