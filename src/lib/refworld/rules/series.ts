/**
 * The report series the site understands, as data: how a series' title reads, which sections its
 * documents have (in reading order), the heading lines and paragraph openings that start them, how its
 * documents are addressed, and, where the series states one, how a tier placement is written. A new
 * series is a new entry here; an export whose title matches no entry stops the build.
 */
import type { SectionKey } from './sections.ts';

/** The tier placements the State Department uses, most specific first (so "Tier 2 Watch List" wins over "Tier 2"). */
export const TIER_LEVELS = ['Tier 2 Watch List', 'Tier 1', 'Tier 2', 'Tier 3'] as const;
export type TierLevel = (typeof TIER_LEVELS)[number];

/** The keys of the configured series, in the order the site lists them. */
export const SERIES_KEYS = ['annual-report', 'interim-assessment'] as const;
export type SeriesKey = (typeof SERIES_KEYS)[number];

/** One series of documents and the rules that read its exports. */
export interface SeriesRule {
  /**
   * The title line, whole. Named groups: `type` (the document type, required) and `country` (required);
   * `year` where the title carries one.
   */
  title: RegExp;
  /** The title's shape as a person writes it, for error messages. */
  titleShape: string;
  /** The sections a document of this series has, in reading order; keyword votes choose among these only. */
  sections: readonly SectionKey[];
  /**
   * Paragraph openings that place a paragraph in a section, matched at the start case-insensitively,
   * with `{country}` standing for the title's country: "Recommendations for China: …".
   */
  openings?: Readonly<Partial<Record<SectionKey, readonly string[]>>>;
  /**
   * Where paragraphs go that come before the first heading line or opening. Without it the first
   * paragraph is the summary and the rest are placed by keywords.
   */
  introSection?: SectionKey;
  /** What follows `<country>-<year>` in a document's URL segment, so two series of one year never collide. */
  slugSuffix: string;
  /**
   * The words that state a tier placement in a sentence, with the level in group `tier` (one of
   * TIER_LEVELS). Absent: the series states no tier, and none is read.
   */
  tierStatement?: RegExp;
}

const DASH = String.raw`\s+[-–—]\s+`;
const TIER = `(?<tier>${TIER_LEVELS.join('|')})`;

/** Every series, keyed. */
export const SERIES: Readonly<Record<SeriesKey, SeriesRule>> = {
  'interim-assessment': {
    title: new RegExp(`^(?<type>Trafficking in Persons Interim Assessment)${DASH}(?<country>\\S.*)$`, 'u'),
    titleShape: 'Trafficking in Persons Interim Assessment - <country>',
    sections: ['summary', 'prosecution', 'protection', 'prevention', 'regional-cooperation'],
    slugSuffix: '',
  },
  'annual-report': {
    title: new RegExp(
      `^(?<type>(?<year>\\d{4}) Trafficking in Persons Report)${DASH}(?<country>\\S.*)$`,
      'u',
    ),
    titleShape: '<year> Trafficking in Persons Report - <country>',
    sections: ['summary', 'recommendations', 'prosecution', 'protection', 'prevention'],
    openings: { recommendations: ['Recommendations for {country}'] },
    introSection: 'summary',
    slugSuffix: '-report',
    // "China is placed on Tier 2 Watch List": the report's own present-tense words, never a past placement.
    tierStatement: new RegExp(`\\bis placed on ${TIER}(?![\\p{L}\\p{N}])`, 'u'),
  },
};
