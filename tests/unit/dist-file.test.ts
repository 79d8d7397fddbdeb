// The one rule from a URL to the file of the built site that serves it, and back, as a static host applies it.
import { describe, expect, it } from 'vitest';
import { distFile, distUrl, documentPageOf, isSectionPage } from '../../src/publish/urls.ts';

const CASES: [url: string, file: string][] = [
  ['/', 'index.html'],
  ['/china-2010/', 'china-2010/index.html'],
  ['/china-2010/prosecution/', 'china-2010/prosecution/index.html'],
  ['/china-2010/assessment.json', 'china-2010/assessment.json'],
  ['/404.html', '404.html'],
  ['/sitemap-index.xml', 'sitemap-index.xml'],
];

describe('distFile and distUrl', () => {
  it.each(CASES)('serve %s from %s', (url, file) => {
    expect(distFile(url)).toBe(file);
    expect(distUrl(file)).toBe(url);
  });

  it('decodes percent-escapes, as a host does before it looks for the file', () => {
    expect(distFile('/search/%C3%A9t%C3%A9/')).toBe('search/été/index.html');
  });
});

describe('which document page a path is', () => {
  it('names the document and the part, with no part for an overview', () => {
    expect(documentPageOf('/china-2010/prosecution/')).toEqual({ slug: 'china-2010', part: 'prosecution' });
    expect(documentPageOf('/china-2010/')).toEqual({ slug: 'china-2010', part: undefined });
    expect(documentPageOf('/china-2010/assessment.json')).toBeUndefined();
  });

  it('tells the section pages, which search indexes, from the document’s other pages', () => {
    expect(isSectionPage('/china-2010/regional-cooperation/')).toBe(true);
    expect(isSectionPage('/china-2010/full-text/')).toBe(false);
    expect(isSectionPage('/china-2010/')).toBe(false);
  });
});
