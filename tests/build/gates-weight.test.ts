// Gate: a first visit to any page (its HTML plus the CSS and JS it loads before interaction) stays small.
import { describe, expect, it } from 'vitest';
import { FIRST_VISIT_GZIP as BUDGET } from '../../tooling/budgets.ts';
import { loadPage } from '../../tooling/dist.ts';
import { gatePages } from '../../tooling/gate-pages.ts';
import { firstVisit } from '../../tooling/first-visit.ts';

const pages = await gatePages();

describe('weight budget', () => {
  it.each(pages)(`a first visit to %s is at most ${BUDGET} bytes gzip`, async (page) => {
    const visit = await firstVisit(page);
    const detail = visit.files.map((f) => `${f.url} ${f.gzip}`).join(', ');
    expect(visit.totalGzip, detail).toBeLessThanOrEqual(BUDGET);
  });

  it('search code is not part of any first visit', async () => {
    const eager: string[] = [];
    for (const page of pages) {
      const visit = await firstVisit(page);
      for (const file of visit.files)
        if (file.url.startsWith('/pagefind/')) eager.push(`${page}: ${file.url}`);
      const $ = await loadPage(page);
      for (const el of $('link[rel~="preload"], link[rel~="prefetch"]').toArray()) {
        const href = $(el).attr('href') ?? '';
        if (href.includes('/pagefind/')) eager.push(`${page}: ${href} (${$(el).attr('rel')})`);
      }
    }
    expect(eager).toEqual([]);
  });
});
