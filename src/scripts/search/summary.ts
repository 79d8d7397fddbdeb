/**
 * The search page's summary in words, and the filter values of a shared link that no page has. Pure: no DOM,
 * no Pagefind.
 */
import type { FilterSelection } from './pagefind-types.ts';
import { SEARCH_SUMMARY } from '../../strings.ts';

/** Filter counts by filter name and value, as Pagefind returns them with a search. */
export type FilterCounts = Record<string, Record<string, number>>;

/** What the summary needs of a search's answer. */
export interface SummaryInput {
  /** The matching pages (section pages). */
  results: readonly unknown[];
  /** Counts of the matching pages by filter value, under the chosen filters. */
  filters?: FilterCounts | undefined;
}

const number = (n: number): string => n.toLocaleString('en-US');

/** How many documents the matching pages belong to: the `document` filter's values that have any. */
export function documentCount(filters: FilterCounts | undefined): number | undefined {
  const documents = filters?.['document'];
  return documents ? Object.values(documents).filter((n) => n > 0).length : undefined;
}

/**
 * The summary of a search: "forced labor: findings on 12 pages in 4 documents", or that nothing matches, or
 * nothing at all before words are typed.
 */
export function summaryText(term: string, answer: SummaryInput): string {
  if (term.trim() === '') return '';
  const pages = answer.results.length;
  if (pages === 0) return SEARCH_SUMMARY.none.replace('[SEARCH_TERM]', term);
  const documents = documentCount(answer.filters);
  const text = (pages === 1 ? SEARCH_SUMMARY.onePage : SEARCH_SUMMARY.pages)
    .replace('[SEARCH_TERM]', term)
    .replace('[PAGES]', number(pages));
  if (documents === undefined) return text;
  return `${text} ${(documents === 1 ? SEARCH_SUMMARY.inOneDocument : SEARCH_SUMMARY.inDocuments).replace('[DOCUMENTS]', number(documents))}`;
}

/** A chosen filter value that no page of the index has. */
export interface UnknownChoice {
  name: string;
  value: string;
}

/** The chosen filter values that `known` (every value the index has, by filter) does not hold. */
export function unknownChoices(chosen: FilterSelection, known: FilterCounts): UnknownChoice[] {
  return Object.entries(chosen).flatMap(([name, values]) =>
    values.filter((value) => !(value in (known[name] ?? {}))).map((value) => ({ name, value })),
  );
}
