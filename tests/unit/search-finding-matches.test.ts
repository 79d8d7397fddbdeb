// From a Pagefind result (a page, its words, its id anchors and matched positions) to the findings that
// matched: the hand-written part of search, which makes every result link to a finding.
import { describe, expect, it } from 'vitest';
import {
  excerptHtml,
  findingMatches,
  withFragment,
  type IndexedAnchor,
  type MatchData,
} from '../../src/scripts/search/finding-matches.ts';

interface Sentence {
  id: string;
  text: string;
}

/**
 * A section page as Pagefind indexes it: its title, then each finding in a span with an id. `matches`
 * are the words (compared without punctuation, any case) Pagefind would report, each scoring 1.
 */
function indexedPage(title: string, findings: readonly Sentence[], matches: readonly string[]): MatchData {
  const words = [title];
  const anchors: IndexedAnchor[] = [];
  for (const { id, text } of findings) {
    anchors.push({ element: 'span', id, location: words.length, text });
    words.push(...text.split(' '));
  }
  const wanted = new Set(matches.map((m) => m.toLowerCase()));
  const weighted_locations = words.flatMap((word, location) =>
    wanted.has(word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''))
      ? [{ location, weight: 1, balanced_score: 1 }]
      : [],
  );
  return { url: '/doc/prosecution/?highlight=costa', content: words.join(' '), anchors, weighted_locations };
}

const FINDINGS: Sentence[] = [
  { id: 'the-government-did-not', text: 'The government did not enact legislation.' },
  {
    id: 'in-april-chinese-officials',
    text: 'In April, officials arrested a ring that trafficked children to Costa Rica.',
  },
  {
    id: 'in-july-a-woman',
    text: 'In July, a woman was sentenced; the ring in Costa Rica was not hers, said Costa Rica.',
  },
];

describe('findingMatches', () => {
  it('gives a match to the finding whose element comes last before it, linked by its id', () => {
    const [first, ...rest] = findingMatches(indexedPage('Prosecution', FINDINGS.slice(0, 2), ['Costa']));
    expect(rest).toEqual([]);
    expect(first?.id).toBe('in-april-chinese-officials');
    expect(first?.url).toBe('/doc/prosecution/?highlight=costa#in-april-chinese-officials');
  });

  it('lists every finding that matched, the one with most matched words first', () => {
    const ids = findingMatches(indexedPage('Prosecution', FINDINGS, ['Costa', 'Rica'])).map((m) => m.id);
    expect(ids).toEqual(['in-july-a-woman', 'in-april-chinese-officials']);
  });

  it('keeps page order between findings that matched equally', () => {
    const ids = findingMatches(indexedPage('Prosecution', FINDINGS, ['ring'])).map((m) => m.id);
    expect(ids).toEqual(['in-april-chinese-officials', 'in-july-a-woman']);
  });

  it('gives a match in the page title to no finding', () => {
    expect(findingMatches(indexedPage('Prosecution', FINDINGS, ['prosecution']))).toEqual([]);
  });

  it('links to the finding, not to an empty element holding its old id just before it', () => {
    const page = indexedPage('Prosecution', FINDINGS.slice(0, 2), ['Costa']);
    const finding = page.anchors[1]!;
    const alias: IndexedAnchor = { element: 'span', id: 'old-id', location: finding.location, text: '' };
    const anchors = [page.anchors[0]!, alias, finding];
    expect(findingMatches({ ...page, anchors }).map((m) => m.id)).toEqual(['in-april-chinese-officials']);
    expect(findingMatches({ ...page, anchors: [page.anchors[0]!, finding, alias] }).map((m) => m.id)).toEqual(
      ['in-april-chinese-officials'],
    );
  });

  it('quotes the whole finding as the excerpt, with the matched words marked', () => {
    const [match] = findingMatches(indexedPage('Prosecution', FINDINGS.slice(0, 2), ['Costa', 'Rica']));
    expect(match?.excerpt).toBe(
      'In April, officials arrested a ring that trafficked children to <mark>Costa</mark> <mark>Rica.</mark>',
    );
  });

  it('escapes the text of the excerpt, so a quoted sentence never becomes markup', () => {
    const findings = [{ id: 'a-b-c', text: 'Law <No. 12> & "Article 5" on victims' }];
    const [match] = findingMatches(indexedPage('Protection', findings, ['victims']));
    expect(match?.excerpt).toBe('Law &lt;No. 12&gt; &amp; &quot;Article 5&quot; on <mark>victims</mark>');
  });
});

describe('excerptHtml', () => {
  const words = Array.from({ length: 100 }, (_, i) => `w${i}`);

  it('shortens a long finding to a window that opens a few words before the first match', () => {
    const html = excerptHtml(words, 0, 100, new Set([50]), 10);
    expect(html).toBe('… w45 w46 w47 w48 w49 <mark>w50</mark> w51 w52 w53 w54 …');
  });

  it('keeps the window inside the finding near its end', () => {
    expect(excerptHtml(words, 0, 20, new Set([19]), 10)).toBe(
      '… w10 w11 w12 w13 w14 w15 w16 w17 w18 <mark>w19</mark>',
    );
  });
});

describe('withFragment', () => {
  it('keeps the highlight parameters and replaces any fragment', () => {
    expect(withFragment('/a/b/?highlight=x&highlight=y#old', 'new-id')).toBe(
      '/a/b/?highlight=x&highlight=y#new-id',
    );
  });
});
