/**
 * Every word the site shows that is not the source's: labels of the parts of a document, section names
 * and descriptions, counts, attribution. Pages and components read them from here, so a wording changes
 * in one place. Pagefind's own UI wording is in `SEARCH_STRINGS`.
 */
import type { SectionKey } from './lib/refworld/rules/sections.ts';
import type { SeriesKey } from './lib/refworld/rules/series.ts';
import type { ThemeChoice } from './scripts/theme.ts';

/** The body that exports the documents, as the site names it. */
export const REFWORLD_NAME = 'UNHCR Refworld';

/** Labels of a document's pages other than its sections. */
export const PART_LABELS = {
  overview: 'Overview',
  'full-text': 'Full text',
  source: 'Source',
} as const;

/** Words of every page's frame: its crumbs and skip link. */
export const NAV_TEXT = {
  home: 'Home',
  skipToContent: 'Skip to content',
} as const;

/** The theme switch: its label and its choices, by the value theme.ts stores. */
export const THEME_TEXT = {
  label: 'Theme',
  choices: { system: 'System', light: 'Light', dark: 'Dark' } satisfies Record<ThemeChoice, string>,
} as const;

/** Names of a document's facts, on its overview and its source page. */
export const META_TEXT = {
  title: 'Title',
  series: 'Series',
  country: 'Country',
  publisher: 'Publisher',
  published: 'Publication date',
  lastUpdated: 'Last updated (Refworld)',
  citeAs: 'Cite as',
  disclaimer: 'Disclaimer',
  editorsNote: 'Editor’s note',
  sourceDescription: (title: string) => `Publisher, dates, citation, disclaimer and provenance of ${title}.`,
  placementCaption: 'Each body paragraph, the section it was placed in and the rule that placed it',
  placementColumns: ['Paragraph', 'Line', 'Section', 'Rule'] as const,
} as const;

/** Headings of a document's overview, full text and source page that are not a section's name. */
export const HEADINGS = {
  sections: 'Sections',
  howToCite: 'How to cite',
  editorsNote: 'Editor’s note in the export',
  provenance: 'Provenance',
  data: 'Data',
  placement: 'How the paragraphs were placed',
} as const;

/** How each section is named and described on the site. */
export const SECTION_TEXT: Readonly<Record<SectionKey, { label: string; description: string }>> = {
  summary: { label: 'Summary', description: 'The overall assessment of the government’s efforts.' },
  prosecution: {
    label: 'Prosecution',
    description: 'Laws, investigations, prosecutions, convictions and sentences.',
  },
  protection: {
    label: 'Protection',
    description: 'Identifying victims and giving them care, shelter and legal help.',
  },
  prevention: {
    label: 'Prevention',
    description: 'Awareness, demand reduction and measures that stop trafficking before it happens.',
  },
  'regional-cooperation': {
    label: 'Regional cooperation',
    description: 'Work with neighbouring countries, repatriation and the treatment of foreign nationals.',
  },
  recommendations: {
    label: 'Recommendations',
    description: 'What the report recommends the government do next.',
  },
};

/** How each series is named and described on the site; the label is also its search filter's value. */
export const SERIES_TEXT: Readonly<Record<SeriesKey, { label: string; description: string }>> = {
  'annual-report': {
    label: 'Trafficking in Persons Report',
    description:
      'The annual report’s country narratives, each with a stated tier placement and recommendations.',
  },
  'interim-assessment': {
    label: 'Interim Assessment',
    description: 'Progress reports between two annual reports, for countries in danger of slipping a tier.',
  },
};

/** Words of the archive's pages: the home page, countries, years and what changed. */
export const ARCHIVE_TEXT = {
  countries: 'Countries',
  countriesLede: 'Every country with a document here, A–Z, and how many documents it has.',
  years: 'Years',
  series: 'Series',
  latest: 'Latest documents',
  documents: 'Documents',
  allCountries: 'All countries',
  countriesByLetter: 'Countries by initial letter',
  countriesStartingWith: (letter: string) => `Countries starting with ${letter}`,
  changesByKind: 'Changes by kind',
  tier: 'Tier',
  noTier: 'No tier stated',
  tierHistory: 'Tier history',
  tierHistoryLede: 'Tier placements as the documents state them; documents that state none are left out.',
  firstFinding: 'First finding of the summary',
  changes: 'What changed',
  changesSince: 'Compared with',
  kept: 'Kept word for word',
  showKept: (findings: string) => `Show the ${findings} kept word for word`,
  reworded: 'Reworded',
  added: 'New',
  dropped: 'Dropped',
  oldFinding: 'Earlier',
  newFinding: 'Now',
  removedWords: 'removed: ',
  addedWords: 'added: ',
  searchThisCountry: (country: string) => `Search the findings on ${country}`,
  countryDescription: (documents: string, country: string, code: string | undefined) =>
    `${documents} about ${country}, newest first${code ? ` (ISO 3166 ${code})` : ''}.`,
  yearDescription: (documents: string, year: string) => `${documents} published in ${year}, by series.`,
} as const;

