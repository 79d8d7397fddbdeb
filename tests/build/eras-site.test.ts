// A real build of tests/fixtures/eras/ (one export per layout of the real series, 2002 to 2020, one country),
// checked as a reader would see it: the country page's tier history holds one placement per year, read from
// each export's tier line; the tier line is shown as the export's own line, never as a finding; no heading
// line is a finding; a list's items are a list; and the fidelity and link checks pass on the whole site.
import type { CheerioAPI } from 'cheerio';
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../../src/model/refworld/index.ts';
import { headingSection } from '../../src/model/refworld/parse-refworld.ts';
import { presentSections, publicationYear } from '../../src/model/refworld/queries.ts';
import { SECTION_KEYS } from '../../src/model/refworld/rules/sections.ts';
import { SERIES } from '../../src/model/refworld/rules/series.ts';
import { SECTION_TEXT } from '../../src/strings.ts';
import { documentPath } from '../../src/publish/urls.ts';
import { buildSite } from '../../tooling/build-site.ts';
import { loadPage } from '../../tooling/dist.ts';
import { ROOT } from '../../tooling/paths.ts';
import { runBin } from '../../tooling/run.ts';
import { seedsIn } from '../../tooling/seeds.ts';

const SEEDS = 'tests/fixtures/eras';
const seeds = await seedsIn(SEEDS);
const docs: Document[] = seeds.map((s) => s.document);
const reports = docs.filter((d) => d.meta.series === 'annual-report');

let dist = '';
beforeAll(async () => {
  dist = await buildSite({ seedsDir: SEEDS, name: 'eras-site', fresh: true });
});

/** The lines of a seed that are its tier line or a heading line: the export's structure, not its findings. */
function structureLines(doc: Document): string[] {
  const seed = seeds.find((s) => s.document === doc);
  const lines = readFileSync(path.join(ROOT, seed?.path ?? ''), 'utf8').split(/\r?\n/);
  const headings = lines.filter(
    (line) => headingSection(line, SERIES[doc.meta.series].sections) !== undefined,
  );
  return [...(doc.tier?.stated === 'tier-line' ? [doc.tier.text] : []), ...headings.map((l) => l.trim())];
}

const findingTexts = ($: CheerioAPI): string[] =>
  $('main .finding[id]')
    .map((_, el) => $(el).text())
    .get();

describe('the tier', () => {
  it('shows on the country page one placement per year, as each export states it', async () => {
    const $ = await loadPage('/countries/freedonia/', dist);
    const rows = $('#tier-history ~ * tbody tr, .tier-chart tbody tr')
      .map((_, tr) => ({
        href: $(tr).find('a').attr('href'),
        level: $(tr).find('td').last().text().trim(),
      }))
      .get();
    const expected = [...reports]
      .sort((a, b) => a.meta.publicationDate.iso.localeCompare(b.meta.publicationDate.iso))
      .map((d) => ({ href: documentPath(d.meta.slug), level: d.tier?.level }));
    expect(rows).toEqual(expected);
    const years = reports.map((d) => publicationYear(d.meta));
    expect(new Set(years).size).toBe(years.length);
  });

  it('reads every report’s tier from its tier line, Special Case included', () => {
    expect(reports.map((d) => d.tier?.stated)).toEqual(reports.map(() => 'tier-line'));
    expect(reports.map((d) => d.tier?.level)).toContain('Special Case');
  });

  it.each(reports.map((d) => [d.meta.slug, d] as const))(
    'shows the tier line of %s on its overview as the export’s own line, linking no finding',
    async (slug, doc) => {
      const $ = await loadPage(documentPath(slug), dist);
      const line = doc.tier?.stated === 'tier-line' ? doc.tier.text : '';
      expect($('.meta-block [data-export-line]').text()).toBe(line);
      expect($('.meta-block [data-export-line]').closest('dd').find('a')).toHaveLength(0);
    },
  );
});

