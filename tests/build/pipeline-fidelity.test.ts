// The built site against the seeds it was built from: every page a reader expects exists, and every sentence,
// paragraph and header field of each seed appears on it verbatim. Expectations come from the seeds
// (TIP_SEEDS_DIR, else seeds/) read as the build reads them; the site is the one tooling/dist.ts reads.
import type { CheerioAPI } from 'cheerio';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Document, Paragraph } from '../../src/model/refworld/index.ts';
import { SECTION_KEYS, type SectionKey } from '../../src/model/refworld/rules/sections.ts';
import { SECTION_TEXT } from '../../src/strings.ts';
import { countryPath, distFile, documentPath, yearPath } from '../../src/publish/urls.ts';
import { DIST, htmlPages, loadPage } from '../../tooling/dist.ts';
import { documentsIn } from '../../tooling/seeds.ts';
import { paragraphText, presentSections, publicationYear } from '../../src/model/refworld/queries.ts';

const DOCS: Document[] = await documentsIn();

const fileOf = (url: string): string => path.join(DIST, distFile(url));
/** An element's text without the whitespace at its edges, which HTML does not render in a block. */
const blockText = (text: string): string => text.replace(/^[ \t\n\r\f]+|[ \t\n\r\f]+$/g, '');
const byId = ($: CheerioAPI, id: string) => $('[id]').filter((_, el) => $(el).attr('id') === id);
/** The element that holds a paragraph on a page: its findings' parent, or for a list, the list. */
const holder = ($: CheerioAPI, paragraph: Paragraph) => {
  const first = byId($, paragraph.findings[0]?.id ?? '');
  return paragraph.list ? first.closest('ul') : first.parent();
};
/** The text a paragraph's holder shows: a list's items, one a line, as the model joins them. */
const shownText = ($: CheerioAPI, paragraph: Paragraph): string => {
  const element = holder($, paragraph);
  if (!paragraph.list) return blockText(element.text());
  return element
    .children('li')
    .map((_, li) => blockText($(li).text()))
    .get()
    .join('\n');
};
const urlsOf = (doc: Document) => {
  const slug = doc.meta.slug;
  const sections = presentSections(doc);
  return {
    base: documentPath(slug),
    sections,
    section: (key: SectionKey) => documentPath(slug, key),
    fullText: documentPath(slug, 'full-text'),
    source: documentPath(slug, 'source'),
  };
};

it('was built from at least one seed', () => {
  expect(DOCS.length).toBeGreaterThan(0);
});

it('has a home page and a 404 page', () => {
  expect(existsSync(fileOf('/'))).toBe(true);
  expect(existsSync(fileOf('/404.html'))).toBe(true);
});

it('links every document from its country page and its year page, the archive’s lists of it', async () => {
  for (const doc of DOCS) {
    for (const url of [countryPath(doc.country.slug), yearPath(publicationYear(doc.meta))]) {
      const $ = await loadPage(url);
      const hrefs = $('main a[href]')
        .map((_, a) => $(a).attr('href'))
        .get();
      expect(hrefs, `${url}: ${doc.meta.slug}`).toContain(documentPath(doc.meta.slug));
    }
  }
});

it('gives every element id on every page once only', async () => {
  const duplicates: string[] = [];
  for (const page of await htmlPages()) {
    const $ = await loadPage(page);
    const ids = $('[id]')
      .map((_, el) => $(el).attr('id'))
      .get();
    for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i)))
      duplicates.push(`${page}: #${id}`);
  }
  expect(duplicates).toEqual([]);
});