/** Words of the findings explorer, the timeline and mentions (src/components/mentions/). */
export const EXPLORER_TEXT = {
  findings: 'All findings',
  findingsLede:
    'Every finding of the document in one table, with what it mentions: countries, places, dates and international instruments, as the site recognised them.',
  caption: (title: string, count: number) => `${count} findings of ${title}, in reading order`,
  columns: ['Finding', 'Section', 'Mentions', 'Link'] as const,
  noMentions: 'None',
  noYear: 'year not stated',
  filters: 'Show findings',
  filterSection: 'Section',
  filterCountry: 'Mentioned country',
  filterYear: 'Year mentioned',
  filterAny: 'Any',
  shown: (shown: number, total: number) => `${shown} of ${total} findings shown`,
  timeline: 'Timeline',
  timelineLede:
    'Every dated finding in chronological order. A date is shown at the precision the text gives it; a span runs from its first to its last date.',
  undated: (n: number) =>
    `${n} ${n === 1 ? 'finding has' : 'findings have'} no date and ${n === 1 ? 'is' : 'are'} left out.`,
  overview: 'Events on a time axis',
  overviewText: (n: number, from: string, to: string) =>
    `${n} dated ${n === 1 ? 'event' : 'events'} from ${from} to ${to}.`,
  precision: { day: 'day', month: 'month', year: 'year' } as const,
  span: 'span',
  mentions: 'Mentioned in this section',
  mentionedIn: 'Mentioned in other documents',
  mentionedInLede: (country: string) => `Findings of other countries’ documents that mention ${country}.`,
  kinds: {
    country: 'Countries',
    place: 'Places',
    date: 'Dates',
    instrument: 'International instruments',
  } as const,
} as const;

/** "1 document", "14 documents". */
export const documentCount = (n: number): string => `${n} ${n === 1 ? 'document' : 'documents'}`;

/** "1 finding", "14 findings". */
export const findingCount = (n: number): string => `${n} ${n === 1 ? 'finding' : 'findings'}`;

// Plain constants, not property reads of SEARCH_TEXT, where SEARCH_STRINGS shares them: a property read
// may have side effects to the bundler, which would then keep this whole module in every script.
const SEARCH_PLACEHOLDER = 'Search findings';
const WORDS_TO_FIND = 'Words to find';

/** Words of the search forms (the header's box and the search page) that are the site's, not Pagefind's. */
export const SEARCH_TEXT = {
  title: 'Search',
  heading: 'Search the findings',
  description: 'Search every finding of the assessments, by words, section, country, document and year.',
  headerLandmark: 'Site',
  pageLandmark: 'Findings',
  placeholder: SEARCH_PLACEHOLDER,
  wordsToFind: WORDS_TO_FIND,
  submit: 'Search',
} as const;

/** The search page's disclosure that holds the filters (section, series, tier, year, country, document). */
export const SEARCH_FILTERS_LABEL = 'Filters';

/** The search page's filter groups, named in words, by filter (each also a URL parameter of /search/). */
export const SEARCH_FILTER_LABELS = {
  section: 'Section',
  series: 'Series',
  tier: 'Tier',
  year: 'Year published',
  country: 'Country',
  document: 'Document',
  mentions: 'Countries mentioned',
  years_mentioned: 'Years mentioned',
} as const;

/**
 * The search page's summary: pages are section pages, each of one document. `[SEARCH_TERM]`, `[PAGES]` and
 * `[DOCUMENTS]` are filled in.
 */
export const SEARCH_SUMMARY = {
  none: 'No finding matches [SEARCH_TERM]',
  onePage: '[SEARCH_TERM]: findings on 1 page',
  pages: '[SEARCH_TERM]: findings on [PAGES] pages',
  inOneDocument: 'of 1 document',
  inDocuments: 'of [DOCUMENTS] documents',
} as const;

/** Words of the search page around its results. */
export const SEARCH_PAGE_TEXT = {
  skipToResults: 'Skip to results',
  resultsHeading: 'Results',
  unknownFilters: 'The link chose filter values that no page has:',
  removeFilter: 'Remove',
} as const;

/**
 * Pagefind Component UI strings this site words its own way: a result is a page, and what a reader is
 * after is findings. Shown in the summary and spoken through the polite live region.
 */
export const SEARCH_STRINGS: Readonly<Record<string, string>> = {
  placeholder: SEARCH_PLACEHOLDER,
  search_label: WORDS_TO_FIND,
  results_label: 'Matching findings',
  zero_results: 'No finding matches [SEARCH_TERM]',
  one_result: '[SEARCH_TERM]: findings on 1 page',
  many_results: '[SEARCH_TERM]: findings on [COUNT] pages',
  searching: 'Searching for [SEARCH_TERM]…',
  input_hint: 'Findings appear as you type',
};

/** The citation files for reference managers, as "How to cite" on a document's overview names them. */
export const CITE_FILE_TEXT = {
  intro: 'For a reference manager (Zotero, Mendeley, EndNote), download the reference:',
  ris: 'RIS file',
  bib: 'BibTeX file',
  json: 'CSL-JSON file',
};

/** The words of the cite dialog, which cite-dialog.ts builds when a finding's "cite" is first pressed. */
export const CITE_DIALOG_STRINGS = {
  title: 'Cite this finding',
  close: 'Close',
} as const;
