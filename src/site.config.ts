/**
 * Site configuration as typed data: names, paths, section labels and the
 * keyword rules that place paragraphs into sections. Code reads these; it
 * holds no document-specific strings of its own.
 */

/** The sections an assessment is divided into, in reading order. */
export const SECTION_KEYS = [
  'summary',
  'prosecution',
  'protection',
  'prevention',
  'regional-cooperation',
] as const;

export type SectionKey = (typeof SECTION_KEYS)[number];

export interface SectionRule {
  /** Label shown in headings, navigation and filters. */
  label: string;
  /** One-line description used on the overview and as a page description fallback. */
  description: string;
  /**
   * Heading lines in an export that start this section (matched whole,
   * case-insensitively, with an optional trailing colon).
   */
  headings: readonly string[];
  /**
   * Word stems that vote for this section when an export has no headings.
   * Each occurrence in a paragraph scores one point; the highest score wins.
   */
  keywords: readonly string[];
}

/** Section labels, headings and keyword votes: the whole of the sectioning rules. */
export const SECTIONS: Readonly<Record<SectionKey, SectionRule>> = {
  summary: {
    label: 'Summary',
    description: 'The overall assessment of the government’s efforts.',
    headings: ['Summary', 'Overview', 'Introduction'],
    // The first body paragraph is the summary by position; keywords never vote for it.
    keywords: [],
  },
  prosecution: {
    label: 'Prosecution',
    description: 'Laws, investigations, prosecutions, convictions and sentences.',
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
    label: 'Protection',
    description: 'Identifying victims and giving them care, shelter and legal help.',
    headings: ['Protection', 'Victim Protection'],
    keywords: ['victim', 'protect', 'identif', 'shelter', 'services', 'assistance', 'rehabilit'],
  },
  prevention: {
    label: 'Prevention',
    description: 'Awareness, demand reduction and measures that stop trafficking before it happens.',
    headings: ['Prevention'],
    keywords: ['prevent', 'awareness', 'campaign', 'demand', 'educat', 'outreach', 'hotline'],
  },
  'regional-cooperation': {
    label: 'Regional cooperation',
    description: 'Work with neighbouring countries, repatriation and the treatment of foreign nationals.',
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
};

/** Rules of the Refworld plain-text export format that are data, not logic. */
export const REFWORLD = {
  /** Lines of page chrome after the document; everything from the first one on is dropped. */
  chromeLines: ['Search Refworld'],
  /** How many words of a sentence its readable id starts with. */
  findingIdWords: 6,
} as const;

/** Where things live. Overridable by environment so tests can build fixtures side by side. */
export const PATHS = {
  /** Folder of Refworld `.txt` exports. */
  seeds: process.env['TIP_SEEDS_DIR'] ?? 'seeds',
  /** Git-ignored folder the integration writes MDX and JSON into. */
  generated: process.env['TIP_GENERATED_DIR'] ?? 'src/generated',
  /** Build output. */
  outDir: process.env['TIP_OUT_DIR'] ?? 'dist',
  /** Astro's cache (content data store). */
  cacheDir: process.env['TIP_CACHE_DIR'] ?? 'node_modules/.astro',
} as const;

/** Site identity and public address. */
export const SITE = {
  name: 'Trafficking in Persons Assessments',
  shortName: 'TIP Assessments',
  description:
    'Official trafficking in persons assessments, as published by the US Department of State and exported by UNHCR Refworld, set out by section and sentence.',
  /** Public URL the site is served from; every absolute URL follows it. */
  url: process.env['SITE_URL'] ?? 'https://tip-assessments.example.org',
  lang: 'en',
} as const;
