/**
 * Result templates for Pagefind's Component UI that link to findings, not pages: the hand-written part
 * of search. Each page result becomes its matching findings, each linked to `…/<section>/#<finding-id>`.
 */
import { findingMatches, type FindingMatch } from './finding-matches.ts';
import type { PagefindResultData } from './pagefind-types.ts';
import { EXCERPT_WORDS } from './settings.ts';

let nextId = 0;

/** A page-unique element id: the drop-down list points at its options by id. */
function uniqueId(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Where a result is: its section, and its document with its date. */
export function placeOf(result: PagefindResultData): { section: string; source: string } {
  const { title, section, document_title: documentTitle, date } = result.meta;
  return {
    section: section ?? title ?? result.url,
    source: [documentTitle, date].filter(Boolean).join(', '),
  };
}

/**
 * The findings to link for a result; a page that matched on its metadata alone (no finding holds the
 * words) links to itself with Pagefind's excerpt.
 */
export function hitsOf(result: PagefindResultData, limit = Infinity): FindingMatch[] {
  const matches = findingMatches(result, EXCERPT_WORDS);
  if (matches.length > 0) return matches.slice(0, limit);
  return [{ id: '', url: result.url, excerpt: result.excerpt, score: 0 }];
}

/** An excerpt's HTML (escaped words and `<mark>` only) as a span. */
function excerpt(html: string, className: string): HTMLSpanElement {
  const span = element('span', className);
  span.innerHTML = html;
  return span;
}

/**
 * For `<pagefind-searchbox>`: a group named after the page, holding one option per matching finding.
 * The searchbox moves through options with the arrow keys and follows the chosen one's link on Enter.
 */
export function searchboxTemplate(limit: number): (result: PagefindResultData) => Element {
  return (result) => {
    const { section, source } = placeOf(result);
    const group = element('div', 'search-hits');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', `${section} – ${source}`);
    for (const hit of hitsOf(result, limit)) {
      const option = element('a', 'search-hit');
      option.id = uniqueId('search-hit');
      option.href = hit.url;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.append(
        element('span', 'search-hit-place', `${section} · ${source}`),
        excerpt(hit.excerpt, 'search-hit-text'),
      );
      group.append(option);
    }
    return group;
  };
}

/** For `<pagefind-results>` on the search page: the page's section and document, then its findings. */
export function resultsTemplate(result: PagefindResultData): Element {
  const { section, source } = placeOf(result);
  const item = element('li', 'search-result');
  const heading = element('h2', 'search-result-place', section);
  heading.append(' ', element('span', 'search-result-document', source));
  const list = element('ol', 'search-result-findings');
  for (const hit of hitsOf(result)) {
    const link = element('a', 'search-result-finding');
    link.href = hit.url;
    link.append(excerpt(hit.excerpt, 'search-result-text'));
    const entry = document.createElement('li');
    entry.append(link);
    list.append(entry);
  }
  item.append(heading, list);
  return item;
}
