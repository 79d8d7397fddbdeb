/**
 * How body paragraphs are placed in sections: the sections in reading order, the heading lines that start
 * each, and the keyword stems that vote for each when an export has no headings. The words the site shows
 * for a section (its label and description) are in src/strings.ts.
 */

/**
 * Every section a document of any series can have. Each series (rules/series.ts) lists its own, in its
 * reading order; this order is only the order of this list.
 */
export const SECTION_KEYS = [
  'summary',
  'prosecution',
  'protection',
  'prevention',
  'regional-cooperation',
  'recommendations',
  'trafficking-profile',
] as const;

export type SectionKey = (typeof SECTION_KEYS)[number];

export interface SectionRule {
  /**
   * Heading lines in an export that start this section (matched whole,
   * case-insensitively, with an optional trailing colon).
   */
  headings: readonly string[];
  /** Heading lines of a varying form ("RECOMMENDATIONS FOR BURMA"), matched whole after a trailing colon is dropped. */
  headingPatterns?: readonly RegExp[];
  /**
   * Word stems that vote for this section when an export has no headings.
   * Each occurrence in a paragraph scores one point; the highest score wins.
   */
  keywords: readonly string[];
}

/** Heading lines and keyword votes: the whole of the sectioning rules. */
export const SECTION_RULES: Readonly<Record<SectionKey, SectionRule>> = {
  summary: {
    headings: ['Summary', 'Overview', 'Introduction'],
    // The first body paragraph is the summary by position; keywords never vote for it.
    keywords: [],
  },
  prosecution: {
    headings: ['Prosecution', 'Law Enforcement'],
    keywords: [
      'legislation',
      'law',
      'prosecut',
      'convict',
      'sentenc',
      'arrest',
      'investigat',
      'offender',
      'imprison',
      'criminal',
      'court',
      'penal',
    ],
  },
  protection: {
    headings: ['Protection', 'Victim Protection'],
    keywords: ['victim', 'protect', 'identif', 'shelter', 'services', 'assistance', 'rehabilit'],
  },
  prevention: {
    headings: ['Prevention'],
    keywords: ['prevent', 'awareness', 'campaign', 'demand', 'educat', 'outreach', 'hotline'],
  },
  'regional-cooperation': {
    headings: ['Regional Cooperation', 'International Cooperation', 'Regional and International Cooperation'],
    keywords: [
      'border',
      'countries',
      'country of origin',
      'regional',
      'international',
      'bilateral',
      'foreign',
      'abroad',
      'repatriat',
      'deport',
      'migrant',
      'cooperat',
      'collaborat',
    ],
  },
  recommendations: {
    headings: ['Recommendations', 'Prioritized Recommendations'],
    // "RECOMMENDATIONS FOR BURMA" on a line of its own (2017–2018); a line with a sentence in it is not a heading.
    headingPatterns: [/^recommendations for [^:;.]{1,80}$/iu],
    // Placed by a heading line or by the series' opening ("Recommendations for China:"), never by votes.
    keywords: [],
  },
  'trafficking-profile': {
    headings: ['Trafficking Profile'],
    // Placed by its heading line (2017 on); before that the profile opens the narrative, in the summary.
    keywords: [],
  },
};
