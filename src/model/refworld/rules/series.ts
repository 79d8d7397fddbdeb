/**
 * The report series the site understands, as data: how a series' titles read, which sections its
 * documents have, the paragraph openings that start a section, how its documents are addressed, and,
 * where the series states one, how a tier placement is written (the narrative's opening tier line and the
 * sentences that state a placement). A new series is a new entry here; an export whose title matches no
 * entry stops the build.
 */
import type { SectionKey } from './sections.ts';

/**
 * The placements the State Department gives, best first. "Special Case" is not a tier: the report
 * describes the country without ranking it (see isRanked).
 */
export const TIER_LEVELS = ['Tier 1', 'Tier 2', 'Tier 2 Watch List', 'Tier 3', 'Special Case'] as const;
export type TierLevel = (typeof TIER_LEVELS)[number];

/** True for a tier (1, 2, 2 Watch List, 3); false for a Special Case, which the report does not rank. */
export function isRanked(level: TierLevel): boolean {
  return level !== 'Special Case';
}

/**
 * Every spelling of a placement the series uses: "Tier 2", "TIER 2", "Tier 2 Watch List",
 * "TIER 2 - WATCH LIST", "Special Case". Match case-insensitively; tierLevel() names the level.
 */
const TIER_WORDS = String.raw`tier\s+[123](?:\s*[-–]?\s*watch\s*list)?|special\s+case`;

/** The level a spelling of TIER_WORDS names: "TIER 2 - WATCH LIST" → "Tier 2 Watch List". */
export function tierLevel(words: string): TierLevel | undefined {
  const fold = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return TIER_LEVELS.find((level) => fold(level) === fold(words));
}

/** The keys of the configured series, in the order the site lists them. */
export const SERIES_KEYS = ['annual-report', 'interim-assessment'] as const;
export type SeriesKey = (typeof SERIES_KEYS)[number];

/** One series of documents and the rules that read its exports. */
export interface SeriesRule {
  /**
   * The title line's forms, whole, each tried in turn. Named groups: `type` (the document type, required)
   * and `country` (required); `year` where the title carries one.
   */
  titles: readonly RegExp[];
  /** The title's shapes as a person writes them, for error messages. */
  titleShapes: readonly string[];
  /** The sections a document of this series can have; keyword votes choose among these only. */
  sections: readonly SectionKey[];
  /**
   * Paragraph openings that place a paragraph in a section, matched at its start ("Recommendations for
   * China: …"). The match, less a trailing colon, is what the build log quotes.
   */
  openings?: Readonly<Partial<Record<SectionKey, readonly RegExp[]>>>;
  /**
   * Where paragraphs go that come before the first heading line or opening. Without it the first
   * paragraph is the summary and the rest are placed by keywords.
   */
  introSection?: SectionKey;
  /** What follows `<country>-<year>` in a document's URL segment, so two series of one year never collide. */
  slugSuffix: string;
  /**
   * The line that opens a narrative with its placement ("BURMA: TIER 3", "China (Tier 2)"), with the
   * level's words in group `tier` or `tier2`. Read as the document's placement, never as a finding.
   * Absent: the series has no tier line.
   */
  tierLine?: RegExp;
  /**
   * Sentence wordings that state a placement, with the level's words in group `tier`. They are evidence:
   * every one must agree with the tier line. Absent: the series states no tier, and none is read.
   */
  tierStatements?: readonly RegExp[];
  /** Sentences that name a tier without placing the country there (a waiver from a downgrade). */
  notTierStatement?: RegExp;
}

const DASH = String.raw`\s+[-–—]\s+`;
const COUNTRY = String.raw`(?<country>\S.*)`;
const TIER = `(?<tier>${TIER_WORDS})(?![\\p{L}\\p{N}])`;
const placement = (words: string): RegExp => new RegExp(`${words}\\s+${TIER}`, 'iu');

/** Every series, keyed. */
export const SERIES: Readonly<Record<SeriesKey, SeriesRule>> = {
  'interim-assessment': {
    titles: [new RegExp(`^(?<type>Trafficking in Persons Interim Assessment)${DASH}${COUNTRY}$`, 'u')],
    titleShapes: ['Trafficking in Persons Interim Assessment - <country>'],
    sections: ['summary', 'prosecution', 'protection', 'prevention', 'regional-cooperation'],
    slugSuffix: '',
  },
  'annual-report': {
    titles: [
      // 2013 on: "2013 Trafficking in Persons Report - Burma" (2011 seen with an en dash).
      new RegExp(`^(?<type>(?<year>\\d{4}) Trafficking in Persons Report)${DASH}${COUNTRY}$`, 'u'),
      // About 2010: "Trafficking in Persons Report 2010 - Burma".
      new RegExp(`^(?<type>Trafficking in Persons Report (?<year>\\d{4}))${DASH}${COUNTRY}$`, 'u'),
      // 2001–2004: "U.S. Department of State 2002 Trafficking in Persons Report - China".
      new RegExp(
        `^(?<type>U\\.S\\. Department of State (?<year>\\d{4}) Trafficking in Persons Report)${DASH}${COUNTRY}$`,
        'u',
      ),
    ],
    titleShapes: [
      '<year> Trafficking in Persons Report - <country>',
      'Trafficking in Persons Report <year> - <country>',
      'U.S. Department of State <year> Trafficking in Persons Report - <country>',
    ],
    sections: [
      'summary',
      'recommendations',
      'prosecution',
      'protection',
      'prevention',
      'trafficking-profile',
    ],
    openings: {
      recommendations: [/^recommendations for [^:;.]{1,80}:/iu, /^prioritized recommendations:/iu],
    },
    introSection: 'summary',
    slugSuffix: '-report',
    // "China (Tier 2)", "HAITI (TIER 2 - WATCH LIST)" to 2014; "BURMA: Tier 2 Watch List", "LIBYA: SPECIAL CASE" after.
    tierLine: new RegExp(
      `^[^():]{1,80}?(?:\\s*\\(\\s*(?<tier>${TIER_WORDS})\\s*\\)|:\\s*(?<tier2>${TIER_WORDS}))$`,
      'iu',
    ),
    tierStatements: [
      placement(String.raw`\bis\s+placed\s+on`),
      placement(String.raw`['’]s\s+placement\s+on`),
      placement(String.raw`\bwas\s+upgraded\s+to`),
      placement(String.raw`\bwas\s+downgraded\s+to`),
      placement(String.raw`\bremained\s+on`),
    ],
    // "…was granted a waiver from an otherwise required downgrade to Tier 3": the country stays where it was.
    notTierStatement: /\bwaiver\b/iu,
  },
};
