/**
 * From a Pagefind result (a page) to the findings on it that matched. Pagefind records every element
 * with an id as an anchor, with its position in the page's words, and every matched word's position;
 * a match belongs to the last anchor at or before it. Pure: no DOM, no Pagefind.
 */

/** An element with an id in a page's indexed content, as Pagefind records it. */
export interface IndexedAnchor {
  element: string;
  id: string;
  /** Position of the element's first word among the page's words. */
  location: number;
  /** The element's text, when Pagefind kept it. */
  text?: string;
}

/** A matched word: its position among the page's words and how much it counts. */
export interface WeightedLocation {
  location: number;
  weight: number;
  balanced_score: number;
}

/** The parts of a Pagefind result's data that place its matches. */
export interface MatchData {
  /** The page's URL, with any highlight parameters Pagefind added. */
  url: string;
  /** The page's indexed text. */
  content: string;
  anchors: readonly IndexedAnchor[];
  weighted_locations: readonly WeightedLocation[];
}

/** One finding that matched. */
export interface FindingMatch {
  /** The finding's element id. */
  id: string;
  /** Its address: the result's URL with the id as fragment. */
  url: string;
  /** The finding's words, HTML-escaped, matched words in `<mark>`; shortened around the matches if long. */
  excerpt: string;
  /** The sum of its matched words' scores. */
  score: number;
}

/** A stretch of the page's words that belongs to one anchor. */
interface Region {
  anchor: IndexedAnchor;
  start: number;
  end: number;
}

/** Pagefind's own word separator (whitespace except the BOM), so positions line up with its locations. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use as HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const hasText = (anchor: IndexedAnchor): boolean => /\S/.test(anchor.text ?? '');

/**
 * The regions anchors divide a page into, in order. Where several anchors share a position (an empty
 * element holding a finding's old id, just before it), the one with text stands for the region.
 */
function regions(anchors: readonly IndexedAnchor[], wordCount: number): Region[] {
  const byStart = new Map<number, IndexedAnchor>();
  for (const anchor of [...anchors].sort((a, b) => a.location - b.location)) {
    const current = byStart.get(anchor.location);
    if (!current || hasText(anchor) || !hasText(current)) byStart.set(anchor.location, anchor);
  }
  const starts = [...byStart.values()];
  return starts.map((anchor, i) => ({
    anchor,
    start: anchor.location,
    end: starts[i + 1]?.location ?? wordCount,
  }));
}

/** The result's URL with `id` as its fragment, replacing any fragment it had. */
export function withFragment(url: string, id: string): string {
  return `${url.replace(/#.*$/, '')}#${encodeURIComponent(id)}`;
}

/**
 * The words `start`..`end` as HTML with the `marked` positions in `<mark>`; past `maxWords`, a window
 * of that many words that starts a little before the first match, with ellipses where words were cut.
 */
export function excerptHtml(
  words: readonly string[],
  start: number,
  end: number,
  marked: ReadonlySet<number>,
  maxWords: number,
): string {
  let from = start;
  let to = end;
  if (to - from > maxWords) {
    const first = Math.min(...[...marked].filter((at) => at >= start && at < end));
    // A few words of lead-in before the first match, so it reads as part of its sentence.
    from = Math.max(start, Math.min(first - 5, end - maxWords));
    to = from + maxWords;
  }
  const html = words
    .slice(from, to)
    .map((word, i) => (marked.has(from + i) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word)))
    .join(' ');
  return `${from > start ? '… ' : ''}${html}${to < end ? ' …' : ''}`;
}

/**
 * The findings of a result that hold matched words, best first (by the sum of their words' scores,
 * then in page order). Matches before the first anchor (the page title) belong to no finding.
 */
export function findingMatches(data: MatchData, maxWords = 40): FindingMatch[] {
  const words = data.content.split(WORD_SEPARATORS);
  const hits = new Map<Region, { score: number; marked: Set<number> }>();
  const all = regions(data.anchors, words.length);
  for (const word of data.weighted_locations) {
    const region = all.find((r) => word.location >= r.start && word.location < r.end);
    if (!region) continue;
    const hit = hits.get(region) ?? { score: 0, marked: new Set<number>() };
    hit.score += word.balanced_score;
    hit.marked.add(word.location);
    hits.set(region, hit);
  }
  return [...hits]
    .map(([region, hit]) => ({
      id: region.anchor.id,
      url: withFragment(data.url, region.anchor.id),
      excerpt: excerptHtml(words, region.start, region.end, hit.marked, maxWords),
      score: hit.score,
      order: region.start,
    }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ id, url, excerpt, score }) => ({ id, url, excerpt, score }));
}