describe.each(DOCS.map((doc) => [doc.meta.slug, doc] as const))('%s', (_, doc) => {
  const urls = urlsOf(doc);
  const findings = doc.paragraphs.flatMap((p) => p.findings.map((f) => ({ ...f, section: p.section })));
  const pages = new Map<string, CheerioAPI>();
  beforeAll(async () => {
    for (const url of [urls.base, ...urls.sections.map(urls.section), urls.fullText, urls.source]) {
      if (existsSync(fileOf(url))) pages.set(url, await loadPage(url));
    }
  });
  const page = (url: string): CheerioAPI => {
    const $ = pages.get(url);
    if (!$) throw new Error(`${url} was not built`);
    return $;
  };

  it('has an overview, a page per section with paragraphs, the full text and the source', () => {
    const expected = [urls.base, ...urls.sections.map(urls.section), urls.fullText, urls.source];
    expect(expected.filter((url) => !existsSync(fileOf(url)))).toEqual([]);
  });

  it('has no page for a section without paragraphs', () => {
    const absent = SECTION_KEYS.filter((key) => !urls.sections.includes(key));
    expect(absent.map(urls.section).filter((url) => existsSync(fileOf(url)))).toEqual([]);
  });

  it.each(urls.sections)('names the %s page in its h1 by the section label', (key) => {
    const $ = page(urls.section(key));
    expect($('h1').length).toBe(1);
    expect($('h1').text().trim()).toBe(SECTION_TEXT[key].label);
  });

  it.each(findings.map((f) => [f.id, f] as const))(
    'has finding %s verbatim on its section page only, as the element with its id',
    (id, finding) => {
      const holders = urls.sections.filter((key) => byId(page(urls.section(key)), id).length > 0);
      expect(holders).toEqual([finding.section]);
      const $ = page(urls.section(finding.section));
      expect(byId($, id).length).toBe(1);
      expect(byId($, id).text()).toBe(finding.text);
    },
  );

  it.each(findings.map((f) => [f.id, f] as const))(
    'has finding %s verbatim on the full text',
    (id, finding) => {
      const $ = page(urls.fullText);
      expect(byId($, id).length).toBe(1);
      expect(byId($, id).text()).toBe(finding.text);
    },
  );

  it('has the full text’s findings in source order', () => {
    const $ = page(urls.fullText);
    const wanted = new Set(findings.map((f) => f.id));
    const inPage = $('main [id]')
      .map((_, el) => $(el).attr('id'))
      .get()
      .filter((id) => wanted.has(id));
    expect(inPage).toEqual(findings.map((f) => f.id));
  });

  const paragraphs = doc.paragraphs.map((p) => [p.index, p] as const);

  it.each(paragraphs)('has paragraph %i on the full text as the source paragraph', (_, paragraph) => {
    const $ = page(urls.fullText);
    const element = holder($, paragraph);
    const all = new Set(findings.map((f) => f.id));
    const own = (paragraph.list ? element.find('li > [id]') : element.children('[id]'))
      .map((_, el) => $(el).attr('id'))
      .get()
      .filter((id) => all.has(id));
    expect(own).toEqual(paragraph.findings.map((f) => f.id));
    expect(shownText($, paragraph)).toBe(paragraphText(paragraph));
  });

  it.each(paragraphs)('links paragraph %i of the full text to its section page', (_, paragraph) => {
    const $ = page(urls.fullText);
    const href = urls.section(paragraph.section);
    const others = new Set(
      doc.paragraphs.filter((p) => p !== paragraph).flatMap((p) => p.findings.map((f) => f.id)),
    );
    // The nearest enclosing block with a link to the section must hold this paragraph and no other.
    const block = byId($, paragraph.findings[0]?.id ?? '')
      .parents()
      .filter((_, el) => $(el).find(`a[href="${href}"]`).length > 0)
      .first();
    expect(block.length).toBe(1);
    const ids = block
      .find('[id]')
      .map((_, el) => $(el).attr('id'))
      .get();
    expect(ids.filter((id) => others.has(id))).toEqual([]);
  });

  it.each(paragraphs)('has paragraph %i on its section page as the source paragraph', (_, paragraph) => {
    expect(shownText(page(urls.section(paragraph.section)), paragraph)).toBe(paragraphText(paragraph));
  });

  const fields: [string, string | undefined][] = [
    ['title', doc.meta.title],
    ['publisher', doc.meta.publisher],
    ['author', doc.meta.author],
    ['publication date', doc.meta.publicationDate.text],
    ['last updated', doc.meta.lastUpdated?.text],
    ['cite-as', doc.meta.citeAs],
    ['disclaimer', doc.meta.disclaimer],
    ['editor’s note', doc.meta.editorsNote],
  ];
  const present = fields.filter((field): field is [string, string] => field[1] !== undefined);

  it.runIf(doc.tier?.stated === 'tier-line')(
    'shows the tier line verbatim on the full text, not as a finding',
    () => {
      const $ = page(urls.fullText);
      const line = doc.tier?.stated === 'tier-line' ? doc.tier.text : '';
      expect($('[data-export-line] p').filter((_, el) => $(el).text() === line)).toHaveLength(1);
      expect($('[data-export-line] [id]')).toHaveLength(0);
    },
  );

  it.each(present)('shows the %s verbatim on the source page', (_, value) => {
    const $ = page(urls.source);
    const exact = $('main *').filter((_, el) => $(el).text() === value);
    expect(exact.length, value).toBeGreaterThan(0);
  });
});
