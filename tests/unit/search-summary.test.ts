// The search page's summary counts the matching pages and the documents they belong to, in words; a shared
// link's filter values that no page has are told apart from the ones that exist.
import { describe, expect, it } from 'vitest';
import { documentCount, summaryText, unknownChoices } from '../../src/scripts/search/summary.ts';

const pages = (n: number): unknown[] => Array.from({ length: n }, () => ({}));

describe('summaryText', () => {
  it('counts pages and the documents that have any, from the document filter’s counts', () => {
    const filters = { document: { 'A, 2010': 3, 'B, 2011': 0, 'C, 2012': 1 } };
    expect(summaryText('forced labor', { results: pages(4), filters })).toBe(
      'forced labor: findings on 4 pages of 2 documents',
    );
  });

  it('says one page and one document in the singular', () => {
    expect(summaryText('Burma', { results: pages(1), filters: { document: { 'A, 2010': 1 } } })).toBe(
      'Burma: findings on 1 page of 1 document',
    );
  });

  it('says so when nothing matches, and nothing before words are typed', () => {
    expect(summaryText('zyxwvut', { results: [] })).toBe('No finding matches zyxwvut');
    expect(summaryText('  ', { results: pages(3) })).toBe('');
  });

  it('writes large counts with separators', () => {
    expect(summaryText('victims', { results: pages(2036) })).toBe('victims: findings on 2,036 pages');
  });
});

describe('documentCount', () => {
  it('is unknown without the document filter’s counts', () => {
    expect(documentCount(undefined)).toBeUndefined();
    expect(documentCount({ section: { Protection: 2 } })).toBeUndefined();
  });
});

describe('unknownChoices', () => {
  it('lists the chosen values the index does not have, by filter', () => {
    const known = { country: { Ruritania: 0, China: 4 }, section: { Protection: 2 } };
    expect(
      unknownChoices({ country: ['Atlantis', 'China'], section: ['Protection'], year: ['1999'] }, known),
    ).toEqual([
      { name: 'country', value: 'Atlantis' },
      { name: 'year', value: '1999' },
    ]);
  });
});
