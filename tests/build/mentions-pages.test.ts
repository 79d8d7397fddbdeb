// The explorer pages of the seed's build: /<doc>/findings/ (one row per finding), /<doc>/timeline/ (in
// order, every entry a link to an existing finding), mentions on section pages and in assessment.json.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSeeds } from '../../src/integrations/seeds/load-seeds.ts';
import { timelineOf } from '../../src/data/mentions/explore.ts';
import { AssessmentSchema } from '../../src/publish/assessment-export.ts';
import { assessmentPath, documentPath } from '../../src/publish/urls.ts';
import { ROOT } from '../../tooling/paths.ts';
import { DIST, loadPage } from '../../tooling/dist.ts';

const seeds = await loadSeeds(path.resolve(ROOT, process.env['TIP_SEEDS_DIR'] ?? 'seeds'), ROOT);
const docs = seeds.map(({ document }) => ({ slug: document.meta.slug, document }));

describe('findings table', () => {
  it.each(docs)(
    'has exactly one row per finding of $slug, the sentence as its row header',
    async ({ slug, document }) => {
      const $ = await loadPage(documentPath(slug, 'findings'));
      const findings = document.paragraphs.flatMap((p) => p.findings);
      const rows = $('table[data-findings-table] tbody tr');
      expect(rows.length).toBe(findings.length);
      expect(rows.map((_, tr) => $(tr).children('th[scope="row"]').text()).get()).toEqual(
        findings.map((f) => f.text),
      );
      expect($('table[data-findings-table] caption').text()).toContain(String(findings.length));
      expect($('table[data-findings-table] thead th[scope="col"]').length).toBe(4);
    },
  );

  it.each(docs)('links every row of $slug to its finding’s permanent address', async ({ slug }) => {
    const $ = await loadPage(documentPath(slug, 'findings'));
    for (const a of $('table[data-findings-table] tbody tr td a').get()) {
      const href = $(a).attr('href') ?? '';
      const [page, id] = href.split('#');
      const target = await loadPage(page ?? '');
      expect(target(`[id="${id}"]`).length, href).toBe(1);
    }
  });
});

describe('timeline', () => {
  it.each(docs)(
    'lists the dated findings of $slug in order, each linking to an existing finding',
    async ({ slug, document }) => {
      const $ = await loadPage(documentPath(slug, 'timeline'));
      const items = $('[data-timeline] ol > li');
      const { entries, undated } = timelineOf(document);
      expect(items.length).toBe(entries.length);
      const starts = entries.map((e) => e.date.iso.split('/')[0] ?? '');
      expect([...starts].sort()).toEqual(starts);
      for (const li of items.get()) {
        const href = $(li).find('a').attr('href') ?? '';
        const [page, id] = href.split('#');
        const target = await loadPage(page ?? '');
        expect(target(`[id="${id}"]`).text(), href).toBe($(li).find('a').text());
      }
      expect($('main').text()).toContain(`${undated} findings have no date`);
      if (entries.length === 0) expect($('figure.timeline-chart')).toHaveLength(0);
      else
        expect($('figure.timeline-chart figcaption').text()).toMatch(/^\d+ dated events? from .+ to .+\.$/u);
    },
  );

  it('says in the chart’s caption the real range, to the end of the last span', async () => {
    const $ = await loadPage(documentPath('china-2010', 'timeline'));
    expect($('figure.timeline-chart figcaption').text()).toBe(
      '7 dated events from 2008 to 24 February 2010.',
    );
    expect($('figure.timeline-chart svg rect')).toHaveLength(1);
  });

  it('shows the seed’s events in order with their precision', async () => {
    const $ = await loadPage(documentPath('china-2010', 'timeline'));
    const dates = $('[data-timeline] .event-date')
      .map((_, e) => $(e).text().replace(/\s+/gu, ' ').trim())
      .get();
    expect(dates).toEqual([
      '2008 (year)',
      '2009 – 24 February 2010 (year, span)',
      '2009 (year)',
      '2009 (year)',
      'April 2009 (month)',
      'July 2009 (month)',
      'December 2009 (month)',
    ]);
  });
});

describe('mentions elsewhere', () => {
  it('are listed on section pages and given to Pagefind as filters', async () => {
    const $ = await loadPage(documentPath('china-2010', 'regional-cooperation'));
    expect($('.section-mentions dd').first().text()).toContain('Myanmar (1)');
    const values = (name: string) =>
      $(`[data-pagefind-filter="${name}[data-value]"]`)
        .map((_, e) => $(e).attr('data-value'))
        .get();
    expect(values('mentions')).toEqual(['China', 'Laos', 'Myanmar', 'North Korea', 'Thailand', 'Vietnam']);
  });

  it.each(docs)(
    'are in assessment.json of $slug with offsets that point at the mentioned words',
    async ({ slug }) => {
      const data = AssessmentSchema.parse(
        JSON.parse(await readFile(path.join(DIST, assessmentPath(slug)), 'utf8')),
      );
      const findings = data.sections.flatMap((s) => s.findings);
      for (const f of findings) for (const m of f.mentions) expect(f.text.slice(m.start, m.end)).toBe(m.text);
      if (slug === 'china-2010') {
        const burma = findings
          .flatMap((f) => f.mentions.map((m) => ({ f, m })))
          .find(({ m }) => m.text === 'Burma');
        expect(burma?.f.text.slice(burma.m.start, burma.m.end)).toBe('Burma');
        expect(burma?.m).toMatchObject({ kind: 'country', code: 'MM', name: 'Myanmar' });
      }
    },
  );
});
