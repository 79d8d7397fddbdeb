/**
 * The filter vocabulary: the names, meanings and URL parameters of the search page's filters and of the
 * findings table's, in one place. Client-safe (no Astro, nothing of the build): the pages that write the
 * filters, the scripts that read them back from the URL and the index, and `searchPath()` read these names.
 * Their names in words are strings.ts's (`SEARCH_FILTER_LABELS`, `EXPLORER_TEXT`).
 *
 * A name means one thing: /search/'s `country` and `year` are the document's own; the findings table's
 * filters of what a finding mentions are `mentioned-country` and `mentioned-year`.
 */

/**
 * /search/'s filters with one value per section page, what the page is: its section's label, its document's
 * series, stated tier, publication year, country (the archive's name) and "title, date".
 */
export const PAGE_FILTER_NAMES = ['section', 'series', 'tier', 'year', 'country', 'document'] as const;

/**
 * /search/'s filters with a value per thing the page's findings mention: the countries (by the archive's name,
 * `Myanmar` for "Burma") and the years their dates start in.
 */
export const MENTION_FILTER_NAMES = ['mentions', 'years_mentioned'] as const;

export type PageFilterName = (typeof PAGE_FILTER_NAMES)[number];
export type MentionFilterName = (typeof MENTION_FILTER_NAMES)[number];
export type SearchFilterName = PageFilterName | MentionFilterName;

/** /search/'s filters, in the order the page offers them: each a Pagefind filter and a URL parameter. */
// A call marked pure, not a spread: a script that reads only the findings table's names drops it.
export const SEARCH_FILTER_NAMES: readonly SearchFilterName[] = /* @__PURE__ */ (
  PAGE_FILTER_NAMES as readonly SearchFilterName[]
).concat(MENTION_FILTER_NAMES);

/** What `searchPath()` takes: the words searched for (`q`) and values of /search/'s filters, one or several. */
export type SearchParams = Partial<Readonly<Record<'q' | SearchFilterName, string | readonly string[]>>>;

/**
 * The findings table's filters (`/<doc>/findings/?mentioned-country=myanmar&mentioned-year=2009`), each a
 * URL parameter, with the data attribute of a row's mentions it reads (space-separated values): the finding's
 * section key, the slugs of the countries it mentions, the years its dates start in.
 */
export const FINDINGS_FILTERS = {
  section: 'section',
  'mentioned-country': 'countries',
  'mentioned-year': 'years',
} as const;

export type FindingsFilterName = keyof typeof FINDINGS_FILTERS;

/** The findings table's parameters of before, by their names of now: a shared link of before still filters. */
export const FINDINGS_FORMER_PARAMS: Readonly<Partial<Record<FindingsFilterName, string>>> = {
  'mentioned-country': 'country',
  'mentioned-year': 'year',
};
