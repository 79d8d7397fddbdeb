/**
 * Every word the site shows that is not the source's: labels of the parts of a document, section names
 * and descriptions, counts, attribution. Pages and components read them from here, so a wording changes
 * in one place. Pagefind's own UI wording is in `SEARCH_STRINGS`.
 */
import type { SectionKey } from './model/refworld/rules/sections.ts';
import type { SeriesKey } from './model/refworld/rules/series.ts';
import type { ThemeChoice } from './scripts/theme.ts';

/** The body that exports the documents, as the site names it. */
export const REFWORLD_NAME = 'UNHCR Refworld';

/** Labels of a document's pages other than its sections. */
export const PART_LABELS = {
  overview: 'Overview',
  'full-text': 'Full text',
  source: 'Source',
} as const;

// A plain constant, as for search's words below: a property read here would keep this module in every script.
const SEARCH_EVERY_FINDING = 'Search every finding';

/** Words of every page's frame: its crumbs, skip link, a document's navigation and the footer. */
export const NAV_TEXT = {
  home: 'Home',
  skipToContent: 'Skip to content',
  breadcrumb: 'Breadcrumb',
  documentParts: 'Parts of this assessment',
  previousAndNext: 'Previous and next',
  previous: 'Previous',
  next: 'Next',
  searchEveryFinding: SEARCH_EVERY_FINDING,
  attribution: `Texts are reproduced verbatim from the publisher’s documents as exported by ${REFWORLD_NAME}. Structure, ids and links are this site’s.`,
  printedFrom: (url: string) => `Printed from ${url}`,
  /** A document page's footer: "Source: <publisher>, <title>, <date>. About this source." */
  source: 'Source:',
  aboutSource: 'About this source',
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
  author: 'Author',
  published: 'Publication date',
  lastUpdated: 'Last updated (Refworld)',
  citeAs: 'Cite as',
  exportedBy: `Exported by ${REFWORLD_NAME};`,
  sourceDetails: 'source details',
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

/**
 * Running text of a document's pages (src/pages/[doc]/) around the parts the page fills in: a title in
 * <cite>, a file name or digest in <code>, a link. Each piece is the words between two of those parts.
 */
export const DOC_PAGE_TEXT = {
  /** A section page's lede: "<n findings> from <title>, quoted verbatim." */
  sectionFrom: 'from',
  sectionQuoted: 'quoted verbatim.',
  /** The full text's lede: "The body of <title> in its original order…" */
  fullTextBefore: 'The body of',
  fullTextAfter:
    'in its original order and wording. Each paragraph is labelled with the section it belongs to on this site.',
  /** The changes page's lede, after the older document's link and date. */
  changesPairing:
    'How findings are paired: each finding of either document is counted once, as kept word for word, reworded (paired with the most similar old finding), new or dropped.',
  summaryLink: 'The summary, finding by finding',
  fullTextDescription: 'The whole body in its original order.',
  citeOneFinding:
    'To cite one finding, link to it: every sentence has its own address, shown by the link beside it on its section page, whose “Cite this page” says how.',
  /** The source page's provenance: "This site was built from the plain-text export <file> made by …" */
  builtFrom: 'This site was built from the plain-text export',
  madeBy: `made by ${REFWORLD_NAME}, kept byte for byte as received. Its SHA-256 digest is`,
  verbatim:
    'Every sentence of the body is reproduced verbatim; the division into sections and the finding ids are this site’s.',
  modelAsJson:
    'The document as this site models it, with its metadata, its paragraphs and sections, and every finding with its id and permanent address, is published as JSON, checked against the same schema the site is built from:',
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
  'trafficking-profile': {
    label: 'Trafficking profile',
    description: 'Who is trafficked, where and how, as reported over the past years.',
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
  countriesLede:
    'Every country with a document here, A–Z, under the name its documents give it and under its ISO name, and how many documents it has.',
  seeCountry: (label: string) => `see ${label}`,
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
  /** Before the export's own tier line, quoted: "Tier 3, as the export's opening line states: “BURMA: TIER 3”". */
  tierLineSays: 'as the export’s opening line states:',
  /** After a tier linked to the finding that states it: "Tier 2, as the report states". */
  tierReportSays: 'as the report states',
  /** Marks the export's tier line on the full text: the export's own line, not a finding. */
  tierLineLabel: 'The export’s tier line',
  tierHistory: 'Tier history',
  tierHistoryLede: 'Tier placements as the documents state them; documents that state none are left out.',
  tierRange: (n: number, from: string, to: string) =>
    `${n} stated ${n === 1 ? 'placement' : 'placements'}, ${from === to ? `in ${from}` : `from ${from} to ${to}`}.`,
  documentColumn: 'Document',
  firstFinding: 'First finding of the summary',
  changes: 'What changed',
  changesSince: 'Compared with',
  changesSincePrevious: (country: string) => `Since the previous document about ${country}`,
  kept: 'Kept word for word',
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
  /** The home page's ways in, after a link named NAV_TEXT.searchEveryFinding and the countries' count. */
  searchEveryFindingBy:
    'by words, section, series, tier, year and country; or use the box at the top of every page.',
  byInitialLetter: 'by initial letter:',
} as const;

/** The not-found page: what happened and where to go from here. */
export const NOT_FOUND_TEXT = {
  title: 'Page not found',
  description: 'There is no page at this address.',
  explanation:
    'There is no page at this address. It may have been mistyped, or the link that brought you here may be wrong.',
  home: 'Go to the home page',
  homeHolds: 'search, the latest documents, the series and the years',
  byCountry: 'Browse the documents by country',
} as const;

/** The search page without JavaScript: why there are no results, and the lists that reach every document. */
export const SEARCH_NOSCRIPT_TEXT = {
  why: 'Search runs in your browser and needs JavaScript, which is turned off. Every finding is on its section page, reached from its document: browse the documents by',
  orFrom: 'or from the',
  homePage: 'home page',
  homeLists: ', which lists the latest documents and the years.',
} as const;

/** Words of the social cards (src/integrations/cards/): what each page's link preview says. */
export const CARD_TEXT = {
  tierStated: (tier: string) => `${tier}, as the document states`,
  siteKicker: 'Documents of the US Department of State, verbatim',
  siteTitle: 'Trafficking in Persons',
  archiveFacts: (documents: string, countries: number) =>
    `${documents} about ${countries} ${countries === 1 ? 'country' : 'countries'}`,
  countriesKicker: 'Every country, A–Z',
  countriesTitle: 'Countries',
  searchKicker: SEARCH_EVERY_FINDING,
  searchTitle: 'Search',
  tiersKicker: 'Every country by every report year',
  tiersTitle: 'Tier placements',
  dataKicker: 'CSV, a data package and feeds',
  dataTitle: 'The archive as data',
  countryKicker: 'Country',
  yearKicker: 'Documents published in',
  span: (from: string, to: string) => (from === to ? from : `${from}–${to}`),
  latestTier: (tier: string) => `latest stated: ${tier}`,
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
  /** Also written with the placeholders `{shown}` and `{total}`, which findings-filter.ts fills in. */
  shown: (shown: number | string, total: number | string) => `${shown} of ${total} findings shown`,
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

/**
 * The names of permanent links and their copy buttons (CopyLink.astro, a finding's link in finding-html.ts,
 * LinkedHeading.astro), of a finding's cite button, and the note left where a finding moved from.
 */
export const LINK_TEXT = {
  link: (what: string): string => `Link to ${what}`,
  copyLink: (what: string): string => `Copy link to ${what}`,
  thisFinding: 'this finding',
  thisPage: 'this page',
  section: (heading: string): string => `section “${heading}”`,
  citeFinding: 'Cite this finding',
  moved: 'This finding has moved:',
  movedLink: 'read it at its new address',
} as const;

/** What a copy button copies, as its messages name it: a permanent address, or a citation's text. */
const COPIED_THINGS = { url: 'Link', text: 'Citation' } as const;
type CopiedThing = (typeof COPIED_THINGS)[keyof typeof COPIED_THINGS];

/** What the copy buttons say in the page's live region (copy-link.ts). */
export const COPY_TEXT = {
  what: COPIED_THINGS,
  copied: (what: CopiedThing): string => `${what} copied`,
  failed: (what: CopiedThing): string =>
    `Could not copy. Select the ${what.toLowerCase()} and copy it instead.`,
} as const;

/** The words of a block of references ("Cite this page", "How to cite"; CiteBlock.astro, CitePage.astro). */
export const CITE_TEXT = {
  citePage: 'Cite this page',
  copy: 'Copy',
  copyWhat: (what: string): string => `Copy ${what}`,
  citeAs: { label: 'As the export gives it', name: 'the export’s citation' },
  apa: { label: 'APA 7', name: 'the APA 7 reference' },
  chicagoNote: { label: 'Chicago, note', name: 'the Chicago note' },
  chicagoBibliography: { label: 'Chicago, bibliography', name: 'the Chicago bibliography entry' },
  bibtex: { label: 'BibTeX', name: 'the BibTeX entry' },
  noAccessDate: 'No access date is filled in: add the day you read this, where your style asks for one.',
  findingNote: 'To cite one finding, put its address in place of this page’s:',
  findingNoteEnd: 'and its id, where its',
  findingNoteLink: 'link goes.',
} as const;

/** Words of the archive as data: the /data/ page, the feeds and the tier grid (src/pages/data/, tiers.astro). */
export const DATA_TEXT = {
  title: 'The archive as data',
  description:
    'Every document, tier placement and finding of the archive as CSV files with a Frictionless data package, a JSON Schema for each document’s data, and Atom feeds.',
  lede: 'The whole archive as files a spreadsheet, DuckDB, R or pandas reads, made with each build of the site from the same documents as its pages.',
  files: 'Files',
  documentsFile:
    'One row per document: title as published, series, country, year, date, stated tier, findings per section, links.',
  tiersFile:
    'One row per country and report year: the placement the annual report states, and the report’s link.',
  findingsFile: (year: string) =>
    `One row per finding of the documents published in ${year}: section, id, permanent URL, the sentence verbatim, the countries and years it mentions.`,
  packageFile:
    'The Frictionless Data Package: every file, every column with its type and meaning, and the licence.',
  schemaFile: 'A JSON Schema of each document’s assessment.json, generated from the site’s own model.',
  spreadsheets: 'In a spreadsheet',
  spreadsheetsText:
    'The texts are the source’s, verbatim: a finding may hold quotes, commas and line breaks, or start with “=” or “+”. Import the CSV files with their text columns set to Text (in Excel: Data › From Text/CSV, then set each column’s type; in LibreOffice: tick “Format quoted field as text”), so that nothing is read as a formula or a number.',
  duckdb: 'In DuckDB',
  licence: 'Licence',
  licenceText:
    'The texts are works of the United States Government (public domain in the United States, 17 U.S.C. § 105), as exported by UNHCR Refworld. The structure, ids and links are this site’s.',
  licenceTitle:
    'Works of the United States Government (public domain in the United States, 17 U.S.C. § 105), as exported by UNHCR Refworld',
  feeds: 'Feeds',
  feedsText: 'Atom feeds of new documents: one for the archive, and one on each country’s page.',
  archiveFeed: 'New documents (Atom feed)',
  feedTitle: 'Trafficking in Persons Assessments: new documents',
  countryFeedTitle: (country: string) => `Trafficking in Persons Assessments: ${country}`,
  feedRights: 'Texts of the United States Department of State, as exported by UNHCR Refworld',
  countryFeed: (country: string) => `New documents about ${country} (Atom feed)`,
  cite: 'Citing a finding',
  citeText:
    'Cite a finding by its permanent URL (the url column of a findings file) with its document’s reference: each document’s overview gives it in APA and Chicago, and as RIS, BibTeX and CSL-JSON files.',
  tiers: 'Tier placements',
  tiersDescription:
    'Every country’s placement in every annual Trafficking in Persons Report of the archive, as a table by region and as a picture.',
  tiersLede:
    'Each cell is the placement the year’s report states for the country, linked to that report. An empty cell: no report of that year about the country here.',
  tiersCaption: 'Placements by country and report year, countries grouped by region',
  country: 'Country',
  legend: 'Key',
  overview: 'Overview',
  overviewText: (countries: number, years: number, from: string, to: string) =>
    `A grid of ${countries} countries (rows, grouped by region as in the table) by ${years} report years from ${from} to ${to} (columns), each cell coloured by its placement; the table below gives every placement as text.`,
  regionUnknown: 'Other',
  noReports: 'The archive holds no annual report yet, so no placement to show.',
  tiersTable: 'Every placement',
  noneStated: 'No tier stated',
  tableRegion: 'Placements table, scrolls in both directions',
  dataLink: 'The archive as data',
  dataLinkNote: 'CSV files, a data package and a JSON Schema',
  tiersLink: 'Tier placements by year',
} as const;

/** The short form a tier grid cell shows for each placement (the key spells each out). */
export const TIER_SHORT: Readonly<Record<string, string>> = {
  'Tier 1': '1',
  'Tier 2': '2',
  'Tier 2 Watch List': '2W',
  'Tier 3': '3',
  'Special Case': 'SC',
};

/** "1 row", "1,024 rows": a CSV file's data rows, its header not counted. */
export const rowCount = (n: number): string => `${n.toLocaleString('en')} ${n === 1 ? 'row' : 'rows'}`;

/** A file's size as the /data/ page shows it, `12.3 kB` (1 kB = 1000 bytes). */
export const fileSize = (bytes: number): string =>
  bytes < 1000
    ? `${bytes} B`
    : new Intl.NumberFormat('en', { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 }).format(
        bytes / 1000,
      );

/** What the /data/ page shows for how to query the files in DuckDB. */
export const DUCKDB_EXAMPLE = (tiersUrl: string): string =>
  `SELECT country, iso_code\nFROM read_csv('${tiersUrl}')\nWHERE year = 2010 AND placement = 'Tier 3'\nORDER BY country;`;
