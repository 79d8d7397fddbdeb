/** Search settings shared by the page bootstrap, the search UI and the highlight on arrival. */

/** Where the integration writes Pagefind's bundle. */
export { PAGEFIND_PATH as BUNDLE_PATH } from '../../publish/paths.ts';

/** The query parameter that carries the searched words to a result's page, to highlight them there. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Options of every Pagefind instance and Component UI instance: result links carry the searched words. */
export const PAGEFIND_OPTIONS: Readonly<Record<string, unknown>> = { highlightParam: HIGHLIGHT_PARAM };

/**
 * Milliseconds from a keystroke to its search. Pagefind's Component UI waits 150–300 ms by default; a
 * search of this index takes a few, and the UI drops the results of a search overtaken by the next one,
 * so the site searches on every keystroke: 1 ms is the smallest delay the components accept (0 means
 * their default). `npm run bench` measures the whole wait, keystroke to painted results.
 */
export const DEBOUNCE_MS = 1;

/**
 * Milliseconds a search whose last word is one letter ("forced l") waits for the next keystroke before it
 * runs: Pagefind matches that letter as a prefix of every word it starts (on the whole series "forced l" took
 * 330 ms of CPU, "forced" 120 ms), and a search once started runs to its end before the next can start.
 */
export const SHORT_WORD_WAIT_MS = 120;

/** Findings shown per page in the header's drop-down list. */
export const HEADER_FINDINGS_PER_PAGE = 3;

/** Pages listed in the header's drop-down list; the search page lists them all. */
export const HEADER_MAX_PAGES = 8;

/** Words of a long finding shown around its matches. */
export const EXCERPT_WORDS = 40;

/** Result pages the search page renders at once; the first screen of them becomes findings before the rest. */
export const FIRST_RESULTS = 10;

/** Result pages added each time the reader scrolls to the end of the list. */
export const MORE_RESULTS = 10;

/**
 * The search page counts the documents of an answer of up to this many pages (the summary's "of N
 * documents"). Pagefind counts a filter by a scan of pages times matches, on the page's main thread:
 * 0.6–0.9 s for the 10,000–16,000 pages a common word matches on the whole series, some 40 ms for
 * 1,000. Larger answers are summed up in pages alone.
 */
export const DOCUMENT_COUNT_MAX_PAGES = 1000;

/** Milliseconds the reader must pause before the documents are counted: each keystroke cancels the count. */
export const DOCUMENT_COUNT_DELAY_MS = 200;

export {
  SEARCH_STRINGS as UI_STRINGS,
  SEARCH_FILTERS_LABEL as FILTERS_LABEL,
  SEARCH_PAGE_TEXT as PAGE_TEXT,
} from '../../strings.ts';
