// A real build of tests/fixtures/archive/ (both series, a fictional country over two years, a country only
// an alias resolves), checked as a reader would see it: every country and year page lists exactly its
// documents, each changes page classifies every finding of both documents exactly once, the overviews show
// the stated tier and link the comparison, Pagefind leaves the comparison out, and every link resolves.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../../src/model/refworld/index.ts';
import { tryBuildSite } from '../../tooling/build-site.ts';
import { htmlPages, loadPage, urlOf } from '../../tooling/dist.ts';
import { ROOT } from '../../tooling/paths.ts';
import { runBin } from '../../tooling/run.ts';
import { documentsIn } from '../../tooling/seeds.ts';

const SEEDS = 'tests/fixtures/archive';
const docs: Document[] = await documentsIn(SEEDS);
const findingUrls = (doc: Document): string[] =>
  doc.paragraphs.flatMap((p) => p.findings.map((f) => `/${doc.meta.slug}/${p.section}/#${f.id}`));
const bySlug = (slug: string): Document => {
  const doc = docs.find((d) => d.meta.slug === slug);
  if (!doc) throw new Error(`no fixture ${slug}`);
  return doc;
};

let dist = '';
let log = '';
beforeAll(async () => {
  const result = await tryBuildSite({ seedsDir: SEEDS, name: 'archive-site', fresh: true });
  log = result.stdout + result.stderr;
  if (result.code !== 0) throw new Error(`archive fixture build failed:\n${log.slice(-3000)}`);
  dist = result.dist;
});

/** The overview links in a page's document list, in order. */
async function listed(url: string): Promise<string[]> {
  const $ = await loadPage(url, dist);
  return $('main .archive-list h3 a')
    .map((_, a) => $(a).attr('href'))
    .get();
}

