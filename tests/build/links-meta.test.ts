// What a shared link shows and what crawlers read: canonical URL, Open Graph and Twitter cards, JSON-LD,
// the sitemap and robots.txt, all at the public URL from SITE_URL.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { redirectTarget } from '../../contract/contract.ts';
import { absoluteUrl, documentPath } from '../../src/publish/urls.ts';
import { SITE } from '../../src/site.config.ts';
import { DIST, htmlPages, loadPage, urlOf } from '../../tooling/dist.ts';
import { seedsIn } from '../../tooling/seeds.ts';
import { presentSections } from '../../src/model/refworld/queries.ts';

type Json = Record<string, unknown>;

// The pages people link to: every built page but the not-found page and the redirects to other pages.
const pages: string[] = [];
for (const file of await htmlPages()) {
  const url = urlOf(file);
  if (file !== '404.html' && (await redirectTarget(DIST, url)) === undefined) pages.push(url);
}
const seeds = await seedsIn();

/** The JSON-LD nodes of a page, parsed. */
async function graphOf(url: string): Promise<Json[]> {
  const $ = await loadPage(url);
  const scripts = $('script[type="application/ld+json"]').toArray();
  return scripts.flatMap((el) => {
    const data = JSON.parse($(el).text()) as Json;
    expect(data['@context']).toBe('https://schema.org');
    return (data['@graph'] as Json[] | undefined) ?? [data];
  });
}
const ofType = (graph: Json[], type: string): Json[] => graph.filter((node) => node['@type'] === type);

describe('link previews and canonical addresses', () => {
  it('finds every page of every seed among the built pages', () => {
    const expected = seeds.flatMap(({ document }) => [
      documentPath(document.meta.slug),
      ...presentSections(document).map((key) => documentPath(document.meta.slug, key)),
      documentPath(document.meta.slug, 'full-text'),
      documentPath(document.meta.slug, 'source'),
    ]);
    expect(pages).toEqual(expect.arrayContaining(['/', ...expected]));
  });

  it.each(pages)('%s names its canonical URL at the public address', async (url) => {
    const $ = await loadPage(url);
    expect(
      $('link[rel="canonical"]')
        .map((_, el) => $(el).attr('href'))
        .get(),
    ).toEqual([absoluteUrl(url)]);
    expect(absoluteUrl(url).startsWith(new URL(SITE.url).origin)).toBe(true);
  });

  it.each(pages)('%s has Open Graph and Twitter cards with its title and description', async (url) => {
    const $ = await loadPage(url);
    const meta = (attr: string, name: string) => $(`meta[${attr}="${name}"]`).attr('content');
    const title = $('title').text();
    const description = meta('name', 'description');
    expect(title).not.toBe('');
    expect(description).toMatch(/\S/);
    expect({
      'og:title': meta('property', 'og:title'),
      'og:description': meta('property', 'og:description'),
      'og:url': meta('property', 'og:url'),
      'og:type': meta('property', 'og:type'),
      'og:site_name': meta('property', 'og:site_name'),
      'twitter:card': meta('name', 'twitter:card'),
      'twitter:title': meta('name', 'twitter:title'),
      'twitter:description': meta('name', 'twitter:description'),
    }).toEqual({
      'og:title': title,
      'og:description': description,
      'og:url': absoluteUrl(url),
      'og:type': 'website',
      'og:site_name': SITE.name,
      // A large card where the page has a card image (see links-cards.test.ts), else the small one.
      'twitter:card': meta('property', 'og:image') === undefined ? 'summary' : 'summary_large_image',
      'twitter:title': title,
      'twitter:description': description,
    });
  });

  it('describes each section page by its first finding', async () => {
    for (const { document } of seeds) {
      for (const key of presentSections(document)) {
        const first = document.paragraphs.find((p) => p.section === key)?.findings[0]?.text;
        const $ = await loadPage(documentPath(document.meta.slug, key));
        expect($('meta[name="description"]').attr('content')).toBe(first);
      }
    }
  });

  it('keeps the not-found page out of search results, with no canonical address', async () => {
    const $ = await loadPage('404.html');
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect($('link[rel="canonical"]')).toHaveLength(0);
  });
});