describe('no page shows a tier line or a heading line as a finding', () => {
  it.each(docs.map((d) => [d.meta.slug, d] as const))('%s', async (slug, doc) => {
    const lines = structureLines(doc);
    const pages = [...presentSections(doc), 'full-text' as const].map((part) => documentPath(slug, part));
    for (const url of pages) {
      const texts = findingTexts(await loadPage(url, dist));
      expect(texts.length, url).toBeGreaterThan(0);
      for (const line of lines)
        expect(
          texts.filter((t) => t.includes(line)),
          `${url}: ${line}`,
        ).toEqual([]);
    }
  });
});

describe('the recommendations of the 2020 layout', () => {
  it('are a list of their items, one finding each, the bullet kept but left out of search', async () => {
    const doc = reports.find((d) => d.meta.slug === 'freedonia-2020-report');
    const paragraph = doc?.paragraphs.find((p) => p.section === 'recommendations');
    const $ = await loadPage(documentPath('freedonia-2020-report', 'recommendations'), dist);
    const items = $('main ul li:has(.finding)');
    expect(items.map((_, li) => $(li).find('.finding').attr('id')).get()).toEqual(
      paragraph?.findings.map((f) => f.id),
    );
    expect(items.map((_, li) => $(li).find('.finding').text()).get()).toEqual(
      paragraph?.findings.map((f) => f.text),
    );
    expect(items.find('.list-marker[data-pagefind-ignore]')).toHaveLength(items.length);
  });
});

describe('sections as the export gives them', () => {
  const navOf = async (slug: string): Promise<string[]> => {
    const $ = await loadPage(documentPath(slug), dist);
    const sections = new Set<string>(SECTION_KEYS);
    return $('nav.doc-nav a[href]')
      .map((_, a) => $(a).attr('href')?.split('/')[2] ?? '')
      .get()
      .filter((part) => sections.has(part));
  };

  it('lists a document’s sections in its navigation in the export’s order, Prevention first in 2003', async () => {
    expect(await navOf('freedonia-2003-report')).toEqual([
      'summary',
      'prevention',
      'prosecution',
      'protection',
    ]);
  });

  it('gives the trafficking profile its own page, in the navigation and the search filter', async () => {
    expect((await navOf('freedonia-2017-report')).at(-1)).toBe('trafficking-profile');
    const $ = await loadPage(documentPath('freedonia-2017-report', 'trafficking-profile'), dist);
    expect($('h1').text().trim()).toBe(SECTION_TEXT['trafficking-profile'].label);
    expect($('[data-filter-section]').attr('data-filter-section')).toBe(
      SECTION_TEXT['trafficking-profile'].label,
    );
  });
});

describe('the search index', () => {
  it('holds each recommendation’s words without its bullet', () => {
    const dir = path.join(dist, 'pagefind', 'fragment');
    const fragments = readdirSync(dir).map(
      (f) =>
        JSON.parse(
          gunzipSync(readFileSync(path.join(dir, f)))
            .toString('utf8')
            .replace(/^pagefind_dcd/, ''),
        ) as { url: string; content: string },
    );
    const page = fragments.find((f) => f.url === documentPath('freedonia-2020-report', 'recommendations'));
    expect(page?.content).toContain('Train judges on the trafficking law.');
    expect(page?.content).not.toContain('•');
  });
});

describe('the whole era site', () => {
  it('passes the fidelity, link and fragment checks', { timeout: 300_000 }, async () => {
    const files = ['tests/build/pipeline-fidelity.test.ts', 'tests/build/gates-links.test.ts'];
    const { code, stdout, stderr } = await runBin('vitest', ['run', '--project', 'dist', ...files], {
      TIP_OUT_DIR: dist,
      TIP_SEEDS_DIR: path.join(ROOT, SEEDS),
    });
    expect(code, (stdout + stderr).slice(-4000)).toBe(0);
  });
});