describe('countries and years', () => {
  it('says once, for the country the dataset does not know, that it was built without a code', () => {
    const lines = log.split('\n').filter((l) => l.includes('not in the ISO 3166 dataset'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('country "Ruritania"');
  });

  it('lists every country A–Z under its documents’ name with the ISO name beside it, and under the ISO name', async () => {
    const $ = await loadPage('/countries/', dist);
    const rows = $('main li')
      .map((_, li) => $(li).text().replace(/\s+/g, ' ').trim())
      .get();
    expect(rows).toEqual([
      'Korea, North (North Korea) 1 document',
      'North Korea see Korea, North (North Korea)',
      'Ruritania 3 documents',
    ]);
    const links = $('main li a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(links).toEqual(['/countries/north-korea/', '/countries/north-korea/', '/countries/ruritania/']);
    expect((await loadPage('/countries/north-korea/', dist))('h1').text()).toBe('Korea, North (North Korea)');
  });

  it('lists on each country page exactly its documents, newest first', async () => {
    const countries = [...new Set(docs.map((d) => d.country.slug))];
    for (const slug of countries) {
      const expected = docs
        .filter((d) => d.country.slug === slug)
        .sort((a, b) => b.meta.publicationDate.iso.localeCompare(a.meta.publicationDate.iso))
        .map((d) => `/${d.meta.slug}/`);
      expect(await listed(`/countries/${slug}/`), slug).toEqual(expected);
    }
    const built = (await htmlPages(dist)).map(urlOf).filter((u) => /^\/countries\/[^/]+\/$/.test(u));
    expect(built.sort()).toEqual(countries.map((c) => `/countries/${c}/`).sort());
  });

  it('says of a listed document its series, date and stated tier, punctuated as words', async () => {
    const $ = await loadPage('/', dist);
    const facts = $('main .archive-facts')
      .map((_, p) => $(p).text().replace(/\s+/g, ' ').trim())
      .get();
    expect(facts).toContain('Trafficking in Persons Report, 16 June 2009; Tier 2 Watch List');
  });

  it('lists on each year page exactly that year’s documents', async () => {
    for (const year of ['2009', '2010']) {
      const expected = docs
        .filter((d) => d.meta.publicationDate.iso.startsWith(year))
        .map((d) => `/${d.meta.slug}/`);
      expect((await listed(`/years/${year}/`)).sort(), year).toEqual(expected.sort());
    }
  });

  it('draws the tier history of a country whose documents state tiers, with a table as its text', async () => {
    const $ = await loadPage('/countries/ruritania/', dist);
    expect($('figure.tier-chart svg circle')).toHaveLength(2);
    expect(
      $('figure.tier-chart td:nth-child(2)')
        .map((_, td) => $(td).text())
        .get(),
    ).toEqual(['Tier 2 Watch List', 'Tier 3']);
    expect((await loadPage('/countries/north-korea/', dist))('figure.tier-chart')).toHaveLength(0);
  });

  it('marks list pages as CollectionPage with an ItemList', async () => {
    const $ = await loadPage('/countries/ruritania/', dist);
    const graph = JSON.parse($('script[type="application/ld+json"]').text()) as {
      '@graph': Record<string, unknown>[];
    };
    const page = graph['@graph'].find((n) => n['@type'] === 'CollectionPage') as {
      mainEntity: { '@type': string; numberOfItems: number };
    };
    expect(page.mainEntity).toMatchObject({ '@type': 'ItemList', numberOfItems: 3 });
  });
});

describe('what changed', () => {
  const pairs = [
    {
      older: 'ruritania-2009-report',
      newer: 'ruritania-2010',
      counts: { kept: 3, reworded: 2, added: 3, dropped: 4 },
    },
    {
      older: 'ruritania-2010',
      newer: 'ruritania-2010-report',
      counts: { kept: 4, reworded: 1, added: 2, dropped: 3 },
    },
  ];

  it('has a changes page for exactly the documents with an earlier one about their country', async () => {
    const built = (await htmlPages(dist)).map(urlOf).filter((u) => u.endsWith('/changes/'));
    expect(built.sort()).toEqual(pairs.map((p) => `/${p.newer}/changes/`).sort());
  });

  it.each(pairs)(
    'classifies every finding of $older and $newer exactly once, quoting each changed one with its links',
    async ({ older, newer, counts }) => {
      const $ = await loadPage(`/${newer}/changes/`, dist);
      const kinds: Record<string, number> = {};
      const oldUrls: string[] = [];
      const newUrls: string[] = [];
      $('li[data-change]').each((_, li) => {
        const kind = $(li).attr('data-change') ?? '';
        kinds[kind] = (kinds[kind] ?? 0) + 1;
        // Each entry quotes its finding and links to the permanent address of each finding it pairs.
        expect($(li).find('blockquote').text().trim()).not.toBe('');
        for (const a of $(li).find('a').toArray()) {
          const href = a.attribs['href'] ?? '';
          if (href.startsWith(`/${older}/`)) oldUrls.push(href);
          else if (href.startsWith(`/${newer}/`)) newUrls.push(href);
          else throw new Error(`${href} is in neither document`);
        }
      });
      // The kept findings by count, section by section, each count linked to its section of the newer document.
      kinds['kept'] = 0;
      $('[data-change-kept] li').each((_, li) => {
        const href = $(li).find('a').attr('href') ?? '';
        expect(href).toMatch(new RegExp(`^/${newer}/[a-z-]+/$`));
        kinds['kept'] = (kinds['kept'] ?? 0) + Number(/(\d+) findings?$/.exec($(li).text().trim())?.[1]);
      });
      expect(kinds).toEqual(counts);
      // Every changed finding of either document is linked once; the kept ones are the rest.
      const [olderUrls, newerUrls] = [findingUrls(bySlug(older)), findingUrls(bySlug(newer))];
      expect(new Set(oldUrls).size).toBe(oldUrls.length);
      expect(new Set(newUrls).size).toBe(newUrls.length);
      expect(oldUrls.filter((u) => !olderUrls.includes(u))).toEqual([]);
      expect(newUrls.filter((u) => !newerUrls.includes(u))).toEqual([]);
      expect(oldUrls.length + counts.kept).toBe(olderUrls.length);
      expect(newUrls.length + counts.kept).toBe(newerUrls.length);
    },
  );

  it('marks the words of a rewording with <del> and <ins>, spoken as removed and added, spaces left outside', async () => {
    const $ = await loadPage('/ruritania-2010/changes/', dist);
    const first = $('li[data-change="reworded"]').first();
    expect(
      first
        .find('del')
        .map((_, d) => $(d).text().replace(/\s+/g, ' ').trim())
        .get(),
    ).toContain('[removed: six]');
    expect(
      first
        .find('ins')
        .map((_, d) => $(d).text().replace(/\s+/g, ' ').trim())
        .get(),
    ).toContain('[added: eleven]');
  });

  it('links the comparison and shows the stated tier on the overview, and no tier where none is stated', async () => {
    const report = await loadPage('/ruritania-2010-report/', dist);
    expect(report('.meta-block a[href="/ruritania-2010-report/changes/"]')).toHaveLength(1);
    expect(report('.meta-block').text()).toContain('Tier 3');
    const interim = await loadPage('/ruritania-2010/', dist);
    expect(interim('.meta-block').text()).not.toContain('Tier ');
    const first = await loadPage('/ruritania-2009-report/', dist);
    expect(first('a[href$="/changes/"]')).toHaveLength(0);
  });

  it('is not in the search index', () => {
    const dir = path.join(dist, 'pagefind', 'fragment');
    const urls = readdirSync(dir).map(
      (f) =>
        (
          JSON.parse(
            gunzipSync(readFileSync(path.join(dir, f)))
              .toString('utf8')
              .replace(/^pagefind_dcd/, ''),
          ) as { url: string }
        ).url,
    );
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u) => u.includes('/changes/'))).toEqual([]);
    expect(urls.some((u) => u.includes('/recommendations/'))).toBe(true);
  });
});

describe('the whole fixture site', () => {
  it('passes the fidelity, link and fragment checks', { timeout: 180_000 }, async () => {
    const files = [
      'tests/build/pipeline-fidelity.test.ts',
      'tests/build/pipeline-links.test.ts',
      'tests/build/gates-links.test.ts',
    ];
    const { code, stdout, stderr } = await runBin('vitest', ['run', '--project', 'dist', ...files], {
      TIP_OUT_DIR: dist,
      TIP_SEEDS_DIR: path.join(ROOT, SEEDS),
    });
    const output = stdout + stderr;
    expect(code, output.slice(-4000)).toBe(0);
  });
});
