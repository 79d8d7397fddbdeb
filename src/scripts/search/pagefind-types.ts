/**
 * The parts of Pagefind's Component UI (`/pagefind/pagefind-component-ui.js`, which sets
 * `window.PagefindComponents`) that this site calls. The bundle ships no types of its own.
 */
import type { MatchData } from './finding-matches.ts';

/** Selected filter values by filter name. */
export type FilterSelection = Record<string, string[]>;

/** The data of one result, as `result.data()` returns it. */
export interface PagefindResultData extends MatchData {
  /** Pagefind's own excerpt of the page: HTML, terms in `<mark>`. */
  excerpt: string;
  meta: Record<string, string | undefined>;
}

/** A result template: the elements a result renders as. */
export type ResultTemplate = (result: PagefindResultData) => Element | Element[];

/** One matching page of a search, before its data is loaded. */
export interface PagefindRawResult {
  id: string;
  /** Loads the page's fragment (cached once loaded). */
  data(): Promise<PagefindResultData>;
}

/** A search's answer, as the `results` event gives it. */
export interface PagefindSearchResult {
  results: PagefindRawResult[];
  /** Counts of the matching pages by filter value, under the chosen filters. */
  filters?: Record<string, Record<string, number>>;
  /** Counts by filter value of the pages matching the words alone. */
  totalFilters?: Record<string, Record<string, number>>;
}

/** A named Component UI instance: the search state its components share. */
export interface PagefindInstance {
  /** Calls back whenever a search is triggered, by a component or by `trigger*`. */
  on(event: 'search', callback: (term: string, filters: FilterSelection) => void): void;
  /** Calls back with every search's answer, after the components it was registered after. */
  on(event: 'results', callback: (result: PagefindSearchResult) => void): void;
  /** Calls back when the filter counts change. */
  on(event: 'filters', callback: () => void): void;
  /** Loads Pagefind (its script, WebAssembly and metadata) for this instance; resolves once it has. */
  triggerLoad(): Promise<void>;
  triggerSearch(term: string): void;
  triggerSearchWithFilters(term: string, filters: FilterSelection): void;
  setTranslations(strings: Record<string, string>): void;
}

/** A Component UI element once defined and connected. */
export interface PagefindElement extends HTMLElement {
  inputEl?: HTMLInputElement | null;
  resultTemplate?: ResultTemplate | null;
}

/** `window.PagefindComponents`. */
export interface PagefindComponents {
  configureInstance(name: string, options: Record<string, unknown>): PagefindInstance;
}

declare global {
  interface Window {
    PagefindComponents?: PagefindComponents;
  }
}
