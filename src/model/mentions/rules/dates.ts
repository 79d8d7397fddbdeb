/** The words dates are written with. Each list is matched case-insensitively unless said otherwise. */

/** Month names in calendar order (matched capitalised, as English writes them). */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Words that open a span of two dates: `between May and November`, `from 2008 to 2009`. */
export const SPAN_OPENERS = ['between', 'from'] as const;

/** Words that join the two ends of a span. */
export const SPAN_JOINERS = ['and', 'to', 'through', 'until'] as const;

/** Words before a month that mark part of it, kept in the mention's text: `the beginning of May`. */
export const MONTH_PARTS = [
  'the beginning of',
  'the start of',
  'the middle of',
  'the end of',
  'early',
  'mid',
  'late',
];

/** Words before a month with no year that make it a date rather than the verb "may" or a name. */
export const MONTH_PREPOSITIONS = ['in', 'since', 'by', 'until', 'during', 'from', 'through', 'of'];

/**
 * Words that open a span running to the time of writing: `since the release of the 2009 Report`. The end
 * is the document's publication date, which the words name without ambiguity.
 */
export const SINCE_WORDS = ['since'] as const;

/** What may stand between "since" and its date: `since the release of the 2009 Report`. */
export const SINCE_EVENTS = ['the release of the', 'the publication of the', 'the adoption of the', 'the'];

/** What may follow the year of a report: `the 2009 Report`, `the June 2009 TIP Report`. */
export const REPORT_WORDS = ['TIP Report', 'Report'];

/** Years relative to the time of writing, resolved against the publication year: offset in years. */
export const DEICTIC_YEARS: Readonly<Record<string, number>> = {
  'this year': 0,
  'last year': -1,
  'next year': 1,
};

/**
 * Years relative to another date in the text, which the document's own dates cannot fix: recognised,
 * never resolved.
 */
export const ANAPHORIC_YEARS = ['the previous year', 'the following year', 'the same year', 'that year'];
