// Real builds of fixture seed folders, each into its own .output/<name>/, checked as a reader would see them
// and then by the same fidelity and link checks the main site gets (pipeline-fidelity and pipeline-links,
// run against the fixture build). Two builds: the two-documents fixture (a second export needs no code
// change) and the markup-characters golden fixture (text that looks like MDX, HTML or Markdown stays text).
import type { CheerioAPI } from 'cheerio';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocument, decodeSeed, type Document } from '../../src/lib/refworld/index.ts';
import { buildSite, ROOT } from '../support/build-site.ts';
import { htmlPages, loadPage, urlOf } from '../support/dist.ts';
import { presentSections } from '../../src/lib/refworld/queries.ts';

/** The documents a seeds folder holds, as the build reads them. */
function documentsIn(seedsDir: string): Document[] {
  const dir = path.join(ROOT, seedsDir);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) =>
      buildDocument(decodeSeed(readFileSync(path.join(dir, name)), `${seedsDir}/${name}`), name),
    );
}

/** Runs pipeline-fidelity and pipeline-links on a built site, as their own Vitest run; returns its output on failure. */
function runSiteChecks(dist: string, seedsDir: string): Promise<{ code: number; output: string }> {
  const files = ['tests/build/pipeline-fidelity.test.ts', 'tests/build/pipeline-links.test.ts'];
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('VITEST')) env[key] = value;
  Object.assign(env, { TIP_OUT_DIR: dist, TIP_SEEDS_DIR: path.join(ROOT, seedsDir), NO_COLOR: '1' });
  env['PATH'] = [path.join(ROOT, 'node_modules/.bin'), process.env['PATH'] ?? ''].join(path.delimiter);
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(ROOT, 'node_modules/.bin/vitest'), ['run', '--project', 'dist', ...files], {
      cwd: ROOT,
      env,
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const hrefsIn = ($: CheerioAPI, selector = 'a[href]'): string[] =>
  $(selector)
    .map((_, a) => $(a).attr('href'))
    .get();

describe('the two-documents fixture', () => {
  const SEEDS = 'tests/fixtures/two-documents';
  const docs = documentsIn(SEEDS);
  let dist = '';
  beforeAll(async () => {
    dist = await buildSite({ seedsDir: SEEDS, name: 'pipeline-two-documents' });
  });

  it('holds two documents with different addresses', () => {
    expect(docs).toHaveLength(2);
    expect(new Set(docs.map((d) => d.meta.slug)).size).toBe(2);
  });

  it.each(docs.map((d) => [d.meta.slug, d] as const))(
    'gives %s its own pages under its slug',
    async (slug, doc) => {
      const sections = presentSections(doc);
      const expected = ['', ...sections.map((s) => `${s}/`), 'full-text/', 'source/'].map(
        (p) => `/${slug}/${p}`,
      );
      const built = (await htmlPages(dist)).map(urlOf).filter((url) => url.startsWith(`/${slug}/`));
      expect(built.sort()).toEqual(expected.sort());
      const $ = await loadPage(`/${slug}/`, dist);
      expect($('h1').text().trim()).toBe(doc.meta.title);
    },
  );

  it.each(docs.map((d) => [d.meta.slug, d] as const))(
    'keeps the pages of %s to that document',
    async (slug) => {
      const others = docs.map((d) => `/${d.meta.slug}/`).filter((base) => base !== `/${slug}/`);
      for (const url of (await htmlPages(dist)).map(urlOf).filter((u) => u.startsWith(`/${slug}/`))) {
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
      const link = $(`main a[href="/${doc.meta.slug}/"]`);
      expect(link.length, doc.meta.slug).toBeGreaterThan(0);
      expect(link.first().text().trim()).toBe(doc.meta.title);
    }
  });

  it('passes the fidelity and link checks', { timeout: 120_000 }, async () => {
    const { code, output } = await runSiteChecks(dist, SEEDS);
    expect(code, output).toBe(0);
  });
});

describe('text that looks like markup', () => {
  const SEEDS = 'tests/fixtures/refworld/markup-characters';
  const [doc] = documentsIn(SEEDS);
  let dist = '';
  beforeAll(async () => {
    dist = await buildSite({ seedsDir: SEEDS, name: 'pipeline-markup-characters' });
  });

  it('renders every finding as text alone: no element made of the source’s characters', async () => {
    if (!doc) throw new Error(`no seed in ${SEEDS}`);
    for (const paragraph of doc.paragraphs) {
      const $ = await loadPage(`/${doc.meta.slug}/${paragraph.section}/`, dist);
      for (const finding of paragraph.findings) {
        const element = $('[id]').filter((_, el) => $(el).attr('id') === finding.id);
        expect(element.children().length, finding.text).toBe(0);
        expect(element.text()).toBe(finding.text);
      }
    }
  });

  it('adds no script of the source’s to any page', () => {
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    for (const page of pages)
      expect(readFileSync(path.join(dist, page), 'utf8')).not.toContain('<script>alert');
    expect(existsSync(path.join(dist, 'index.html'))).toBe(true);
  });

  it('passes the fidelity and link checks', { timeout: 120_000 }, async () => {
    const { code, output } = await runSiteChecks(dist, SEEDS);
    expect(code, output).toBe(0);
  });
});
