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

/** A named Component UI instance: the search state its components share. */
export interface PagefindInstance {
  /** Calls back whenever a search is triggered, by a component or by `trigger*`. */
  on(event: 'search', callback: (term: string, filters: FilterSelection) => void): void;
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
