// The link and cite controls in the built pages: real links without JavaScript, names for every control,
// references for the right URL, and the quoted text left exactly as the source has it.
import type { CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { referencesFor } from '../../src/publish/citation/references.ts';
import { absoluteUrl, documentPath, findingPath } from '../../src/publish/urls.ts';
import { loadPage } from '../../tooling/dist.ts';
import { seedsIn } from '../../tooling/seeds.ts';
import { controlsTemplate, controlUrl, dialogTexts, findingLink } from '../support/finding-controls.ts';
import { findingSelector } from '../../src/components/finding/finding-dom.ts';
import { paragraphText, presentSections, sectionParagraphs } from '../../src/model/refworld/queries.ts';

const seeds = await seedsIn();
const sectionPages = seeds.flatMap(({ document }) =>
  presentSections(document).map((key) => ({
    page: documentPath(document.meta.slug, key),
    meta: document.meta,
    paragraphs: sectionParagraphs(document, key),
  })),
);
const findings = sectionPages.flatMap(({ page, meta, paragraphs }) =>
  paragraphs.flatMap((p) => p.findings.map((f) => ({ page, meta, id: f.id, text: f.text }))),
);
const headingPages = seeds.flatMap(({ document }) =>
  [undefined, ...presentSections(document), 'full-text' as const, 'source' as const].map((part) =>
    documentPath(document.meta.slug, part),
  ),
);

/** The accessible name static HTML gives an element: its aria-label, else its text. */
const nameOf = ($: CheerioAPI, el: Parameters<CheerioAPI>[0]): string =>
  ($(el).attr('aria-label') ?? $(el).text()).trim();

describe('finding controls on section pages', () => {
  it.each(findings)('$page#$id holds exactly its sentence', async ({ page, id, text }) => {
    const $ = await loadPage(page);
    expect($(findingSelector(id)).text()).toBe(text);
  });

  it.each(sectionPages)('$page adds no words to the paragraphs it quotes', async ({ page, paragraphs }) => {
    const $ = await loadPage(page);
    const shown = $('main .paragraph > p')
      .toArray()
      .map((el) => $(el).text().trim());
    const source = paragraphs.map((p) => paragraphText(p));
    expect(shown).toEqual(source);
  });

  it.each(findings)('$page#$id has a real link to itself and a named copy button', async ({ page, id }) => {
    const $ = await loadPage(page);
    const link = findingLink($, id);
    expect(link.attr('href')).toBe(`#${id}`);
    expect(nameOf($, link.get(0))).toBe('Link to this finding');
    // No words of its own, for search or a copied paragraph to pick up: its "#" is drawn by CSS.
    expect(link.text()).toBe('');
    // The buttons come from the page's one template, cloned in per finding with its address by script.
    const { tools } = controlsTemplate($);
    const copy = tools.find('button[data-copy-url]');
    expect(nameOf($, copy.get(0))).toBe('Copy link to this finding');
    expect(controlUrl($, id)).toBe(absoluteUrl(`${page}#${id}`));
    expect(tools.attr('data-pagefind-ignore')).toBeDefined();
  });

  it.each(findings)('$page#$id opens references to its own address', async ({ page, meta, id }) => {
    const $ = await loadPage(page);
    const button = controlsTemplate($).tools.find('button[data-cite]');
    expect(nameOf($, button.get(0))).toBe('Cite this finding');
    // The page's one dialog is built by script when a cite is pressed: no per-finding popover is left.
    expect($('dialog, [popover]')).toHaveLength(0);
    const url = controlUrl($, id);
    expect(url).toBe(absoluteUrl(`${page}#${id}`));
    const refs = referencesFor(meta, url);
    expect(dialogTexts($, url)).toEqual([
      ...(meta.citeAs ? [meta.citeAs] : []),
      refs.apa.text,
      refs.chicagoNote.text,
      refs.chicagoBibliography.text,
      refs.bibtex,
    ]);
  });
});

describe('findings on the full text', () => {
  it.each(seeds.map(({ document }) => document))(
    'link to their permanent addresses in $meta.slug',
    async (doc) => {
      const $ = await loadPage(documentPath(doc.meta.slug, 'full-text'));
      const links = doc.paragraphs.flatMap((p) => p.findings.map((f) => findingLink($, f.id).attr('href')));
      expect(links).toEqual(
        doc.paragraphs.flatMap((p) => p.findings.map((f) => findingPath(doc.meta.slug, p.section, f.id))),
      );
    },
  );
});

describe('page citations', () => {
  it.each(sectionPages)('$page offers references to itself, folded until opened', async ({ page, meta }) => {
    const $ = await loadPage(page);
    const block = $('details.cite-page');
    expect(block.find('summary').text().trim()).toBe('Cite this page');
    expect(block.find('pre').text()).toBe(referencesFor(meta, absoluteUrl(page)).bibtex);
  });

  it.each(seeds.map(({ document }) => document.meta))(
    'the overview of $slug says how to cite it',
    async (meta) => {
      const $ = await loadPage(documentPath(meta.slug));
      const apa = referencesFor(meta, absoluteUrl(documentPath(meta.slug))).apa.text;
      expect(
        $('main .cite-block p')
          .toArray()
          .map((el) => $(el).text()),
      ).toContain(apa);
    },
  );

  it.each(seeds.map(({ document }) => document.meta))(
    'every reference on $slug pages has a copy button',
    async (meta) => {
      const $ = await loadPage(documentPath(meta.slug, 'summary'));
      const copyable = $('.cite-block p[id], .cite-block pre[id]').toArray();
      expect(copyable.length).toBeGreaterThan(0);
      for (const el of copyable) {
        const button = $(`button[data-copy-from="${$(el).attr('id')}"]`);
        expect(nameOf($, button.get(0))).toMatch(/^Copy the /);
      }
    },
  );
});

describe('heading controls', () => {
  it.each(headingPages)('every heading on %s has a link to it and a copy button', async (page) => {
    const $ = await loadPage(page);
    const headings = $('main h1, main h2').toArray();
    expect(headings.length).toBeGreaterThan(0);
    for (const heading of headings) {
      const id = $(heading).attr('id');
      const tools = $(heading).next('.heading-tools');
      expect(tools.find('a').attr('href')).toBe(id === undefined ? page : `#${id}`);
      expect(tools.find('button').attr('data-copy-url')).toBe(
        absoluteUrl(id === undefined ? page : `${page}#${id}`),
      );
    }
  });
});
