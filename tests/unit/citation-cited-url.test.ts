// References formatted once per document and filled in per page or finding are, character for character,
// what citation-js gives for that URL (references.ts, checked against the manuals in
// citation-references.test.ts): for every page and finding of the shipped seed and of the long fixture.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CITED_URL, fillReferences, fillUrl } from '../../src/publish/citation/cited-url.ts';
import { referencesAt, referenceTemplate } from '../../src/publish/citation/reference-template.ts';
import { referencesFor, type References } from '../../src/publish/citation/references.ts';
import { buildDocument } from '../../src/model/refworld/build-document.ts';
import { presentSections } from '../../src/model/refworld/queries.ts';
import type { Metadata } from '../../src/model/refworld/schema.ts';
import { absoluteUrl, documentPath, findingPath } from '../../src/publish/urls.ts';

const SEEDS = [
  'seeds/china-2010-tip-interim-assessment.txt',
  'tests/fixtures/long-export/sylvania-2012-tip-interim-assessment.txt',
];
const docs = SEEDS.map((file) => buildDocument(readFileSync(file, 'utf8'), file));
const findings = docs.flatMap((doc) =>
  doc.paragraphs.flatMap((p) =>
    p.findings.map((f) => ({
      meta: doc.meta,
      page: absoluteUrl(documentPath(doc.meta.slug, p.section)),
      url: absoluteUrl(findingPath(doc.meta.slug, p.section, f.id)),
    })),
  ),
);
const pages = docs.flatMap((doc) =>
  [undefined, ...presentSections(doc)].map((part) => ({
    meta: doc.meta,
    url: absoluteUrl(documentPath(doc.meta.slug, part)),
  })),
);

/** citation-js's references for a URL, made once: each costs seven runs of citeproc. */
const oracle = new Map<string, References>();
function expected(meta: Metadata, url: string): References {
  const refs = oracle.get(url) ?? referencesFor(meta, url);
  oracle.set(url, refs);
  return refs;
}

describe('references filled in from the document’s template', () => {
  // The first formatting loads citeproc and the styles: slow enough to time out a test of its own.
  beforeAll(() => docs.forEach((doc) => referenceTemplate(doc.meta)), 120_000);

  it.each(findings)('are citation-js’s own for $url', ({ meta, url }) => {
    expect(referencesAt(meta, url)).toStrictEqual(expected(meta, url));
  });

  it.each(pages)('are citation-js’s own for the page $url', ({ meta, url }) => {
    expect(referencesAt(meta, url)).toStrictEqual(expected(meta, url));
  });

  // The cite dialog fills a page's references with a finding's address, the page's URL as the stand-in.
  it.each(findings)('are the same when filled from the page’s references for $url', ({ meta, page, url }) => {
    expect(fillReferences(referencesAt(meta, page), url, page)).toStrictEqual(expected(meta, url));
  });

  it('are formatted once per document', () => {
    const [doc] = docs;
    if (!doc) throw new Error('no document');
    expect(referenceTemplate(doc.meta)).toBe(referenceTemplate(doc.meta));
    expect(referenceTemplate(doc.meta).apa.text).toContain(CITED_URL);
  });
});

describe('fillUrl', () => {
  it('replaces the stand-in with the cited URL', () => {
    expect(fillUrl(`Title. ${CITED_URL}.`, 'https://example.org/a/#b')).toBe(
      'Title. https://example.org/a/#b.',
    );
  });

  it('refuses a URL with a character a style might escape', () => {
    expect(() => fillUrl(`Title. ${CITED_URL}`, 'https://example.org/?a=1&b=2')).toThrow(
      'Cited URL not plain: https://example.org/?a=1&b=2',
    );
  });

  it('refuses a reference that does not cite the stand-in', () => {
    expect(() => fillUrl('Title.', 'https://example.org/')).toThrow(
      `Reference does not cite ${CITED_URL}: Title.`,
    );
  });
});
