// Real builds of fixture seed folders, each into its own .output/<name>/, checked as a reader would see them
// and then by the same fidelity and link checks the main site gets (pipeline-fidelity and gates-links,
// run against the fixture build). Two builds: the two-documents fixture (a second export needs no code
// change) and the markup-characters golden fixture (text that looks like MDX, HTML or Markdown stays text).
import type { CheerioAPI } from 'cheerio';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { distFile, documentPath } from '../../src/publish/urls.ts';
import { buildEnv, type SiteBuild } from '../../tooling/build-env.ts';
import { buildSite } from '../../tooling/build-site.ts';
import { htmlPages, loadPage, urlOf } from '../../tooling/dist.ts';
import { runBin } from '../../tooling/run.ts';
import { documentsIn } from '../../tooling/seeds.ts';
import { presentSections } from '../../src/model/refworld/queries.ts';

/** Runs pipeline-fidelity and gates-links on a fixture build, as their own Vitest run; returns its output. */
async function runSiteChecks(build: SiteBuild): Promise<{ code: number; output: string }> {
  const files = ['tests/build/pipeline-fidelity.test.ts', 'tests/build/gates-links.test.ts'];
  // The same variables the build read tell the checks which site and which seeds to compare.
  const { code, stdout, stderr } = await runBin(
    'vitest',
    ['run', '--project', 'dist', ...files],
    buildEnv(build),
  );
  return { code, output: `${stdout}\n${stderr}` };
}

const hrefsIn = ($: CheerioAPI, selector = 'a[href]'): string[] =>
  $(selector)
    .map((_, a) => $(a).attr('href'))
    .get();

const TWO_DOCUMENTS: SiteBuild = { name: 'pipeline-two-documents', seedsDir: 'tests/fixtures/two-documents' };
const MARKUP: SiteBuild = {
  name: 'pipeline-markup-characters',
  seedsDir: 'tests/fixtures/refworld/markup-characters',
};
const twoDocuments = await documentsIn(TWO_DOCUMENTS.seedsDir);
const markup = await documentsIn(MARKUP.seedsDir);

describe('the two-documents fixture', () => {
  const docs = twoDocuments;
  let dist = '';
  beforeAll(async () => {
    dist = await buildSite(TWO_DOCUMENTS);
  });

  it('holds two documents with different addresses', () => {
    expect(docs).toHaveLength(2);
    expect(new Set(docs.map((d) => d.meta.slug)).size).toBe(2);
  });

  it.each(docs.map((d) => [d.meta.slug, d] as const))(
    'gives %s its own pages under its slug',
    async (slug, doc) => {
      const sections = presentSections(doc);
      const expected = [
        undefined,
        ...sections,
        'full-text' as const,
        'source' as const,
        'findings' as const,
        'timeline' as const,
      ].map((part) => documentPath(slug, part));
      const built = (await htmlPages(dist)).map(urlOf).filter((url) => url.startsWith(documentPath(slug)));
      expect(built.sort()).toEqual(expected.sort());
      const $ = await loadPage(documentPath(slug), dist);
      expect($('h1').text().trim()).toBe(doc.meta.title);
    },
  );

  it.each(docs.map((d) => [d.meta.slug, d] as const))(
    'keeps the pages of %s to that document',
    async (slug) => {
      const others = docs.map((d) => documentPath(d.meta.slug)).filter((base) => base !== documentPath(slug));
      for (const url of (await htmlPages(dist)).map(urlOf).filter((u) => u.startsWith(documentPath(slug)))) {
        const links = hrefsIn(await loadPage(url, dist));
        expect(
          links.filter((href) => others.some((base) => href.startsWith(base))),
          url,
        ).toEqual([]);
      }
    },
  );

  it('lists both documents on the home page by title, linking to their overviews', async () => {
    const $ = await loadPage('/', dist);
    for (const doc of docs) {
      const link = $(`main a[href="${documentPath(doc.meta.slug)}"]`);
      expect(link.length, doc.meta.slug).toBeGreaterThan(0);
      expect(link.first().text().trim()).toBe(doc.meta.title);
    }
  });

  it('passes the fidelity and link checks', { timeout: 120_000 }, async () => {
    const { code, output } = await runSiteChecks(TWO_DOCUMENTS);
    expect(code, output).toBe(0);
  });
});

describe('text that looks like markup', () => {
  const [doc] = markup;
  let dist = '';
  beforeAll(async () => {
    dist = await buildSite(MARKUP);
  });

  it('renders every finding as text alone: no element made of the source’s characters', async () => {
    if (!doc) throw new Error(`no seed in ${MARKUP.seedsDir}`);
    for (const paragraph of doc.paragraphs) {
      const $ = await loadPage(documentPath(doc.meta.slug, paragraph.section), dist);
      for (const finding of paragraph.findings) {
        const element = $('[id]').filter((_, el) => $(el).attr('id') === finding.id);
        expect(element.children().length, finding.text).toBe(0);
        expect(element.text()).toBe(finding.text);
      }
    }
  });

  it('adds no script of the source’s to any page', async () => {
    for (const page of await htmlPages(dist))
      expect(readFileSync(path.join(dist, page), 'utf8')).not.toContain('<script>alert');
    expect(existsSync(path.join(dist, distFile('/')))).toBe(true);
  });

  it('passes the fidelity and link checks', { timeout: 120_000 }, async () => {
    const { code, output } = await runSiteChecks(MARKUP);
    expect(code, output).toBe(0);
  });
});
