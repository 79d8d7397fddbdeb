// The search page keeps its words and filters in its URL: a search is a link that opens as it was left.
import { describe, expect, it } from 'vitest';
import { searchPath } from '../../src/publish/paths.ts';
import { parseSearchUrl, searchUrl } from '../../src/scripts/search/search-url.ts';

describe('parseSearchUrl', () => {
  it('reads the words from q, with %20 or + for spaces', () => {
    expect(parseSearchUrl('?q=North%20Koreans').term).toBe('North Koreans');
    expect(parseSearchUrl('?q=North+Koreans').term).toBe('North Koreans');
  });

  it('reads each filter, repeated for several values, and ignores other parameters', () => {
    expect(parseSearchUrl('?q=x&section=Protection&section=Prevention&utm_source=mail&year=')).toEqual({
      term: 'x',
      filters: { section: ['Protection', 'Prevention'] },
    });
  });
});

describe('searchUrl', () => {
  it('writes the words and every chosen filter value, in the order the filters are offered', () => {
    const url = searchUrl('/search/', {
      term: 'victims',
      filters: { year: ['2010'], section: ['Regional cooperation'] },
    });
    expect(url).toBe('/search/?q=victims&section=Regional+cooperation&year=2010');
  });

  it('gives the bare path when nothing is searched', () => {
    expect(searchUrl('/search/', { term: '  ', filters: {} })).toBe('/search/');
  });

  it('reads back what it writes', () => {
    const state = { term: 'Costa Rica', filters: { country: ['China'], document: ['A - B, 1 May 2010'] } };
    expect(parseSearchUrl(new URL(searchUrl('/search/', state), 'https://x.invalid').search)).toEqual(state);
  });
});

describe('searchPath', () => {
  it('writes a link the search page opens with the same words and filters', () => {
    const link = searchPath({ q: 'forced labor', country: 'Costa Rica', mentions: ['China', 'Laos'] });
    expect(parseSearchUrl(new URL(link, 'https://x.invalid').search)).toEqual({
      term: 'forced labor',
      filters: { country: ['Costa Rica'], mentions: ['China', 'Laos'] },
    });
  });
});
