/** The search page's state in its URL (`/search/?q=…&section=…`), so that a search is a link. */
import { SEARCH_FILTER_NAMES } from '../../publish/filters.ts';
import type { FilterSelection } from './pagefind-types.ts';

/** The words searched for and the filter values chosen. */
export interface SearchState {
  term: string;
  filters: FilterSelection;
}

/** Reads `q` and the filter parameters (each may repeat) from a query string; other parameters are ignored. */
export function parseSearchUrl(query: string): SearchState {
  const params = new URLSearchParams(query);
  const filters: FilterSelection = {};
  for (const name of SEARCH_FILTER_NAMES) {
    const values = params.getAll(name).filter((value) => value !== '');
    if (values.length > 0) filters[name] = values;
  }
  return { term: params.get('q') ?? '', filters };
}

/** The address of a search: `path` with `q` and one parameter per chosen filter value, in a stable order. */
export function searchUrl(path: string, { term, filters }: SearchState): string {
  const params = new URLSearchParams();
  if (term.trim() !== '') params.set('q', term);
  for (const name of SEARCH_FILTER_NAMES) for (const value of filters[name] ?? []) params.append(name, value);
  const query = params.toString();
  return query === '' ? path : `${path}?${query}`;
}
