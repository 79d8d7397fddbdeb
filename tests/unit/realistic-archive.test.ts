// The benchmark's realistic archive: the same seed gives the same exports, and a selection of N documents
// keeps every era of the series in proportion rather than only the first years.
import { describe, expect, it } from 'vitest';
import { ERAS, planArchive, selectStratified } from '../../bench/archive/plan.ts';
import { archiveTexts, totalsOf } from '../../bench/realistic-archive.ts';

describe('the realistic archive', () => {
  it('writes the same text for every document when generated twice', () => {
    const pick = (): ReturnType<typeof archiveTexts> => archiveTexts(selectStratified(planArchive(), 40));
    const first = pick();
    const second = pick();
    expect(second.map((w) => w.doc.file)).toEqual(first.map((w) => w.doc.file));
    expect(second.map((w) => w.text)).toEqual(first.map((w) => w.text));
  });

  it('keeps every era, in proportion to its documents, in a selection of 500', () => {
    const all = planArchive();
    const chosen = selectStratified(all, 500);
    expect(chosen).toHaveLength(500);
    for (const era of ERAS) {
      const share = all.filter((d) => d.era === era).length / all.length;
      const count = chosen.filter((d) => d.era === era).length;
      expect(Math.abs(count - share * 500), era).toBeLessThanOrEqual(1);
      const years = new Set(chosen.filter((d) => d.era === era).map((d) => d.year));
      const allYears = new Set(all.filter((d) => d.era === era).map((d) => d.year));
      expect(years, era).toEqual(allYears);
    }
  });

  it('holds about 4,800 documents and 565,000 sentences, each era at its length', () => {
    const totals = totalsOf(archiveTexts(planArchive()));
    expect(totals.documents).toBeGreaterThan(4700);
    expect(totals.documents).toBeLessThan(4900);
    expect(totals.sentences).toBeGreaterThan(540_000);
    expect(totals.sentences).toBeLessThan(590_000);
    const per = (era: (typeof ERAS)[number]): number =>
      totals.byEra[era].sentences / totals.byEra[era].documents;
    expect(per('2001–2004')).toBeLessThan(15);
    expect(per('2005–2009')).toBeCloseTo(50, -1);
    expect(per('2010–2016')).toBeCloseTo(110, -1);
    expect(per('2017–2024')).toBeGreaterThan(110);
  });
});
