// Citation managers: each document offers cite.ris, cite.bib and cite.json, made by citation-js from the
// item of the on-page references; each parses back, with citation-js's own parsers, to that item; its
// pages carry Highwire Press and Dublin Core tags with the same title, date and publisher.
import { Cite, type CSL } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CITE_FILE_FORMATS, citeFileItem } from '../../src/publish/citation/cite-files.ts';
import type { Metadata } from '../../src/model/refworld/schema.ts';
import { absoluteUrl, citeFilePath, documentPath } from '../../src/publish/urls.ts';
import { DIST, filesIn, loadPage, urlOf } from '../../tooling/dist.ts';

const docs: Metadata[] = await Promise.all(
  (await filesIn())
    .filter((f) => /^[^/]+\/assessment\.json$/.test(f))
    .map(async (f) => (JSON.parse(await readFile(path.join(DIST, f), 'utf8')) as { meta: Metadata }).meta),
);

const built = await filesIn();

/** What a reference manager keeps of an item: a name is one institution, however a format spells it. */
function essentials(item: CSL) {
  return {
    type: item.type,
    title: item.title,
    author: item.author?.map((name) => name.literal ?? name.family),
    issued: item.issued,
    publisher: item.publisher,
    URL: item.URL,
  };
}

describe.each(docs.map((meta) => [meta.slug, meta] as const))('%s', (slug, meta) => {
  const url = absoluteUrl(documentPath(slug));

  it.each(CITE_FILE_FORMATS)('cite.%s parses back to the reference item', async (format) => {
    const text = await readFile(path.join(DIST, citeFilePath(slug, format)), 'utf8');
    const parsed = (await Cite.async(text)).data as CSL[];
    expect(parsed).toHaveLength(1);
    // Each file gives the title as published (BibTeX's item marks it `nocase`, which the file writes as braces).
    expect(essentials(parsed[0]!)).toEqual({
      ...essentials(citeFileItem(meta, url, format)),
      title: meta.title,
    });
  });

  it('links the three files from “How to cite”', async () => {
    const $ = await loadPage(documentPath(slug));
    const links = $('#overview-cite')
      .closest('section')
      .find('a[download]')
      .toArray()
      .map((a) => $(a).attr('href'));
    expect(links).toEqual(CITE_FILE_FORMATS.map((format) => citeFilePath(slug, format)));
  });

  const pages = built.filter((f) => f.startsWith(`${slug}/`) && f.endsWith('index.html'));
  it.each(pages.map(urlOf))(
    '%s carries the same title, date and publisher for citation managers',
    async (page) => {
      const $ = await loadPage(page);
      const tag = (name: string) => $(`meta[name="${name}"]`).attr('content');
      const item = citeFileItem(meta, url, 'ris');
      const [year, month, day] = item.issued?.['date-parts']?.[0] ?? [];
      const date = [year, String(month).padStart(2, '0'), String(day).padStart(2, '0')];
      expect(tag('citation_title')).toBe(item.title);
      expect(tag('citation_publication_date')).toBe(date.join('/'));
      expect(tag('citation_publisher')).toBe(item.publisher);
      expect(tag('citation_author')).toBe(meta.publisher);
      expect(tag('citation_public_url')).toBe(url);
      expect(tag('DC.title')).toBe(item.title);
      expect(tag('DC.date')).toBe(date.join('-'));
      expect(tag('DC.publisher')).toBe(item.publisher);
    },
  );
});
