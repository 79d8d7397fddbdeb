// A long export (160 findings, about 50 to a section page) built for real: a finding costs its link and
// ids, not a citation; and a first visit still fits the weight budget.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { referencesAt } from '../../src/publish/citation/reference-template.ts';
import { presentSections, sectionParagraphs } from '../../src/model/refworld/queries.ts';
import { absoluteUrl, documentPath } from '../../src/publish/urls.ts';
import { buildSite } from '../../tooling/build-site.ts';
import { loadPage } from '../../tooling/dist.ts';
import { FINDING_EXTRA_BYTES, LONG_PAGE_FIRST_VISIT_GZIP, LONG_PAGE_RAW } from '../../tooling/budgets.ts';
import { firstVisit } from '../../tooling/first-visit.ts';
import { documentsIn } from '../../tooling/seeds.ts';
import { controlUrl, dialogTexts, findingExtraBytes, findingLink } from '../support/finding-controls.ts';
import { findingSelector } from '../../src/components/finding/finding-dom.ts';

const SEEDS = 'tests/fixtures/long-export';

const [doc] = await documentsIn(SEEDS);
if (!doc) throw new Error(`no export in ${SEEDS}`);
const pages = presentSections(doc).map((key) => ({
  page: documentPath(doc.meta.slug, key),
  ids: sectionParagraphs(doc, key).flatMap((p) => p.findings.map((f) => f.id)),
}));
const findings = pages.flatMap(({ page, ids }) => ids.map((id) => ({ page, id })));

let dist = '';
beforeAll(async () => {
  dist = await buildSite({ seedsDir: SEEDS, name: 'cite-long-export' });
});

describe('the long export', () => {
  it('has about 160 findings, about 50 to a section', () => {
    expect(findings.length).toBeGreaterThanOrEqual(150);
    expect(Math.max(...pages.map((p) => p.ids.length))).toBeGreaterThanOrEqual(45);
  });

  it.each(pages)(`$page adds at most ${FINDING_EXTRA_BYTES} bytes per finding`, async ({ page, ids }) => {
    const $ = await loadPage(page, dist);
    const html = $.html();
    const costs = ids.map((id) => ({ id, bytes: findingExtraBytes($, id) }));
    expect(costs.filter((c) => c.bytes > FINDING_EXTRA_BYTES)).toEqual([]);
    // Nothing else on the page is per finding: its id occurs only in its element and its link.
    for (const id of ids) {
      const own = $.html($(findingSelector(id))) + $.html(findingLink($, id));
      expect(html.split(id).length, id).toBe(own.split(id).length);
    }
    // Nor is a citation: the page's one dialog is built by script from the page's own references.
    expect($('dialog, [popover]')).toHaveLength(0);
  });

  it.each(pages)(
    `$page is at most ${LONG_PAGE_RAW} bytes raw and fits the first-visit budget`,
    async ({ page }) => {
      const file = path.join(dist, page, 'index.html');
      const raw = await readFile(file);
      expect(raw.length).toBeLessThanOrEqual(LONG_PAGE_RAW);
      expect(gzipSync(raw).length).toBeLessThanOrEqual(LONG_PAGE_FIRST_VISIT_GZIP);
      const visit = await firstVisit(path.posix.join(page.slice(1), 'index.html'), dist);
      const detail = visit.files.map((f) => `${f.url} ${f.gzip}`).join(', ');
      expect(visit.totalGzip, detail).toBeLessThanOrEqual(LONG_PAGE_FIRST_VISIT_GZIP);
    },
  );

  it.each(findings)('$page#$id gets references to its own address', async ({ page, id }) => {
    const $ = await loadPage(page, dist);
    const url = controlUrl($, id);
    expect(url).toBe(absoluteUrl(`${page}#${id}`));
    // referencesAt is referencesFor to the character for every finding here (citation-cited-url.test.ts).
    const refs = referencesAt(doc.meta, url);
    expect(dialogTexts($, url)).toEqual([
      ...(doc.meta.citeAs ? [doc.meta.citeAs] : []),
      refs.apa.text,
      refs.chicagoNote.text,
      refs.chicagoBibliography.text,
      refs.bibtex,
    ]);
  });
});