describe('JSON-LD', () => {
  it.each(pages)(
    '%s has a WebPage (or, listing pages, a CollectionPage) at its URL, in the site',
    async (url) => {
      const graph = await graphOf(url);
      const [page] = [...ofType(graph, 'WebPage'), ...ofType(graph, 'CollectionPage')];
      expect(page).toMatchObject({
        '@id': absoluteUrl(url),
        url: absoluteUrl(url),
        name: expect.any(String),
      });
      expect(ofType(graph, 'WebSite')).toEqual([
        expect.objectContaining({ url: absoluteUrl('/'), name: SITE.name }),
      ]);
    },
  );

  it('makes the country and year pages CollectionPages whose main entity lists their documents', async () => {
    const listing = pages.filter((url) => /^\/(countries|years)\//.test(url));
    expect(listing.length).toBeGreaterThan(0);
    for (const url of listing) {
      const [page] = ofType(await graphOf(url), 'CollectionPage') as { mainEntity?: { '@type': string } }[];
      expect(page?.mainEntity?.['@type'], url).toBe('ItemList');
    }
  });

  it('gives each document overview a Report with its publisher, date and the Refworld export', async () => {
    for (const { document } of seeds) {
      const { meta } = document;
      const graph = await graphOf(documentPath(meta.slug));
      const [report] = ofType(graph, 'Report');
      expect(report).toMatchObject({
        name: meta.title,
        url: absoluteUrl(documentPath(meta.slug)),
        datePublished: meta.publicationDate.iso,
        publisher: { '@type': 'GovernmentOrganization', name: meta.publisher },
        isBasedOn: {
          '@type': 'DigitalDocument',
          publisher: { name: 'UNHCR Refworld' },
          identifier: { propertyID: 'SHA-256', value: meta.sourceSha256 },
        },
      });
      expect(ofType(graph, 'WebPage')[0]?.['mainEntity']).toEqual({ '@id': report?.['@id'] });
    }
  });

  it('gives each section page breadcrumbs from the home page to itself, tied to its Report', async () => {
    for (const { document } of seeds) {
      const overview = absoluteUrl(documentPath(document.meta.slug));
      for (const key of presentSections(document)) {
        const url = documentPath(document.meta.slug, key);
        const [page] = ofType(await graphOf(url), 'WebPage');
        const crumbs = (page?.['breadcrumb'] as Json)['itemListElement'] as Json[];
        expect(crumbs.map((c) => [c['position'], c['item']])).toEqual([
          [1, absoluteUrl('/')],
          [2, overview],
          [3, absoluteUrl(url)],
        ]);
        expect(page?.['about']).toEqual({ '@id': `${overview}#report` });
      }
    }
  });
});

describe('sitemap and robots.txt', () => {
  it('lists every page in the sitemap, and nothing else', async () => {
    const index = load(await readFile(path.join(DIST, 'sitemap-index.xml'), 'utf8'), { xml: true });
    const listed: string[] = [];
    for (const loc of index('sitemap > loc')
      .toArray()
      .map((el) => index(el).text())) {
      const sitemap = load(await readFile(path.join(DIST, new URL(loc).pathname), 'utf8'), { xml: true });
      listed.push(
        ...sitemap('url > loc')
          .toArray()
          .map((el) => sitemap(el).text()),
      );
    }
    expect(listed.sort()).toEqual(pages.map((url) => absoluteUrl(url)).sort());
  });

  it('points robots.txt to the sitemap at the public URL', async () => {
    const robots = await readFile(path.join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toContain('User-agent: *');
    expect(robots).toContain(`Sitemap: ${absoluteUrl('/sitemap-index.xml')}`);
  });
});
