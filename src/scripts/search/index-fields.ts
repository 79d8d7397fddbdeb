/**
 * The filters and metadata Pagefind records for each section page, shared by the page that writes them and
 * the scripts that read them back from the index. The filters' names are src/publish/filters.ts's.
 */

import type { MentionFilterName, PageFilterName, SearchFilterName } from '../../publish/filters.ts';

/** Each filter's name in words, as the search page shows it. */
export { SEARCH_FILTER_LABELS as FILTER_LABELS } from '../../strings.ts';

/** Filters whose values are few whatever the number of documents: the search page shows them open. */
export const SHORT_FILTERS: readonly SearchFilterName[] = ['section', 'series', 'tier'];

/** Metadata stored with each page and shown with its results. */
export interface ResultMeta {
  /** The page's title: its section's label. */
  title: string;
  /** The section's label. */
  section: string;
  /** The document's full title. */
  document_title: string;
  /** The publication date as written in the source. */
  date: string;
}

/** What a section page says about itself. */
export interface PageFacts {
  title: string;
  section: string;
  country: string;
  /** The series' label. */
  series: string;
  /** The tier the document states, or the words for none. */
  tier: string;
  documentTitle: string;
  /** The publication date as the export writes it. */
  publicationDateText: string;
  /** The publication year, `2010`. */
  year: string;
  /** The countries the page's findings mention, as the archive names them (`Myanmar` for "Burma"). */
  mentionedCountries?: readonly string[];
  /** The years the page's findings' dates start in. */
  mentionedYears?: readonly string[];
}

/** A page's filter values and metadata, as Pagefind will index them. */
export interface SearchFields {
  filters: Record<PageFilterName, string>;
  /** Values of the mention filters, each list without repeats. */
  mentions: Record<MentionFilterName, string[]>;
  meta: ResultMeta;
}

/** Derives a section page's filter values and result metadata from its facts. */
export function searchFields(page: PageFacts): SearchFields {
  return {
    filters: {
      section: page.section,
      series: page.series,
      tier: page.tier,
      country: page.country,
      // Title and date together: two assessments of one country may share a title, never a date.
      document: `${page.documentTitle}, ${page.publicationDateText}`,
      year: page.year,
    },
    mentions: {
      mentions: [...new Set(page.mentionedCountries ?? [])].sort(),
      years_mentioned: [...new Set(page.mentionedYears ?? [])].sort(),
    },
    meta: {
      title: page.title,
      section: page.section,
      document_title: page.documentTitle,
      date: page.publicationDateText,
    },
  };
}
