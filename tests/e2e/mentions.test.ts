// A researcher on a document's findings table in Chromium: narrows it by section, mentioned country and
// year, shares the narrowed table as a URL, and without JavaScript still reads every finding.
import type { Page } from 'playwright-core';
import { countriesIn, placedFindings, yearsIn, type PlacedFinding } from '../../src/data/mentions/explore.ts';
import { documentPath } from '../../src/publish/urls.ts';
import { documentsIn } from '../../tooling/seeds.ts';
import { describe, expect, test as it } from '../support/e2e.ts';
import { openFilter } from '../support/search-filters.ts';

const [doc] = await documentsIn();
if (!doc) throw new Error('no seed to test');
const page = documentPath(doc.meta.slug, 'findings');
const placed = placedFindings(doc);

/** The ids of the findings whose rows show, in table order, read from each row's link. */
const shownIds = (tab: Page): Promise<string[]> =>
  tab
    .locator('[data-findings-table] tbody tr:not([hidden]) a[href*="#"]')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).hash.slice(1)));

const idsOf = (findings: readonly PlacedFinding[]): string[] => findings.map((p) => p.finding.id);

// The country and the year mentioned by the most findings, so that each filter has something to narrow.
const mostMentioned = <T>(values: (p: PlacedFinding) => T[]): T => {
  const counts = new Map<T, number>();
  for (const p of placed) for (const v of values(p)) counts.set(v, (counts.get(v) ?? 0) + 1);
  const [top] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!top) throw new Error('the seed mentions none');
  return top[0];
};
const country = mostMentioned((p) => countriesIn(p.finding).map((c) => c.slug));
const year = mostMentioned((p) => yearsIn(p.finding));

describe('the findings table', () => {
  it('lists every finding, in reading order, before any filter is chosen', async ({ open }) => {
    const { tab, watch } = await open(page);
    expect(await shownIds(tab)).toEqual(idsOf(placed));
    watch.assertNone();
  });

  it('narrows to the findings that mention one country', async ({ open }) => {
    const { tab, watch } = await open(page);
    await tab.getByLabel('Mentioned country').selectOption(country);
    const expected = idsOf(placed.filter((p) => countriesIn(p.finding).some((c) => c.slug === country)));
    expect(expected.length).toBeLessThan(placed.length);
    await expect.poll(() => shownIds(tab)).toEqual(expected);
    expect(new URL(tab.url()).searchParams.get('mentioned-country')).toBe(country);
    watch.assertNone();
  });

  it('narrows to one section, says how many show, and keeps the choice in the URL', async ({ open }) => {
    const { tab, watch } = await open(page);
    await tab.getByLabel('Section').selectOption('protection');
    const expected = idsOf(placed.filter((p) => p.section === 'protection'));
    await expect.poll(() => shownIds(tab)).toEqual(expected);
    expect(await tab.locator('[data-findings-shown]').textContent()).toBe(
      `${expected.length} of ${placed.length} findings shown`,
    );
    expect(new URL(tab.url()).searchParams.get('section')).toBe('protection');
    watch.assertNone();
  });

  const withBoth = (): string[] =>
    idsOf(
      placed.filter(
        (p) => countriesIn(p.finding).some((c) => c.slug === country) && yearsIn(p.finding).includes(year),
      ),
    );

  it('opens a shared URL with a country and a year already chosen, showing only findings with both', async ({
    open,
  }) => {
    const { tab, watch } = await open(`${page}?mentioned-country=${country}&mentioned-year=${year}`);
    const expected = withBoth();
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => shownIds(tab)).toEqual(expected);
    expect(await tab.getByLabel('Mentioned country').inputValue()).toBe(country);
    expect(await tab.getByLabel('Year mentioned').inputValue()).toBe(year);
    watch.assertNone();
  });

  it('reads a link shared before the filters were renamed (?country=&year=) as the mentioned ones', async ({
    open,
  }) => {
    const { tab, watch } = await open(`${page}?country=${country}&year=${year}`);
    await expect.poll(() => shownIds(tab)).toEqual(withBoth());
    const params = new URL(tab.url()).searchParams;
    expect([params.get('mentioned-country'), params.get('mentioned-year'), params.get('country')]).toEqual([
      country,
      year,
      null,
    ]);
    watch.assertNone();
  });

  it('shows every finding and no filter that could not work without JavaScript', async ({ open }) => {
    const { tab } = await open(`${page}?section=protection`, { javaScript: false });
    expect(await shownIds(tab)).toEqual(idsOf(placed));
    expect(await tab.getByLabel('Section').isVisible()).toBe(false);
  });
});

describe('search narrowed to a mentioned country', () => {
  const WORD = 'trafficking';
  const sectionsWith = (keep: (p: PlacedFinding) => boolean): Set<string> =>
    new Set(placed.filter(keep).map((p) => documentPath(doc.meta.slug, p.section)));
  const matching = sectionsWith((p) => p.finding.text.toLowerCase().includes(WORD));
  // A country some but not all of the matching sections mention, so that the filter visibly narrows.
  const narrowing = [...new Set(placed.flatMap((p) => countriesIn(p.finding).map((c) => c.name)))]
    .map((name) => ({
      name,
      pages: sectionsWith((p) => countriesIn(p.finding).some((c) => c.name === name)).intersection(matching),
    }))
    .find(({ pages }) => pages.size > 0 && pages.size < matching.size);

  it('keeps only the sections whose findings mention it', async ({ open }) => {
    expect(narrowing, 'a country that narrows the search').toBeDefined();
    const { name, pages } = narrowing!;
    const { tab, watch } = await open(`/search/?q=${WORD}`, { viewport: { width: 1280, height: 2000 } });
    const results = tab.locator('pagefind-results a[href]');
    await results.first().waitFor();
    const shownPages = async (): Promise<Set<string>> =>
      new Set(
        await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
      );
    await expect.poll(shownPages).toEqual(matching);
    await openFilter(tab, 'mentions');
    await tab.getByRole('checkbox', { name: new RegExp(`^${name}\\b`) }).check();
    await expect.poll(shownPages).toEqual(pages);
    watch.assertNone();
  });
});
